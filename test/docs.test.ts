/*
 * Docs that cannot drift (issue 21). Checks README.md, docs/*.md, bench/README.md and data/README.md.
 *
 * 1. Commands. Every `npm run X` in code (a code block or `inline code`) names a script in package.json; `npm X` is a
 *    script (`npm test`, `npm start`) or one of NPM_BUILTINS; `npx X` is a binary in node_modules/.bin.
 *    Every command line in a ```sh, ```bash or ```console block (in a console block, the lines that
 *    start with `$ `) starts with a program from SHELL_PROGRAMS, after any `NAME=value` settings;
 *    `&&`, `||`, `;` and `|` start a new command. Add a program there only if a reader can be
 *    expected to have it.
 * 2. Links. Every relative Markdown link `[text](target)` outside code resolves to a file or folder
 *    in the repository, and a `#anchor` on a .md target (or alone) names one of its headings, slugged
 *    as GitHub does (lower case, punctuation dropped, spaces to hyphens, -1, -2 for repeats).
 * 3. Examples. Every `$ curl ...` line in a ```console block of README.md or docs/*.md is replayed
 *    against buildApp() with inject, on the default configuration without load shedding, and must
 *    answer the status the example shows. How an example shows its status:
 *      - the last `HTTP/1.1 NNN ...` line of its output (curl -i shows the status line; a 1xx
 *        interim response before it is not replayed), or, when the output has none,
 *      - a comment on the command line that starts with the status: `$ curl -s localhost:3000/codes  # 200`
 *        (`# 200, trimmed: ...` is fine).
 *    An example with neither fails. The host part (`localhost:3000`, `http://...`) is dropped; flags
 *    understood: -s -S -i -I -X -H -d --data --data-binary -o -w (see CURL_FLAGS). Anything after an
 *    unquoted `|` or `#` is not part of the request. Examples must not need the network: a /check of
 *    a private address is refused before any connection, so `?url=http://127.0.0.1/` is a safe one.
 * 4. Size. README.md stays under README_MAX_BYTES: it is the front door; detail goes to a guide.
 * Each checker is also run on a broken sample, so that this file fails when the docs are broken.
 */
import t from 'tap'
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { build, ROOT } from './helper.js'

/** The README is read in five minutes (issue 21): new capabilities add a row and a link, not pages. */
const README_MAX_BYTES = 12 * 1024
const NPM_BUILTINS = new Set(['install', 'ci', 'prune', 'audit'])
const SHELL_PROGRAMS = new Set(['curl', 'npm', 'npx', 'node', 'docker', 'git', 'grep', 'cd', 'for', 'done', 'kill'])

const docFiles = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`),
  'bench/README.md',
  'data/README.md'
]
const exampleFiles = docFiles.filter((f) => f === 'README.md' || f.startsWith('docs/'))
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8')
const scripts = new Set(Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>))

interface Block { lang: string, lines: string[], line: number }

/** The fenced code blocks of a Markdown text, with the line each starts on. */
export function codeBlocks(text: string): Block[] {
  const blocks: Block[] = []
  let open: Block | undefined
  text.split('\n').forEach((line, i) => {
    const fence = /^\s*```\s*([\w-]*)/.exec(line)
    if (fence) {
      if (open) { blocks.push(open); open = undefined } else open = { lang: fence[1] ?? '', lines: [], line: i + 1 }
    } else open?.lines.push(line)
  })
  return blocks
}

/** The text without fenced code blocks. */
function withoutFences(text: string): string {
  return text.replace(/^\s*```[\s\S]*?^\s*```/gm, '')
}

/** The text without fenced blocks and inline code, for links. */
function prose(text: string): string {
  return withoutFences(text).replace(/`[^`\n]*`/g, '')
}

/** Splits a command line into words, honouring single and double quotes; `|` and `#` end it. */
export function words(line: string): { words: string[], comment: string } {
  const out: string[] = []
  let word: string | undefined
  let i = 0
  for (; i < line.length; i++) {
    const c = line[i]!
    if (c === "'" || c === '"') {
      const end = line.indexOf(c, i + 1)
      if (end < 0) throw new Error(`unbalanced ${c} in: ${line}`)
      word = (word ?? '') + line.slice(i + 1, end)
      i = end
    } else if (/\s/.test(c)) {
      if (word !== undefined) out.push(word)
      word = undefined
    } else if ((c === '#' && word === undefined) || c === '|' || c === ';' || c === '&') {
      break
    } else word = (word ?? '') + c
  }
  if (word !== undefined) out.push(word)
  return { words: out, comment: line.slice(i).startsWith('#') ? line.slice(i + 1).trim() : '' }
}

/** Problems with the commands in a Markdown text (an empty list when all is well). */
export function commandProblems(text: string): string[] {
  const problems: string[] = []
  const code = [...codeBlocks(text).map((b) => b.lines.join('\n')), ...withoutFences(text).match(/`[^`\n]+`/g) ?? []].join('\n')
  for (const m of code.matchAll(/\bnpm\s+(run\s+)?([a-z][\w:.-]*)/g)) {
    const name = m[2]!
    if (m[1] ? !scripts.has(name) : !(scripts.has(name) || NPM_BUILTINS.has(name))) problems.push(`${m[0]}: no such script in package.json`)
  }
  for (const m of code.matchAll(/\bnpx\s+([a-z][\w.-]*)/g)) {
    if (!existsSync(join(ROOT, 'node_modules', '.bin', m[1]!))) problems.push(`${m[0]}: no such binary in node_modules/.bin`)
  }
  for (const block of codeBlocks(text)) {
    if (!['sh', 'bash', 'console'].includes(block.lang)) continue
    for (const raw of block.lines) {
      if (block.lang === 'console' && !raw.startsWith('$ ')) continue
      const line = raw.replace(/^\$ /, '').replace(/'[^']*'|"[^"]*"/g, "''").replace(/(^|\s)#.*$/, '')
      for (const part of line.split(/&&|\|\||;|\|/)) {
        const first = part.trim().split(/\s+/).filter((w) => !/^[A-Z_][A-Z0-9_]*=/.test(w) && w !== 'do')[0]
        if (first && !SHELL_PROGRAMS.has(first)) problems.push(`${raw.trim()}: ${first} is not in SHELL_PROGRAMS`)
      }
    }
  }
  return problems
}

/** GitHub's anchors for the headings of a Markdown text. */
export function anchors(text: string): Set<string> {
  const seen = new Map<string, number>()
  const out = new Set<string>()
  for (const m of withoutFences(text).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = m[1]!.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    out.add(n === 0 ? base : `${base}-${n}`)
  }
  return out
}

/** Relative links of a Markdown file that do not resolve (an empty list when all is well). */
export function brokenLinks(file: string, text: string, readFile = read): string[] {
  const problems: string[] = []
  for (const m of prose(text).matchAll(/\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = m[1]!
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue
    const [path, anchor] = target.split('#') as [string, string | undefined]
    const to = path === '' ? file : relative(ROOT, resolve(ROOT, dirname(file), path))
    if (to.startsWith('..') || !existsSync(join(ROOT, to))) { problems.push(`${file}: ${target} does not exist`); continue }
    if (anchor !== undefined && to.endsWith('.md') && !anchors(readFile(to)).has(anchor)) {
      problems.push(`${file}: ${target}: no heading #${anchor} in ${to}`)
    }
  }
  return problems
}

interface Example { line: number, command: string, method: string, url: string, headers: Record<string, string>, body?: string, status?: number }

const CURL_FLAGS = new Set(['-s', '-S', '-i', '-I', '-si', '-sI', '-X', '-H', '-d', '--data', '--data-binary', '-o', '-w'])

/** The `$ curl` examples of the console blocks of a Markdown text, parsed. */
export function examples(text: string): Example[] {
  const out: Example[] = []
  for (const block of codeBlocks(text)) {
    if (block.lang !== 'console') continue
    block.lines.forEach((raw, i) => {
      if (!raw.startsWith('$ curl ')) return
      const { words: args, comment } = words(raw.slice(2))
      const example: Example = { line: block.line + i + 1, command: raw, method: 'GET', url: '', headers: {} }
      for (let a = 1; a < args.length; a++) {
        const arg = args[a]!
        if (!arg.startsWith('-')) { example.url = arg.replace(/^(https?:\/\/)?[^/]*/, '') || '/'; continue }
        if (!CURL_FLAGS.has(arg)) throw new Error(`line ${example.line}: curl ${arg} is not understood; add it to CURL_FLAGS`)
        if (arg.endsWith('I')) example.method = 'HEAD'
        else if (arg === '-X') example.method = args[++a]!
        else if (arg === '-H') {
          const h = args[++a]!
          example.headers[h.slice(0, h.indexOf(':')).trim().toLowerCase()] = h.slice(h.indexOf(':') + 1).trim()
        } else if (arg.startsWith('-d') || arg.startsWith('--data')) {
          example.body = args[++a]!
          if (example.method === 'GET') example.method = 'POST'
          example.headers['content-type'] ??= 'application/x-www-form-urlencoded'
        } else if (arg === '-o' || arg === '-w') a++
      }
      const output: string[] = []
      for (const next of block.lines.slice(i + 1)) { if (next.startsWith('$ ')) break; output.push(next) }
      const statusLines = output.map((l) => /^HTTP\/[\d.]+ (\d{3})/.exec(l)?.[1]).filter(Boolean)
      const shown = statusLines.at(-1) ?? /^(\d{3})\b/.exec(comment)?.[1]
      if (shown) example.status = Number(shown)
      out.push(example)
    })
  }
  return out
}

t.test('every command in the docs exists', async (t) => {
  for (const file of docFiles) t.same(commandProblems(read(file)), [], file)
  t.same(commandProblems('Run `npm run bogus`, then `npm frobnicate`.\n```sh\nrm -rf /\n```\n'), [
    'npm run bogus: no such script in package.json',
    'npm frobnicate: no such script in package.json',
    'rm -rf /: rm is not in SHELL_PROGRAMS'
  ], 'a broken sample is caught')
  t.same(commandProblems('The npm registry and npm audit are prose, not commands.\n'), [], 'prose is not a command')
  t.same(commandProblems('```console\n$ PORT=3001 npm start && curl -s x | grep y   # a comment\nnot a command\n```\n'), [], 'settings, pipes, comments and output pass')
  t.same(commandProblems('```sh\nfor i in 1 2; do curl -s x; done\n```\n'), [], 'a for loop passes')
})

t.test('every relative link in the docs resolves', async (t) => {
  for (const file of docFiles) t.same(brokenLinks(file, read(file)), [], file)
  const sample = '# Title\n## Two words\n[a](docs/nowhere.md) [b](#two-words) [c](#three) [d](https://example.com/x) ' +
    '[e](README.md#title) [f](README.md#nope) `[g](inline/code.md)`\n'
  t.same(brokenLinks('README.md', sample, (f) => f === 'README.md' ? sample : read(f)), [
    'README.md: docs/nowhere.md does not exist',
    'README.md: #three: no heading #three in README.md',
    'README.md: README.md#nope: no heading #nope in README.md'
  ], 'a broken sample is caught')
  t.same([...anchors('# A, b: `c`!\n## A, b: c!\n```\n# not a heading\n```\n')], ['a-b-c', 'a-b-c-1'], 'anchors as GitHub makes them')
})

t.test('every README and guide example returns the status it shows', async (t) => {
  // The default configuration, but no load shedding: on a busy machine the event-loop delay can pass
  // its threshold and turn an example into a 503 that says nothing about the docs.
  const app = await build(t, { pressure: { maxEventLoopDelayMs: 0, maxHeapUsedBytes: 0, maxRssBytes: 0, retryAfterS: 10 } })
  let count = 0
  for (const file of exampleFiles) {
    for (const example of examples(read(file))) {
      count++
      const where = `${file}:${example.line}: ${example.command}`
      t.ok(example.status, `${where}: shows a status (an HTTP/1.1 line or a '# NNN' comment)`)
      const res = await app.inject({ method: example.method as 'GET', url: example.url, headers: example.headers, ...(example.body === undefined ? {} : { payload: example.body }) })
      t.equal(res.statusCode, example.status, where)
    }
  }
  t.ok(count >= 6, `README.md and the guides have examples (${count})`)

  const sample = examples([
    '```console',
    "$ curl -si -X DELETE 'localhost:3000/codes/409' -H 'Accept: text/plain'",
    'HTTP/1.1 200 OK',
    '$ curl -s -d \'{"a":1}\' -H \'Content-Type: application/json\' http://localhost:3000/echo/201   # 201, trimmed',
    '{"code":201}',
    '$ curl -sI localhost:3000/ | grep -i etag',
    '```'
  ].join('\n'))
  t.match(sample, [
    { method: 'DELETE', url: '/codes/409', headers: { accept: 'text/plain' }, status: 200 },
    { method: 'POST', url: '/echo/201', body: '{"a":1}', headers: { 'content-type': 'application/json' }, status: 201 },
    { method: 'HEAD', url: '/', status: undefined }
  ], 'a sample is parsed')
  const wrong = sample[0]!
  const res = await app.inject({ method: wrong.method as 'GET', url: wrong.url })
  t.not(res.statusCode, wrong.status, 'a wrong status in a sample would fail')
  t.throws(() => examples('```console\n$ curl --insecure localhost:3000/\n```\n'), /not understood/, 'an unknown flag fails')
})

t.test('README.md stays short', async (t) => {
  const bytes = Buffer.byteLength(read('README.md'))
  t.ok(bytes < README_MAX_BYTES, `README.md is ${bytes} bytes; the limit is ${README_MAX_BYTES}: move detail to a guide in docs/`)
})
