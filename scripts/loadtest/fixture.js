// The upstream that /check checks during the load test: a tiny node:http server on 127.0.0.2 (never anything
// else), started by run.js with child_process.fork so that it reports over IPC. A canary listener on 127.0.0.1
// at the same port counts connections: /check must never reach it (127.0.0.1 is not in CHECK_ALLOW_ADDRESSES).
//
// Routes (any query string is ignored, so ?n=123 makes a distinct URL for /check's cache):
//   /ok              200
//   /redirect/N      301 to /redirect/N-1 (relative), /redirect/0 is 200; N at most 10
//   /found           302 to an absolute http://127.0.0.2:<port>/ok
//   /gone            410
//   /error           500
//   /loop            301 to itself
//   /slow            200 after 50 ms
//   anything else    404
import http from 'node:http'

const HOST = '127.0.0.2'
const CANARY_HOST = '127.0.0.1'
const MAX_PORT_TRIES = 20

const stats = { requests: 0, byRoute: {}, canaryConnections: 0, canaryRequests: 0 }
let port = 0

function count(route) {
  stats.requests++
  stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1
}

function answer(req, res, status, headers = {}, body = '') {
  const text = req.method === 'HEAD' ? '' : body
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers })
  res.end(text)
}

const server = http.createServer((req, res) => {
  const path = (req.url ?? '/').split('?')[0]
  let m
  if (path === '/ok') {
    count('/ok')
    answer(req, res, 200, {}, 'ok\n')
  } else if ((m = /^\/redirect\/(\d{1,2})$/.exec(path)) !== null && Number(m[1]) <= 10) {
    count('/redirect/N')
    const n = Number(m[1])
    if (n === 0) answer(req, res, 200, {}, 'arrived\n')
    else answer(req, res, 301, { location: `/redirect/${n - 1}` }, 'moved\n')
  } else if (path === '/found') {
    count('/found')
    answer(req, res, 302, { location: `http://${HOST}:${port}/ok` }, 'found\n')
  } else if (path === '/gone') {
    count('/gone')
    answer(req, res, 410, {}, 'gone\n')
  } else if (path === '/error') {
    count('/error')
    answer(req, res, 500, {}, 'error\n')
  } else if (path === '/loop') {
    count('/loop')
    answer(req, res, 301, { location: '/loop' }, 'loop\n')
  } else if (path === '/slow') {
    count('/slow')
    const timer = setTimeout(() => answer(req, res, 200, {}, 'slow\n'), 50)
    res.once('close', () => clearTimeout(timer))
  } else {
    count('other')
    answer(req, res, 404, {}, 'not found\n')
  }
})
server.keepAliveTimeout = 5000

const canary = http.createServer((req, res) => {
  stats.canaryRequests++
  res.writeHead(418, { connection: 'close' })
  res.end()
})
canary.on('connection', () => {
  stats.canaryConnections++
})

function listen(srv, p, host) {
  return new Promise((resolve, reject) => {
    const onError = (err) => reject(err)
    srv.once('error', onError)
    srv.listen(p, host, () => {
      srv.off('error', onError)
      resolve(srv.address().port)
    })
  })
}

function close(srv) {
  return new Promise((resolve) => {
    if (!srv.listening) return resolve()
    srv.close(() => resolve())
    srv.closeAllConnections?.()
  })
}

// A port free on both 127.0.0.2 (the fixture) and 127.0.0.1 (the canary); bounded tries.
for (let i = 0; i < MAX_PORT_TRIES && port === 0; i++) {
  const p = await listen(server, 0, HOST)
  try {
    await listen(canary, p, CANARY_HOST)
    port = p
  } catch {
    await close(server)
  }
}
if (port === 0) {
  process.send?.({ type: 'error', message: `no port free on both ${HOST} and ${CANARY_HOST} after ${MAX_PORT_TRIES} tries` })
  process.exit(1)
}

process.on('message', async (msg) => {
  if (msg?.type === 'stats') process.send?.({ type: 'stats', stats })
  if (msg?.type === 'stop') {
    await Promise.all([close(server), close(canary)])
    process.send?.({ type: 'stats', stats })
    process.exit(0)
  }
})
// The parent going away (IPC closed) ends the fixture too.
process.on('disconnect', () => process.exit(0))

process.send?.({ type: 'ready', host: HOST, port, canary: `${CANARY_HOST}:${port}` })
