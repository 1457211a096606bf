// Replaces tsc's dist/server.js with one ES module: our code and TypeBox, bundled by esbuild. Every other
// package stays an import from node_modules, as `npm ci --omit=dev` installs it.
//
// Why: Node loads ES modules file by file, and TypeBox is about 270 of them. Loading them took about 60 ms of
// a 460 ms startup (bench/README.md, Startup). The rest of dist/ is tsc's output, which scripts such as
// write-openapi.js import; dist/server.js is the only file production runs.
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const BUNDLED = new Set(['@sinclair/typebox'])

await build({
  entryPoints: ['src/server.ts'],
  outfile: 'dist/server.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // A package named here stays external with all its subpaths (fastify/..., @sinclair/... excepted).
  external: Object.keys(pkg.dependencies).filter((name) => !BUNDLED.has(name)),
  sourcemap: true,
  logLevel: 'warning'
})
