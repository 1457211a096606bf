// scripts/bundle.js, which `npm run build` runs after tsc, against a small project of its own: what it puts
// in the one file and what it leaves in node_modules, that the result runs as the modules did, and that
// it refuses to bundle its own output. The real bundle is run by verify:artifact, the drain and replica
// tests and the benchmark.
import t, { type Test } from 'tap'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './helper.js'

const SCRIPT = join(ROOT, 'scripts', 'bundle.js')

/** A project with the given files, removed when the test ends. */
function project(t: Test, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'siteerror-bundle-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

const bundle = (dir: string) => spawnSync(process.execPath, [SCRIPT, join(dir, 'dist')], { encoding: 'utf8' })
const run = (dir: string) => spawnSync(process.execPath, [join(dir, 'dist', 'server.js')], { encoding: 'utf8', cwd: dir })

/** As in the project: ES modules of ours in dist/, a CommonJS package, and pino, which must stay a package. */
const FILES = {
  'package.json': '{ "type": "module" }',
  'dist/server.js':
    "import { word } from './deep/word.js';\nimport fromPino from 'pino';\n" +
    // A CommonJS package in the file, imported when needed: its named exports survive (esbuild's code splitting lost them).
    "const { Counter } = await import('counter-lib');\n" +
    'process.stdout.write(JSON.stringify([word, new Counter().next(), fromPino]));\n',
  'dist/deep/word.js': "export const word = 'ours';\n",
  'node_modules/counter-lib/package.json': '{ "name": "counter-lib", "main": "index.js" }',
  'node_modules/counter-lib/index.js':
    "'use strict';\nconst { basename } = require('node:path');\n" +
    'exports.Counter = class Counter { n = 0; next() { return basename(`/n/${++this.n}`) } };\n',
  // A package that reads a file of its own through __dirname: bundled, it could not.
  'node_modules/pino/package.json': '{ "name": "pino", "main": "index.js" }',
  'node_modules/pino/index.js': "'use strict';\nmodule.exports = require('node:fs').readFileSync(require('node:path').join(__dirname, 'word.txt'), 'utf8');\n",
  'node_modules/pino/word.txt': 'from its own folder'
}

t.test('one file with our modules and the packages, but for the external ones, and it runs as before', async (t) => {
  const dir = project(t, FILES)
  const before = run(dir)
  t.equal(before.stderr, '')
  t.same(JSON.parse(before.stdout), ['ours', '1', 'from its own folder'], 'the modules as tsc left them')

  const built = bundle(dir)
  t.equal(built.status, 0, built.stderr)
  t.match(built.stdout, /dist\/server\.js holds 2 modules of ours and 1 packages/)
  const text = readFileSync(join(dir, 'dist', 'server.js'), 'utf8')
  t.match(text, /^\/\/ bundled by scripts\/bundle\.js\n/)
  t.match(text, /from "pino"/, 'pino is imported from node_modules at run time')
  t.notMatch(text, /word\.txt/, "and none of pino's code is in the file")

  // Our other module and counter-lib are in the file: removed, the bundle runs all the same.
  rmSync(join(dir, 'dist', 'deep'), { recursive: true })
  rmSync(join(dir, 'node_modules', 'counter-lib'), { recursive: true })
  const after = run(dir)
  t.equal(after.stderr, '')
  t.same(JSON.parse(after.stdout), ['ours', '1', 'from its own folder'])
})

t.test('a bundle is not bundled again', async (t) => {
  const dir = project(t, FILES)
  t.equal(bundle(dir).status, 0)
  const first = readFileSync(join(dir, 'dist', 'server.js'), 'utf8')
  const again = bundle(dir)
  t.equal(again.status, 1)
  t.match(again.stderr, /is a bundle already: run tsc \(npm run build\) first/)
  t.equal(readFileSync(join(dir, 'dist', 'server.js'), 'utf8'), first, 'left as it was')
})
