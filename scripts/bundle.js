// Part of `npm run build`, after tsc: dist/server.js, with the modules and packages it imports, bundled
// into that one file, in place.
//
// Why (issue 17, startup): Node spent about half of a start's CPU finding, reading, compiling and linking
// hundreds of modules one by one; from one file the server reached its first 200 in 324 ms instead of 421
// (Node 20), and no path of the benchmark got slower (bench/README.md#startup). The code is unchanged, only put together by esbuild.
// The rest of dist/ stays as tsc wrote it, for the scripts that import its modules (write-openapi.js).
//
//   node scripts/bundle.js [dist]
import { build } from 'esbuild'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DIST = path.resolve(process.argv[2] ?? path.join(ROOT, 'dist'))
const SERVER = path.join(DIST, 'server.js')

/**
 * Packages left to load from node_modules at run time. Swagger UI serves its static files and pino starts
 * its transports (pino-pretty) from worker files, each found through __dirname, which the bundle does not
 * have. undici, ioredis and prom-client are imported only when first needed (/check, REDIS_URL, /metrics):
 * in the file, a server that never needs them would hold their source all the same (about 1.5 MB, and
 * 6 MB more heap at start, measured).
 */
const EXTERNAL = ['@fastify/swagger-ui', 'pino', 'pino-pretty', 'undici', 'ioredis', 'prom-client']

/** The first line of a bundle: a second bundling of one is refused. */
const MARK = '// bundled by scripts/bundle.js'

if (readFileSync(SERVER, 'utf8').startsWith(MARK)) {
  process.stderr.write(`bundle: ${path.relative(ROOT, SERVER)} is a bundle already: run tsc (npm run build) first\n`)
  process.exit(1)
}

const result = await build({
  entryPoints: [SERVER],
  outfile: SERVER,
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: EXTERNAL,
  // The packages are CommonJS and call require(): in an ES module it is made from the bundle's own URL.
  banner: { js: `${MARK}\nimport { createRequire as __bundleRequire } from 'node:module';\nconst require = __bundleRequire(import.meta.url);` },
  // One file: the packages imported on first use are external above, so there is nothing to split off.
  splitting: false,
  // Mapped back to src/ through tsc's maps, for `node --enable-source-maps` (not used by default).
  sourcemap: 'linked',
  legalComments: 'eof',
  metafile: true,
  logLevel: 'warning'
})

const inputs = Object.keys(result.metafile.inputs)
const packages = new Set(inputs.map((file) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1]).filter((name) => name !== undefined))
const ours = inputs.filter((file) => !file.includes('node_modules')).length
process.stdout.write(`bundle: ${path.relative(ROOT, SERVER)} holds ${ours} modules of ours and ${packages.size} packages\n`)
