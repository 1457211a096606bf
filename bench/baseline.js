// The baseline: a bare node:http server answering the benchmark's paths with the exact bytes and headers our
// server sent for them, captured by run.js. This is the cheapest a Node process can answer them: a Map lookup
// and a precomputed buffer. Usage: node bench/baseline.js <responses.json> <port>; prints {"port":N} when
// listening. Stops on SIGTERM/SIGINT.
import http from 'node:http'
import { readFileSync } from 'node:fs'

const [file, portArg = '0'] = process.argv.slice(2)
if (file === undefined) {
  process.stderr.write('usage: node bench/baseline.js <responses.json> [port]\n')
  process.exit(2)
}

/** Captured form: { routes: [{ url, etag, identity, br?, notModified? }] }, each response { status, headers, body (base64) }. */
const spec = JSON.parse(readFileSync(file, 'utf8'))

function prepare(r) {
  const body = Buffer.from(r.body ?? '', 'base64')
  const headers = { ...r.headers }
  if (r.status !== 304 && r.status !== 204) headers['content-length'] = String(body.length)
  return { status: r.status, headers, body }
}

const routes = new Map()
for (const route of spec.routes) {
  routes.set(route.url, {
    etag: route.etag ?? null,
    identity: prepare(route.identity),
    br: route.br === undefined ? null : prepare(route.br),
    notModified: route.notModified === undefined ? null : prepare(route.notModified)
  })
}
const notFound = { status: 404, headers: { 'content-length': '0' }, body: Buffer.alloc(0) }

const server = http.createServer((req, res) => {
  const route = routes.get(req.url)
  let r = notFound
  if (route !== undefined) {
    if (route.notModified !== null && route.etag !== null && req.headers['if-none-match'] === route.etag) r = route.notModified
    else if (route.br !== null && (req.headers['accept-encoding'] ?? '').includes('br')) r = route.br
    else r = route.identity
  }
  res.writeHead(r.status, r.headers)
  res.end(r.body)
})
// The same keep-alive timeout as Fastify's default, so idle connections are treated alike.
server.keepAliveTimeout = 72_000

server.listen(Number(portArg), '127.0.0.1', () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + '\n')
})

for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    server.close()
    server.closeAllConnections()
    process.exit(0)
  })
}
