// Part of `npm run build`, after tsc: TypeBox bundled into dist/vendor/, and dist/ pointed at it.
//
// Why (issue 17, startup): TypeBox is 218 ES modules, and Node spends about 100-200 ms of a start
// resolving, reading and linking them one by one; one bundled file loads in a fraction of that
// (bench/README.md#startup). The code is TypeBox's own, unchanged: the two entry points the server
// imports (@sinclair/typebox and @sinclair/typebox/compiler) are bundled together, so that their
// shared modules, registries included, exist once. Tests run the sources, which import TypeBox
// itself; the built server (verify:artifact, the drain and replica tests, the benchmark) runs this.
//
//   node scripts/bundle-typebox.js [dist]
import { build } from 'esbuild'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DIST = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'))
const VENDOR = path.join(DIST, 'vendor')

/** Each TypeBox entry point the sources import, and the file it becomes in dist/vendor/. */
const ENTRIES = new Map([
  ['@sinclair/typebox', 'typebox'],
  ['@sinclair/typebox/compiler', 'typebox-compiler']
])

await build({
  entryPoints: [...ENTRIES].map(([specifier, out]) => ({ in: fileURLToPath(import.meta.resolve(specifier)), out })),
  bundle: true,
  // One chunk for what both entry points share: one TypeRegistry and one FormatRegistry.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: VENDOR,
  chunkNames: 'typebox-[hash]',
  legalComments: 'inline',
  logLevel: 'warning'
})

/** Every .js file of dist/ but the bundle. */
function* compiled(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      if (file !== VENDOR) yield* compiled(file)
    } else if (entry.name.endsWith('.js')) yield file
  }
}

// tsc writes each import as `from '<specifier>'` (or with double quotes) on one line; any other TypeBox
// specifier is an error here, not a second copy of TypeBox at run time.
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*)(['"])(@sinclair\/typebox(?:\/[^'"]*)?)\2/g
let rewritten = 0
for (const file of compiled(DIST)) {
  const source = readFileSync(file, 'utf8')
  const target = source.replace(SPECIFIER, (_, lead, quote, specifier) => {
    const out = ENTRIES.get(specifier)
    if (out === undefined) throw new Error(`${path.relative(ROOT, file)} imports ${specifier}, which is not bundled: add it to ENTRIES in scripts/bundle-typebox.js`)
    const relative = path.relative(path.dirname(file), path.join(VENDOR, `${out}.js`))
    return `${lead}${quote}${relative.startsWith('.') ? relative : `./${relative}`}${quote}`
  })
  if (target !== source) {
    writeFileSync(file, target)
    rewritten++
  }
}
process.stdout.write(`bundle-typebox: dist/vendor/ written; ${rewritten} files of dist/ import it\n`)
