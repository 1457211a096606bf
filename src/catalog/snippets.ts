import type { CodeData } from '../schemas/code.js'
import {
  EXAMPLE_PATH,
  GO_CONSTANTS,
  PYTHON_CONSTANTS,
  RETRY_AFTER_SECONDS,
  SNIPPET_PORT,
  WEBSOCKET_GUID
} from './constants.js'

/**
 * Code snippets that send a status the way its rules require. Each framework has one template per
 * kind of response, and the kind comes from the record's semantics, never from its number alone:
 *
 * - `send`: a final response. Its status is what goes on the wire (`sentAs` when the code is only
 *   logged under another number, else the example's status), its headers are the required and
 *   recommended ones the example sets, and its body is the example's body under the example's
 *   Content-Type, so the bytes always match the type (and a 206's Content-Range its body).
 * - `not-modified`: 304, which a server only sends after evaluating If-None-Match.
 * - `close` and `unseen`: codes that never reach a client (`reachesClient: false`): 444 is a
 *   connection closed without a byte; the others are log entries, explained in a comment.
 * - `continue`, `switch`, `interim`: the 1xx codes, through the APIs that exist for them, or a
 *   comment saying that the framework has none.
 *
 * Every snippet is a complete program (or controller) that listens on SNIPPET_PORT and answers
 * EXAMPLE_PATH; test/snippets-run.test.ts runs the ones this machine can run.
 */

export interface Snippet {
  id: string
  label: string
  language: string
  code: string
}

interface Body {
  /** The Content-Type value, from the example. */
  type: string
  text: string
  /** The parsed body when the type is JSON; templates that build JSON natively use it. */
  json: unknown
}

interface Send {
  kind: 'send'
  /** The status the program sends: the code itself, or the one the client really sees. */
  status: number
  /** Named constants for the status, where the standard library has one and the meaning is IANA's. */
  go: string | undefined
  python: string | undefined
  /** Header fields to set besides Content-Type, from the example. */
  headers: Array<[string, string]>
  body: Body | null
  /** Why the wire status differs from the code; null when it does not. */
  note: string | null
}

interface NotModified {
  kind: 'not-modified'
  etag: string
  /** Fields a 304 must repeat from the 200 it stands for (Cache-Control, Vary). */
  headers: Array<[string, string]>
}

interface Interim {
  kind: 'interim'
  code: number
  go: string | undefined
  /** Header fields of the interim response (Link on 103, Location on 104). */
  headers: Array<[string, string]>
}

type Plan =
  | Send
  | NotModified
  | Interim
  | { kind: 'continue' }
  | { kind: 'switch' }
  | { kind: 'close'; summary: string }
  | { kind: 'unseen'; code: number; summary: string }

interface Template {
  id: string
  label: string
  language: string
  /** The program for a plan, or a sentence saying why the framework has no way to send it. */
  render(p: Plan): string
}

// ---- literals -----------------------------------------------------------------------------------

/** A single-quoted string for JavaScript, Python, PHP and Ruby (which share these escapes). */
const sq = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r/g, '\\r').replace(/\n/g, '\\n')}'`
/** A double-quoted string with C-style escapes: valid in JavaScript, Python, Go, Java, C# and Rust. */
const dq = (s: string) => JSON.stringify(s)
/** PHP and Ruby interpolate in double quotes; single quotes there cannot hold CR or LF. */
const phpString = (s: string) => (/[\r\n]/.test(s) ? dq(s).replace(/\$/g, '\\$') : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`)
const rubyString = (s: string) => (/[\r\n]/.test(s) ? dq(s).replace(/#/g, '\\#') : `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`)
/** A Go raw string where it saves escaping quotes; raw strings drop CR and would show LF as a line break. */
const goString = (s: string) => (s.includes('"') && !/[\r\n`]/.test(s) ? `\`${s}\`` : dq(s))
/** Rust raw strings cannot hold a bare CR either. */
const rustString = (s: string) => (/\r/.test(s) || s.includes('"#') ? dq(s) : `r#"${s}"#`)

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** Literals longer than this go one member per line. */
const LITERAL_WIDTH = 72

/** Lines indented by prefix, including the lines inside a multi-line element. */
const indent = (lines: string[], prefix: string) => lines.flatMap((l) => l.split('\n')).map((l) => (l === '' ? l : `${prefix}${l}`))

/** A JSON array or object as a literal: on one line when short, else one member per line. */
function literal(v: unknown, scalar: (v: unknown) => string, key: (k: string) => string, objectPad: string, unit: string, depth: number): string {
  const member = (x: unknown) => literal(x, scalar, key, objectPad, unit, depth + 1)
  const members = Array.isArray(v)
    ? v.map(member)
    : v !== null && typeof v === 'object'
      ? Object.entries(v).map(([k, x]) => `${key(k)}: ${member(x)}`)
      : undefined
  if (members === undefined) return scalar(v)
  const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}']
  if (members.length === 0) return `${open}${close}`
  const pad = Array.isArray(v) ? '' : objectPad
  const line = `${open}${pad}${members.join(', ')}${pad}${close}`
  if (line.length <= LITERAL_WIDTH && !line.includes('\n')) return line
  return `${open}\n${members.map((m) => `${unit.repeat(depth + 1)}${m}`).join(',\n')}\n${unit.repeat(depth)}${close}`
}

/** A JSON value as a JavaScript literal, keys unquoted where they can be. */
const jsValue = (v: unknown) =>
  literal(v, (x) => (typeof x === 'string' ? sq(x) : JSON.stringify(x)), (k) => (IDENTIFIER.test(k) ? k : sq(k)), ' ', '  ', 0)

/** A JSON value as a Python literal. */
const pyValue = (v: unknown) =>
  literal(v, (x) => (x === null ? 'None' : typeof x === 'boolean' ? (x ? 'True' : 'False') : JSON.stringify(x)), dq, '', '    ', 0)

/** Text wrapped into comment lines of at most about 96 characters. */
function comment(prefix: string, text: string, indent = ''): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line !== '' && indent.length + prefix.length + line.length + word.length > 96) {
      lines.push(`${indent}${prefix}${line}`)
      line = ''
    }
    line = line === '' ? word : `${line} ${word}`
  }
  if (line !== '') lines.push(`${indent}${prefix}${line}`)
  return lines
}

const isJson = (type: string) => /^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)
const mediaType = (type: string) => type.split(';')[0]!.trim().toLowerCase()

// ---- what each framework cannot do, said once ---------------------------------------------------

const NO_INTERIM = (framework: string, code: number) =>
  code === 103
    ? `${framework} has no API for 103 Early Hints: send the Link headers on the final response, or let a CDN that supports Early Hints turn them into a 103.`
    : `${framework} has no API for a ${code} interim response.`

const NO_CONTINUE = (framework: string, server: string) =>
  `${framework} has no 100 Continue API: ${server} answers a request's Expect: 100-continue itself, when the application starts reading the body.`

/** The comment for a framework that cannot close a connection unanswered: the nginx way instead. */
const noClose = (prefix: string, framework: string, summary: string) => [
  ...comment(prefix, `${summary} ${framework} has no way to drop the connection without answering. Do it in front of the application, in nginx:`),
  `${prefix}  location ${EXAMPLE_PATH} { return 444; }`
]

const unseenText = (p: { code: number; summary: string }) =>
  `${p.summary} No application sends ${p.code}, and no snippet should: there is nothing to write on the wire.`

const sentAsText = (code: number, status: number, summary: string) =>
  `${summary} An application never sends ${code}; what the client receives is this ${status}.`

// ---- the templates ------------------------------------------------------------------------------

const PORT = SNIPPET_PORT
const PATH = EXAMPLE_PATH
const interimFinal = 'Done.\n'
const earlyHintsPage = (links: string[]) =>
  `<!doctype html><title>Early Hints</title>${links.some((l) => l.includes('rel=preload')) ? '<link rel="stylesheet" href="/assets/main.css">' : ''}<p>Rendered after the hints.</p>`

/** JavaScript shared by the three Node templates: the WebSocket handshake on 'upgrade'. */
const jsUpgrade = (server: string) => [
  `${server}.on('upgrade', (req, socket) => {`,
  `  if (req.headers.upgrade?.toLowerCase() !== 'websocket' || !req.headers['sec-websocket-key']) return socket.destroy()`,
  `  const accept = createHash('sha1').update(req.headers['sec-websocket-key'] + ${sq(WEBSOCKET_GUID)}).digest('base64')`,
  `  socket.write(\`HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: websocket\\r\\nConnection: Upgrade\\r\\nSec-WebSocket-Accept: \${accept}\\r\\n\\r\\n\`)`,
  `  // From here on the socket carries WebSocket frames; a library such as ws reads and writes them.`,
  `})`
]

/** JavaScript that says whether an If-None-Match header matches the variable `etag` (weak comparison). */
const jsEtagMatch = (etag: string, header: string) =>
  `${header}?.split(',').some((tag) => tag.trim().replace(/^W\\//, '') === ${etag} || tag.trim() === '*')`

const express: Template = {
  id: 'express',
  label: 'Express',
  language: 'JavaScript',
  render(p) {
    const head = [`import express from 'express'`, '', 'const app = express()', '']
    const listen = ['', `app.listen(${PORT})`]
    const route = (lines: string[]) => [...head, `app.get('${PATH}', (req, res) => {`, ...indent(lines, '  '), '})', ...listen].join('\n')
    switch (p.kind) {
      case 'send':
        return route([
          ...(p.note === null ? [] : comment('// ', p.note)),
          ...p.headers.map(([n, v]) => `res.set(${sq(n)}, ${sq(v)})`),
          p.body === null
            ? `res.status(${p.status}).end()`
            : `res.status(${p.status}).type(${sq(p.body.type)}).${p.body.json === undefined ? `send(${sq(p.body.text)})` : `json(${jsValue(p.body.json)})`}`
        ])
      case 'not-modified':
        return route([
          ...p.headers.map(([n, v]) => `res.set(${sq(n)}, ${sq(v)})`),
          `res.set('ETag', ${sq(p.etag)})`,
          '// req.fresh compares If-None-Match with the ETag just set (and If-Modified-Since with Last-Modified).',
          'if (req.fresh) return res.status(304).end()',
          `res.type('text/plain').send('The current representation.\\n')`
        ])
      case 'continue':
        return [
          `import http from 'node:http'`,
          `import express from 'express'`,
          '',
          'const app = express()',
          `app.post('${PATH}', express.text({ type: '*/*' }), (req, res) => {`,
          '  res.type(\'text/plain\').send(`Received ${req.body.length} characters.\\n`)',
          '})',
          '',
          '// With a checkContinue listener Node leaves the 100 to us: answer it, then hand the request to Express.',
          'const server = http.createServer(app)',
          `server.on('checkContinue', (req, res) => {`,
          '  res.writeContinue()',
          '  app(req, res)',
          '})',
          `server.listen(${PORT})`
        ].join('\n')
      case 'switch':
        return [
          `import { createHash } from 'node:crypto'`,
          ...head.slice(0, 3),
          `app.get('${PATH}', (req, res) => {`,
          `  res.status(426).set({ Upgrade: 'websocket', Connection: 'Upgrade' }).end()`,
          '})',
          '',
          `// Express has no upgrade API; the Node server it runs on does.`,
          `const server = app.listen(${PORT})`,
          ...jsUpgrade('server')
        ].join('\n')
      case 'interim':
        if (p.code === 102) return route(['res.writeProcessing()', `setTimeout(() => res.type('text/plain').send(${sq(interimFinal)}), 100)`])
        if (p.code === 103) return route(earlyHintsJs(p, 'res'))
        return comment('// ', NO_INTERIM('Node.js (and so Express)', p.code)).join('\n')
      case 'close':
        return route([...comment('// ', p.summary), 'req.socket.destroy()'])
      case 'unseen':
        return comment('// ', unseenText(p)).join('\n')
    }
  }
}

function earlyHintsJs(p: Interim, res: string): string[] {
  const links = p.headers.filter(([n]) => n.toLowerCase() === 'link').map(([, v]) => v)
  return [
    `const links = [${links.map(sq).join(', ')}]`,
    `${res}.writeEarlyHints({ link: links })`,
    '// ... the slow work that the hints let the browser overlap with ...',
    `${res === 'res' ? 'res.set(\'Link\', links).type(\'text/html\').send' : 'reply.header(\'Link\', links).type(\'text/html\').send'}(${sq(earlyHintsPage(links))})`
  ]
}

const fastify: Template = {
  id: 'fastify',
  label: 'Fastify',
  language: 'JavaScript',
  render(p) {
    const head = [`import Fastify from 'fastify'`, '', 'const fastify = Fastify()', '']
    const listen = ['', `await fastify.listen({ port: ${PORT} })`]
    const route = (lines: string[], method = 'get') =>
      [...head, `fastify.${method}('${PATH}', async (request, reply) => {`, ...indent(lines, '  '), '})', ...listen].join('\n')
    switch (p.kind) {
      case 'send':
        if (p.status > 599) return fastifyRaw(p, route)
        return route([
          ...(p.note === null ? [] : comment('// ', p.note)),
          ...p.headers.map(([n, v]) => `reply.header(${sq(n)}, ${sq(v)})`),
          p.body === null
            ? `return reply.code(${p.status}).send()`
            : `return reply.code(${p.status}).type(${sq(p.body.type)}).send(${p.body.json === undefined ? sq(p.body.text) : jsValue(p.body.json)})`
        ])
      case 'not-modified':
        return route([
          `const etag = ${sq(p.etag)}`,
          ...p.headers.map(([n, v]) => `reply.header(${sq(n)}, ${sq(v)})`),
          `reply.header('ETag', etag)`,
          `const match = ${jsEtagMatch('etag', "request.headers['if-none-match']")}`,
          'if (match) return reply.code(304).send()',
          `return reply.type('text/plain').send('The current representation.\\n')`
        ])
      case 'continue':
        return [
          ...head,
          `fastify.addContentTypeParser('*', { parseAs: 'string' }, (request, body, done) => done(null, body))`,
          `fastify.post('${PATH}', async (request, reply) => {`,
          '  return reply.type(\'text/plain\').send(`Received ${request.body.length} characters.\\n`)',
          '})',
          '',
          '// Fastify has no 100 Continue hook, but its Node server does: with a checkContinue listener',
          '// Node leaves the 100 to us. Answer it, then hand the request back to Fastify.',
          `fastify.server.on('checkContinue', (req, res) => {`,
          '  res.writeContinue()',
          `  fastify.server.emit('request', req, res)`,
          '})',
          ...listen
        ].join('\n')
      case 'switch':
        return [
          `import { createHash } from 'node:crypto'`,
          ...head,
          '// Fastify has no upgrade API of its own (the @fastify/websocket plugin adds one); its Node server does.',
          ...jsUpgrade('fastify.server'),
          ...listen
        ].join('\n')
      case 'interim':
        if (p.code === 102)
          return route([
            'reply.raw.writeProcessing()',
            'await new Promise((resolve) => setTimeout(resolve, 100))',
            `return reply.type('text/plain').send(${sq(interimFinal)})`
          ])
        if (p.code === 103) {
          const links = p.headers.filter(([n]) => n.toLowerCase() === 'link').map(([, v]) => v)
          return route([
            `const links = [${links.map(sq).join(', ')}]`,
            // Not awaited: a Fastify reply is a thenable that settles only when the final response is sent.
            'reply.writeEarlyHints({ link: links })',
            '// ... the slow work that the hints let the browser overlap with ...',
            `return reply.header('Link', links).type('text/html').send(${sq(earlyHintsPage(links))})`
          ])
        }
        return comment('// ', NO_INTERIM('Fastify (and Node.js under it)', p.code)).join('\n')
      case 'close':
        return route([...comment('// ', p.summary), '// hijack() tells Fastify that no reply will be sent.', 'reply.hijack()', 'request.raw.socket.destroy()'])
      case 'unseen':
        return comment('// ', unseenText(p)).join('\n')
    }
  }
}

/** Fastify refuses statuses above 599 (FST_ERR_BAD_STATUS_CODE); Node's own response takes up to 999. */
function fastifyRaw(p: Send, route: (lines: string[]) => string): string {
  const headers: Array<[string, string]> = [...p.headers, ...(p.body === null ? [] : ([['Content-Type', p.body.type]] as Array<[string, string]>))]
  return route([
    `// Fastify sends only 100-599; for ${p.status}, take the reply over and write Node's response directly.`,
    'reply.hijack()',
    `reply.raw.writeHead(${p.status}, { ${headers.map(([n, v]) => `${IDENTIFIER.test(n) ? n : sq(n)}: ${sq(v)}`).join(', ')} })`,
    `reply.raw.end(${p.body === null ? '' : p.body.json === undefined ? sq(p.body.text) : `JSON.stringify(${jsValue(p.body.json)})`})`
  ])
}

const nodeHttp: Template = {
  id: 'node-http',
  label: 'Node.js http',
  language: 'JavaScript',
  render(p) {
    const server = (lines: string[], extra: string[] = []) =>
      [`import http from 'node:http'`, ...extra, '', 'http.createServer((req, res) => {', ...indent(lines, '  '), `}).listen(${PORT})`].join('\n')
    const headerObject = (headers: Array<[string, string]>) =>
      headers.length === 0 ? '' : `, { ${headers.map(([n, v]) => `${IDENTIFIER.test(n) ? n : sq(n)}: ${sq(v)}`).join(', ')} }`
    switch (p.kind) {
      case 'send': {
        const headers: Array<[string, string]> = [...p.headers, ...(p.body === null ? [] : ([['Content-Type', p.body.type]] as Array<[string, string]>))]
        return server([
          ...(p.note === null ? [] : comment('// ', p.note)),
          `res.writeHead(${p.status}${headerObject(headers)})`,
          p.body === null ? 'res.end()' : `res.end(${p.body.json === undefined ? sq(p.body.text) : `JSON.stringify(${jsValue(p.body.json)})`})`
        ])
      }
      case 'not-modified':
        return server([
          `const etag = ${sq(p.etag)}`,
          `const headers = { ETag: etag${p.headers.map(([n, v]) => `, ${IDENTIFIER.test(n) ? n : sq(n)}: ${sq(v)}`).join('')} }`,
          `const match = ${jsEtagMatch('etag', "req.headers['if-none-match']")}`,
          'if (match) return res.writeHead(304, headers).end()',
          `res.writeHead(200, { ...headers, 'Content-Type': 'text/plain' })`,
          `res.end('The current representation.\\n')`
        ])
      case 'continue':
        return [
          `import http from 'node:http'`,
          '',
          `// Without a checkContinue listener Node sends the 100 itself; with one, the 'request' event`,
          '// is skipped for such requests and the 100 is ours to send (or to refuse with 417).',
          'const server = http.createServer(answer)',
          `server.on('checkContinue', (req, res) => {`,
          '  res.writeContinue()',
          '  answer(req, res)',
          '})',
          `server.listen(${PORT})`,
          '',
          'function answer(req, res) {',
          '  let size = 0',
          `  req.on('data', (chunk) => (size += chunk.length))`,
          `  req.on('end', () => res.writeHead(200, { 'Content-Type': 'text/plain' }).end(\`Received \${size} bytes.\\n\`))`,
          '}'
        ].join('\n')
      case 'switch':
        return [
          `import { createHash } from 'node:crypto'`,
          `import http from 'node:http'`,
          '',
          'const server = http.createServer((req, res) => {',
          `  res.writeHead(426, { Upgrade: 'websocket', Connection: 'Upgrade' }).end()`,
          '})',
          ...jsUpgrade('server'),
          `server.listen(${PORT})`
        ].join('\n')
      case 'interim':
        if (p.code === 102)
          return server(['res.writeProcessing()', `setTimeout(() => res.writeHead(200, { 'Content-Type': 'text/plain' }).end(${sq(interimFinal)}), 100)`])
        if (p.code === 103) {
          const links = p.headers.filter(([n]) => n.toLowerCase() === 'link').map(([, v]) => v)
          return server([
            `const links = [${links.map(sq).join(', ')}]`,
            'res.writeEarlyHints({ link: links })',
            '// ... the slow work that the hints let the browser overlap with ...',
            `res.writeHead(200, { Link: links, 'Content-Type': 'text/html' })`,
            `res.end(${sq(earlyHintsPage(links))})`
          ])
        }
        return comment('// ', NO_INTERIM('Node.js', p.code)).join('\n')
      case 'close':
        return server([...comment('// ', p.summary), 'req.socket.destroy()'])
      case 'unseen':
        return comment('// ', unseenText(p)).join('\n')
    }
  }
}

const flask: Template = {
  id: 'python-flask',
  label: 'Flask',
  language: 'Python',
  render(p) {
    const program = (lines: string[], imports: string[] = ['from flask import Flask']) =>
      [
        ...imports,
        '',
        'app = Flask(__name__)',
        '',
        '',
        `@app.route(${dq(PATH)})`,
        'def example():',
        ...indent(lines, '    '),
        '',
        '',
        'if __name__ == "__main__":',
        `    app.run(port=${PORT})`
      ].join('\n')
    const dict = (headers: Array<[string, string]>) => `{${headers.map(([n, v]) => `${dq(n)}: ${dq(v)}`).join(', ')}}`
    switch (p.kind) {
      case 'send': {
        const status = p.python === undefined ? String(p.status) : `HTTPStatus.${p.python}`
        const headers: Array<[string, string]> = [...p.headers, ...(p.body === null ? [] : ([['Content-Type', p.body.type]] as Array<[string, string]>))]
        const body = p.body === null ? '""' : p.body.json === undefined ? dq(p.body.text) : pyValue(p.body.json)
        return program(
          [...(p.note === null ? [] : comment('# ', p.note)), `return ${body}, ${status}${headers.length === 0 ? '' : `, ${dict(headers)}`}`],
          [...(p.python === undefined ? [] : ['from http import HTTPStatus', '']), 'from flask import Flask']
        )
      }
      case 'not-modified':
        return program(
          [
            `response = make_response("The current representation.\\n", {"Content-Type": "text/plain"})`,
            ...p.headers.map(([n, v]) => `response.headers[${dq(n)}] = ${dq(v)}`),
            `response.set_etag(${dq(p.etag.replace(/^"|"$/g, ''))})`,
            '# Compares If-None-Match (and If-Modified-Since) and turns the response into a 304 when they match.',
            'return response.make_conditional(request)'
          ],
          ['from flask import Flask, make_response, request']
        )
      case 'continue':
        return comment('# ', NO_CONTINUE('WSGI (and so Flask)', 'the server in front (gunicorn, uWSGI, nginx)')).join('\n')
      case 'switch':
        return comment('# ', 'WSGI (and so Flask) cannot switch protocols: the application never gets the socket. Use an ASGI framework or the flask-sock extension for WebSocket.').join('\n')
      case 'interim':
        return comment('# ', NO_INTERIM('WSGI (and so Flask)', p.code)).join('\n')
      case 'close':
        return noClose('# ', 'WSGI (and so Flask)', p.summary).join('\n')
      case 'unseen':
        return comment('# ', unseenText(p)).join('\n')
    }
  }
}

const go: Template = {
  id: 'go-net-http',
  label: 'Go net/http',
  language: 'Go',
  render(p) {
    const program = (imports: string[], lines: string[]) =>
      [
        'package main',
        '',
        'import (',
        ...[...imports, 'log', 'net/http'].sort().map((i) => `\t${dq(i)}`),
        ')',
        '',
        'func main() {',
        `\tlog.Fatal(http.ListenAndServe(":${PORT}", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {`,
        ...indent(lines, '\t\t'),
        '\t})))',
        '}'
      ].join('\n')
    const set = (headers: Array<[string, string]>, verb = 'Set') => headers.map(([n, v]) => `w.Header().${verb}(${dq(n)}, ${dq(v)})`)
    switch (p.kind) {
      case 'send':
        return program(p.body === null ? [] : ['io'], [
          ...(p.note === null ? [] : comment('// ', p.note)),
          ...set(p.headers),
          ...(p.body === null ? [] : set([['Content-Type', p.body.type]])),
          `w.WriteHeader(${p.go === undefined ? p.status : `http.${p.go}`})`,
          ...(p.body === null ? [] : [`io.WriteString(w, ${goString(p.body.text)})`])
        ])
      case 'not-modified':
        return program(
          ['io', 'strings'],
          [
            `etag := ${dq(p.etag)}`,
            ...set(p.headers),
            'w.Header().Set("ETag", etag)',
            'for _, tag := range strings.Split(r.Header.Get("If-None-Match"), ",") {',
            '\tif tag = strings.TrimPrefix(strings.TrimSpace(tag), "W/"); tag == etag || tag == "*" {',
            '\t\tw.WriteHeader(http.StatusNotModified)',
            '\t\treturn',
            '\t}',
            '}',
            'w.Header().Set("Content-Type", "text/plain")',
            'io.WriteString(w, "The current representation.\\n")'
          ]
        )
      case 'continue':
        return program(
          ['fmt', 'io'],
          [
            '// Go sends 100 Continue itself the first time the handler reads the body of a request that',
            '// asked for it (Expect: 100-continue); a handler that refuses first never sends it.',
            'body, err := io.ReadAll(r.Body)',
            'if err != nil {',
            '\thttp.Error(w, err.Error(), http.StatusBadRequest)',
            '\treturn',
            '}',
            'w.Header().Set("Content-Type", "text/plain")',
            'fmt.Fprintf(w, "Received %d bytes.\\n", len(body))'
          ]
        )
      case 'switch':
        return program(
          ['crypto/sha1', 'encoding/base64', 'strings'],
          [
            '// The standard library has no WebSocket server; taking over the connection is how packages',
            '// such as gorilla/websocket answer the handshake.',
            'key := r.Header.Get("Sec-WebSocket-Key")',
            'hijacker, ok := w.(http.Hijacker)',
            'if !ok || key == "" || !strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {',
            '\tw.Header().Set("Upgrade", "websocket")',
            '\tw.Header().Set("Connection", "Upgrade")',
            '\tw.WriteHeader(http.StatusUpgradeRequired)',
            '\treturn',
            '}',
            `sum := sha1.Sum([]byte(key + ${dq(WEBSOCKET_GUID)}))`,
            'conn, rw, err := hijacker.Hijack()',
            'if err != nil {',
            '\treturn',
            '}',
            'defer conn.Close()',
            'rw.WriteString("HTTP/1.1 101 Switching Protocols\\r\\nUpgrade: websocket\\r\\nConnection: Upgrade\\r\\n")',
            'rw.WriteString("Sec-WebSocket-Accept: " + base64.StdEncoding.EncodeToString(sum[:]) + "\\r\\n\\r\\n")',
            'rw.Flush()',
            '// From here on conn carries WebSocket frames.'
          ]
        )
      case 'interim': {
        const status = p.go === undefined ? String(p.code) : `http.${p.go}`
        const page = p.code === 103 ? earlyHintsPage(p.headers.map(([, v]) => v)) : interimFinal
        return program(
          ['io', ...(p.code === 102 ? ['time'] : [])],
          [
            `// Go 1.19 and later send a 1xx WriteHeader at once, with the headers set so far, and let the handler go on.`,
            ...set(p.headers, 'Add'),
            `w.WriteHeader(${status})`,
            ...(p.code === 102 ? ['time.Sleep(100 * time.Millisecond) // the long work the 102 announces'] : []),
            // 103 hints repeat on the final response (they are still in the header map); 104's do not belong there.
            ...(p.code === 103 ? [] : p.headers.map(([n]) => `w.Header().Del(${dq(n)})`)),
            `w.Header().Set("Content-Type", ${dq(p.code === 103 ? 'text/html' : 'text/plain')})`,
            `io.WriteString(w, ${goString(page)})`
          ]
        )
      }
      case 'close':
        return program(
          [],
          [
            ...comment('// ', p.summary),
            'if hijacker, ok := w.(http.Hijacker); ok {',
            '\tif conn, _, err := hijacker.Hijack(); err == nil {',
            '\t\tconn.Close()',
            '\t}',
            '}'
          ]
        )
      case 'unseen':
        return comment('// ', unseenText(p)).join('\n')
    }
  }
}

const spring: Template = {
  id: 'java-spring',
  label: 'Spring Boot',
  language: 'Java',
  render(p) {
    const controller = (imports: string[], signature: string, lines: string[]) =>
      [
        ...[...imports, 'org.springframework.http.ResponseEntity', 'org.springframework.web.bind.annotation.GetMapping', 'org.springframework.web.bind.annotation.RestController']
          .sort()
          .map((i) => `import ${i};`),
        '',
        '@RestController',
        'public class ExampleController {',
        '',
        `    @GetMapping(${dq(PATH)})`,
        `    public ${signature} {`,
        ...indent(lines, '        '),
        '    }',
        '}'
      ].join('\n')
    switch (p.kind) {
      case 'send':
        return controller(
          p.body === null ? [] : ['org.springframework.http.MediaType'],
          `ResponseEntity<${p.body === null ? 'Void' : 'String'}> example()`,
          [
            ...(p.note === null ? [] : comment('// ', p.note)),
            `return ResponseEntity.status(${p.status})`,
            ...p.headers.map(([n, v]) => `        .header(${dq(n)}, ${dq(v)})`),
            ...(p.body === null
              ? ['        .build();']
              : [`        .contentType(MediaType.parseMediaType(${dq(p.body.type)}))`, `        .body(${dq(p.body.text)});`])
          ]
        )
      case 'not-modified':
        return controller(
          ['org.springframework.http.MediaType'],
          'ResponseEntity<String> example()',
          [
            '// With an ETag on the ResponseEntity, Spring MVC evaluates If-None-Match itself and sends 304 without the body.',
            'return ResponseEntity.ok()',
            `        .eTag(${dq(p.etag)})`,
            ...p.headers.map(([n, v]) => `        .header(${dq(n)}, ${dq(v)})`),
            '        .contentType(MediaType.TEXT_PLAIN)',
            '        .body("The current representation.\\n");'
          ]
        )
      case 'continue':
        return comment('// ', NO_CONTINUE('Spring MVC', 'the servlet container (Tomcat, Jetty, Undertow)')).join('\n')
      case 'switch':
        return [
          'import org.springframework.context.annotation.Configuration;',
          'import org.springframework.web.socket.TextMessage;',
          'import org.springframework.web.socket.WebSocketSession;',
          'import org.springframework.web.socket.config.annotation.EnableWebSocket;',
          'import org.springframework.web.socket.config.annotation.WebSocketConfigurer;',
          'import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;',
          'import org.springframework.web.socket.handler.TextWebSocketHandler;',
          '',
          '// Spring answers the WebSocket handshake with 101 for the paths registered here.',
          '@Configuration',
          '@EnableWebSocket',
          'public class WebSocketConfig implements WebSocketConfigurer {',
          '',
          '    @Override',
          '    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {',
          '        registry.addHandler(new TextWebSocketHandler() {',
          '            @Override',
          '            protected void handleTextMessage(WebSocketSession session, TextMessage message) throws Exception {',
          '                session.sendMessage(message);',
          '            }',
          `        }, ${dq(PATH)});`,
          '    }',
          '}'
        ].join('\n')
      case 'interim': {
        if (p.code !== 103) return comment('// ', NO_INTERIM('Spring MVC', p.code)).join('\n')
        const links = p.headers.filter(([n]) => n.toLowerCase() === 'link').map(([, v]) => v)
        return controller(
          ['jakarta.servlet.http.HttpServletResponse', 'java.io.IOException', 'org.springframework.http.MediaType'],
          'ResponseEntity<String> example(HttpServletResponse response) throws IOException',
          [
            '// Jakarta Servlet 6.2 (Tomcat 11): sendEarlyHints() sends a 103 with the headers set so far.',
            ...links.map((l) => `response.addHeader("Link", ${dq(l)});`),
            'response.sendEarlyHints();',
            '// ... the slow work that the hints let the browser overlap with ...',
            'return ResponseEntity.ok()',
            '        .contentType(MediaType.TEXT_HTML)',
            `        .body(${dq(earlyHintsPage(links))});`
          ]
        )
      }
      case 'close':
        return noClose('// ', 'Spring MVC', p.summary).join('\n')
      case 'unseen':
        return comment('// ', unseenText(p)).join('\n')
    }
  }
}

const aspnet: Template = {
  id: 'csharp-aspnet-core',
  label: 'ASP.NET Core',
  language: 'C#',
  render(p) {
    const program = (lines: string[], before: string[] = []) =>
      [
        'var app = WebApplication.Create(args);',
        ...before,
        '',
        `app.MapGet(${dq(PATH)}, (HttpContext context) =>`,
        '{',
        ...indent(lines, '    '),
        '});',
        '',
        `app.Run("http://localhost:${PORT}");`
      ].join('\n')
    const set = (headers: Array<[string, string]>) => headers.map(([n, v]) => `context.Response.Headers[${dq(n)}] = ${dq(v)};`)
    switch (p.kind) {
      case 'send':
        return program([
          ...(p.note === null ? [] : comment('// ', p.note)),
          ...set(p.headers),
          p.body === null
            ? `return Results.StatusCode(${p.status});`
            : // Setting Content-Type by hand is lost when the result writes the body: pass contentType.
              `return Results.Text(${dq(p.body.text)}, contentType: ${dq(p.body.type)}, statusCode: ${p.status});`
        ])
      case 'not-modified':
        return program([
          `var etag = new EntityTagHeaderValue(${dq(p.etag)});`,
          ...set(p.headers),
          'context.Response.GetTypedHeaders().ETag = etag;',
          'var match = context.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false) || tag.Equals(EntityTagHeaderValue.Any));',
          'return match',
          '    ? Results.StatusCode(StatusCodes.Status304NotModified)',
          '    : Results.Text("The current representation.\\n", contentType: "text/plain");'
        ]).replace('var app', 'using Microsoft.Net.Http.Headers;\n\nvar app')
      case 'continue':
        return comment('// ', NO_CONTINUE('ASP.NET Core', 'Kestrel')).join('\n')
      case 'switch':
        return [
          'var app = WebApplication.Create(args);',
          'app.UseWebSockets();',
          '',
          `app.Map(${dq(PATH)}, async (HttpContext context) =>`,
          '{',
          '    if (!context.WebSockets.IsWebSocketRequest)',
          '    {',
          '        context.Response.StatusCode = StatusCodes.Status426UpgradeRequired;',
          '        context.Response.Headers["Upgrade"] = "websocket";',
          '        return;',
          '    }',
          '    // Accepting sends the 101 Switching Protocols.',
          '    using var socket = await context.WebSockets.AcceptWebSocketAsync();',
          '    // ... socket.ReceiveAsync / socket.SendAsync ...',
          '});',
          '',
          `app.Run("http://localhost:${PORT}");`
        ].join('\n')
      case 'interim':
        return comment('// ', NO_INTERIM('ASP.NET Core', p.code)).join('\n')
      case 'close':
        return program([...comment('// ', p.summary), '// Abort drops the connection without a response.', 'context.Abort();', 'return Results.Empty;'])
      case 'unseen':
        return comment('// ', unseenText(p)).join('\n')
    }
  }
}

const php: Template = {
  id: 'php',
  label: 'PHP',
  language: 'PHP',
  render(p) {
    switch (p.kind) {
      case 'send':
        return [
          '<?php',
          ...(p.note === null ? [] : comment('// ', p.note)),
          ...p.headers.map(([n, v]) => `header(${phpString(`${n}: ${v}`)});`),
          ...(p.body === null ? [] : [`header(${phpString(`Content-Type: ${p.body.type}`)});`]),
          // header('Location: ...') also sets 302 unless the status is already 201 or 3xx: set the status after it.
          ...(p.headers.some(([n]) => n.toLowerCase() === 'location') && p.status !== 201 && (p.status < 300 || p.status > 399)
            ? ['// After a Location header PHP sends 302 unless the status is 201 or 3xx, so the status comes last.']
            : []),
          `http_response_code(${p.status});`,
          ...(p.body === null ? [] : [`echo ${phpString(p.body.text)};`])
        ].join('\n')
      case 'not-modified':
        return [
          '<?php',
          `$etag = ${phpString(p.etag)};`,
          ...p.headers.map(([n, v]) => `header(${phpString(`${n}: ${v}`)});`),
          `header("ETag: $etag");`,
          `foreach (explode(',', $_SERVER['HTTP_IF_NONE_MATCH'] ?? '') as $tag) {`,
          `    $tag = preg_replace('#^W/#', '', trim($tag));`,
          `    if ($tag === $etag || $tag === '*') {`,
          '        http_response_code(304);',
          '        exit;',
          '    }',
          '}',
          `header('Content-Type: text/plain');`,
          `echo "The current representation.\\n";`
        ].join('\n')
      case 'continue':
        return comment('// ', NO_CONTINUE('PHP', 'the web server in front (nginx, Apache, the built-in server)')).join('\n')
      case 'switch':
        return comment('// ', 'PHP behind a web server cannot switch protocols: the script never gets the socket. A WebSocket server in PHP runs as its own process (Ratchet, Swoole).').join('\n')
      case 'interim':
        return comment('// ', NO_INTERIM('PHP', p.code)).join('\n')
      case 'close':
        return noClose('// ', 'PHP', p.summary).join('\n')
      case 'unseen':
        return comment('// ', unseenText(p)).join('\n')
    }
  }
}

const rails: Template = {
  id: 'ruby-rails',
  label: 'Ruby on Rails',
  language: 'Ruby',
  render(p) {
    const controller = (lines: string[]) =>
      ['class ExampleController < ApplicationController', '  def show', ...indent(lines, '    '), '  end', 'end'].join('\n')
    const set = (headers: Array<[string, string]>) => headers.map(([n, v]) => `response.headers[${dq(n)}] = ${rubyString(v)}`)
    switch (p.kind) {
      case 'send': {
        if (p.body === null) return controller([...(p.note === null ? [] : comment('# ', p.note)), ...set(p.headers), `head ${p.status}`])
        const type = mediaType(p.body.type)
        const renderer = isJson(p.body.type)
          ? `json: ${rubyString(p.body.text)}`
          : /xml/.test(type)
            ? `xml: ${rubyString(p.body.text)}`
            : type === 'text/html'
              ? `html: ${rubyString(p.body.text)}.html_safe`
              : `plain: ${rubyString(p.body.text)}`
        return controller([
          ...(p.note === null ? [] : comment('# ', p.note)),
          ...set(p.headers),
          `render ${renderer}, content_type: ${rubyString(p.body.type)}, status: ${p.status}`
        ])
      }
      case 'not-modified':
        return controller([
          ...set(p.headers),
          '# stale? sets the ETag and answers 304 itself when If-None-Match matches it.',
          `if stale?(strong_etag: ${rubyString(p.etag.replace(/^"|"$/g, ''))})`,
          `  render plain: "The current representation.\\n"`,
          'end'
        ])
      case 'continue':
        return comment('# ', NO_CONTINUE('Rails', 'the Rack server (Puma)')).join('\n')
      case 'switch':
        return comment('# ', 'A controller action cannot switch protocols; Rails answers the WebSocket handshake with 101 through Action Cable, mounted at /cable.').join('\n')
      case 'interim':
        if (p.code === 103) {
          const links = p.headers.filter(([n]) => n.toLowerCase() === 'link').map(([, v]) => v)
          return controller([
            '# Sent as a 103 when the server supports it (Puma with early_hints enabled); ignored otherwise.',
            `request.send_early_hints("link" => ${rubyString(links.join(','))})`,
            `render html: ${rubyString(earlyHintsPage(links))}.html_safe`
          ])
        }
        return comment('# ', NO_INTERIM('Rails', p.code)).join('\n')
      case 'close':
        return noClose('# ', 'Rails', p.summary).join('\n')
      case 'unseen':
        return comment('# ', unseenText(p)).join('\n')
    }
  }
}

const axum: Template = {
  id: 'rust-axum',
  label: 'axum',
  language: 'Rust',
  render(p) {
    const program = (uses: string, signature: string, lines: string[]) =>
      [
        `use axum::{${uses}};`,
        '',
        `async fn ${signature} {`,
        ...indent(lines, '    '),
        '}',
        '',
        '#[tokio::main]',
        'async fn main() {',
        `    let app = Router::new().route(${dq(PATH)}, get(example));`,
        `    let listener = tokio::net::TcpListener::bind("0.0.0.0:${PORT}").await.unwrap();`,
        '    axum::serve(listener, app).await.unwrap();',
        '}'
      ].join('\n')
    const pairs = (headers: Array<[string, string]>) => `[${headers.map(([n, v]) => `(${dq(n)}, ${dq(v)})`).join(', ')}]`
    switch (p.kind) {
      case 'send': {
        const headers: Array<[string, string]> = [...p.headers, ...(p.body === null ? [] : ([['Content-Type', p.body.type]] as Array<[string, string]>))]
        const parts = [`StatusCode::from_u16(${p.status}).unwrap()`, ...(headers.length === 0 ? [] : [pairs(headers)]), ...(p.body === null ? [] : [rustString(p.body.text)])]
        return program('http::StatusCode, response::IntoResponse, routing::get, Router', 'example() -> impl IntoResponse', [
          ...(p.note === null ? [] : comment('// ', p.note)),
          parts.length === 1 ? parts[0]! : `(${parts.join(', ')})`
        ])
      }
      case 'not-modified':
        return program(
          'http::{header, HeaderMap, StatusCode}, response::{IntoResponse, Response}, routing::get, Router',
          'example(headers: HeaderMap) -> Response',
          [
            `let etag = ${dq(p.etag)};`,
            `let fields = [("ETag", etag)${p.headers.map(([n, v]) => `, (${dq(n)}, ${dq(v)})`).join('')}];`,
            'let matches = headers',
            '    .get(header::IF_NONE_MATCH)',
            '    .and_then(|value| value.to_str().ok())',
            '    .map_or(false, |value| value.split(\',\').any(|tag| {',
            '        let tag = tag.trim();',
            '        tag == "*" || tag.trim_start_matches("W/") == etag',
            '    }));',
            'if matches {',
            '    return (StatusCode::NOT_MODIFIED, fields).into_response();',
            '}',
            '(fields, "The current representation.\\n").into_response()'
          ]
        )
      case 'continue':
        return comment('// ', NO_CONTINUE('axum', 'hyper')).join('\n')
      case 'switch':
        return program(
          'extract::ws::WebSocketUpgrade, response::Response, routing::get, Router',
          'example(ws: WebSocketUpgrade) -> Response',
          ['// The upgrade response is the 101; the closure runs once the connection has switched.', 'ws.on_upgrade(|mut socket| async move {', '    while let Some(Ok(message)) = socket.recv().await {', '        if socket.send(message).await.is_err() {', '            break;', '        }', '    }', '})']
        )
      case 'interim':
        return comment('// ', NO_INTERIM('axum (and hyper under it)', p.code)).join('\n')
      case 'close':
        return noClose('// ', 'axum', p.summary).join('\n')
      case 'unseen':
        return comment('// ', unseenText(p)).join('\n')
    }
  }
}

const TEMPLATES: Template[] = [express, fastify, nodeHttp, flask, go, spring, aspnet, php, rails, axum]

/** Header fields a snippet never sets by hand: the framework writes them from the body and the clock. */
const FRAMEWORK_HEADERS = new Set(['content-type', 'content-length', 'date', 'transfer-encoding', 'connection'])

/** What a snippet for this meaning must do, from its semantics and example. */
export function planFor(meaning: CodeData): Plan {
  const { semantics: sem, example } = meaning
  const wanted = new Set([...sem.requiredHeaders, ...sem.recommendedHeaders].map((h) => h.toLowerCase()))
  const exampleHeaders = example.headers.filter((h) => wanted.has(h.name.toLowerCase())).map((h): [string, string] => [h.name, h.value])

  if (!sem.reachesClient) {
    // Only nginx's 444 is something a program does (it closes the connection); the rest are log entries.
    return meaning.code === 444 && meaning.vendor === 'nginx'
      ? { kind: 'close', summary: meaning.summary }
      : { kind: 'unseen', code: meaning.code, summary: meaning.summary }
  }
  if (meaning.code === 100) return { kind: 'continue' }
  if (meaning.code === 101) return { kind: 'switch' }
  if (meaning.code < 200) {
    return { kind: 'interim', code: meaning.code, go: GO_CONSTANTS.get(meaning.code), headers: exampleHeaders }
  }
  if (meaning.code === 304) {
    const etag = example.headers.find((h) => h.name.toLowerCase() === 'etag')?.value ?? '"v1"'
    return {
      kind: 'not-modified',
      etag,
      headers: exampleHeaders.filter(([n]) => !['etag', 'date'].includes(n.toLowerCase()))
    }
  }
  const status = sem.sentAs ?? example.status
  const iana = meaning.vendor === null || status !== meaning.code
  const type = example.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value
  const text = example.body ?? ''
  const body: Body | null =
    sem.contentAllowed && type !== undefined && text !== '' ? { type, text, json: isJson(type) ? JSON.parse(text) : undefined } : null
  const headers = exampleHeaders
    .filter(([n]) => !FRAMEWORK_HEADERS.has(n.toLowerCase()) || (n.toLowerCase() === 'content-length' && body === null && text === ''))
    // An HTTP-date in a snippet is stale the day after it is written: Retry-After goes in seconds.
    .map(([n, v]): [string, string] => (n.toLowerCase() === 'retry-after' && !/^\d+$/.test(v) ? [n, String(RETRY_AFTER_SECONDS)] : [n, v]))
  return {
    kind: 'send',
    status,
    go: iana ? GO_CONSTANTS.get(status) : undefined,
    python: iana ? PYTHON_CONSTANTS.get(status) : undefined,
    headers,
    body,
    note:
      status === meaning.code
        ? null
        : sem.sentAs !== null
          ? sentAsText(meaning.code, status, meaning.summary)
          : `${meaning.code} is never the status of a whole response: it travels inside this ${status}.`
  }
}

/** Snippets for one meaning of a code, one per framework, in a fixed order. */
export function snippetsFor(meaning: CodeData): Snippet[] {
  const plan = planFor(meaning)
  return TEMPLATES.map((t) => ({ id: t.id, label: t.label, language: t.language, code: t.render(plan) }))
}
