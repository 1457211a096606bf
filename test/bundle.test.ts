// scripts/bundle-typebox.js, which `npm run build` runs after tsc, against a small dist/ of its own:
// the specifiers it rewrites, what it refuses, and that the bundled TypeBox works as TypeBox does,
// with one registry shared by both entry points.
import t, { type Test } from 'tap'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from './helper.js'

const SCRIPT = join(ROOT, 'scripts', 'bundle-typebox.js')

/** A dist/ with the given files, removed when the test ends. */
function dist(t: Test, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'siteerror-bundle-'))
  t.teardown(() => rmSync(dir, { recursive: true, force: true }))
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true })
    writeFileSync(join(dir, name), text)
  }
  return dir
}

const bundle = (dir: string) => spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' })

t.test('imports of TypeBox in dist/ point at the bundle, at any depth, and it works as TypeBox', async (t) => {
  const dir = dist(t, {
    // As in the project: .js files are ES modules.
    'package.json': '{ "type": "module" }',
    'formats.js': 'import { FormatRegistry } from "@sinclair/typebox";\nFormatRegistry.Set("even", (v) => Number(v) % 2 === 0);\n',
    'schemas/number.js': "import { Type } from '@sinclair/typebox';\nexport const Even = Type.String({ format: 'even' });\n",
    'deep/er/check.js':
      "import '../../formats.js';\nimport { TypeCompiler } from '@sinclair/typebox/compiler';\nimport { Even } from '../../schemas/number.js';\n" +
      'const check = TypeCompiler.Compile(Even);\nexport const results = [check.Check("4"), check.Check("3"), check.Check(4)];\n',
    'untouched.js': "export const text = 'from \"@sinclair/typebox-like\" strings are not imports';\n"
  })
  const run = bundle(dir)
  t.equal(run.status, 0, run.stderr)
  t.match(run.stdout, /3 files of dist\/ import it/)
  t.match(readFileSync(join(dir, 'schemas/number.js'), 'utf8'), "from '../vendor/typebox.js'")
  t.match(readFileSync(join(dir, 'deep/er/check.js'), 'utf8'), "from '../../vendor/typebox-compiler.js'")
  t.match(readFileSync(join(dir, 'formats.js'), 'utf8'), 'from "./vendor/typebox.js"', 'double quotes too')
  t.equal(readFileSync(join(dir, 'untouched.js'), 'utf8'), "export const text = 'from \"@sinclair/typebox-like\" strings are not imports';\n")
  // Run by Node itself, away from the test runner's loader.
  const script = `const { results } = await import(${JSON.stringify(join(dir, 'deep/er/check.js'))}); process.stdout.write(JSON.stringify(results))`
  const checked = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
  t.equal(checked.stderr, '')
  // A format set through one entry point and checked through the other: one FormatRegistry, not two.
  t.same(JSON.parse(checked.stdout), [true, false, false])
})

t.test('a TypeBox entry point that is not bundled stops the build with its name', async (t) => {
  const dir = dist(t, { 'value.js': "import { Value } from '@sinclair/typebox/value';\nexport { Value };\n" })
  const run = bundle(dir)
  t.not(run.status, 0)
  t.match(run.stderr, /value\.js imports @sinclair\/typebox\/value, which is not bundled/)
})
