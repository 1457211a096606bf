// Fills Node's compile cache (NODE_COMPILE_CACHE, Node 22 and later) for the built server, so that a
// replica started later reads its modules' compiled code instead of compiling them again (issue 17:
// startup). The Dockerfile runs it while building the image; docs/performance.md has the figures.
//
//   NODE_COMPILE_CACHE=/app/.compile-cache node scripts/warm-compile-cache.js
//
// It starts the server as `npm start` and the Dockerfile do, asks for what a first request needs (a record, a
// page, the OpenAPI document), stops it with SIGTERM without a drain delay, and fails unless the
// server exited cleanly, which is when Node writes the cache.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const PATHS = ['/codes/404', '/409', '/openapi.json']
const cache = process.env.NODE_COMPILE_CACHE

if (cache === undefined || cache === '') throw new Error('warm-compile-cache: set NODE_COMPILE_CACHE to the directory to fill')
if (Number(process.versions.node.split('.')[0]) < 22) throw new Error(`warm-compile-cache: Node ${process.version} has no compile cache (22 or later)`)

// The command of `npm start` (node, its V8 flags, dist/server.js): the server started as production starts it.
const [, ...args] = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start.trim().split(/\s+/)
const server = spawn(process.execPath, args, {
  cwd: ROOT,
  env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', SHUTDOWN_DRAIN_DELAY_MS: '0' },
  stdio: ['ignore', 'pipe', 'inherit']
})
const exited = once(server, 'exit')
// The first log line that names the address: {"msg":"Server listening at http://127.0.0.1:PORT"}.
const origin = await new Promise((resolve, reject) => {
  let text = ''
  server.stdout.on('data', (chunk) => {
    text += chunk
    const found = /Server listening at (http:\/\/[^"\s]+)/.exec(text)
    if (found !== null) resolve(found[1])
  })
  exited.then(() => reject(new Error(`warm-compile-cache: the server exited before listening:\n${text}`)))
})
server.stdout.resume()
for (const p of PATHS) {
  const res = await fetch(origin + p)
  await res.arrayBuffer()
  if (res.status !== 200) throw new Error(`warm-compile-cache: GET ${p} answered ${res.status}`)
}
server.kill('SIGTERM')
const [code, signal] = await exited
if (code !== 0) throw new Error(`warm-compile-cache: the server exited with ${code ?? signal}, so the cache may be incomplete`)
const entries = readdirSync(cache, { recursive: true }).length
if (entries === 0) throw new Error(`warm-compile-cache: Node wrote nothing into ${cache}`)
process.stdout.write(`warm-compile-cache: ${entries} entries in ${cache}\n`)
