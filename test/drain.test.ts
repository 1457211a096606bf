// The graceful drain of the real process (src/server.ts): readiness, Connection: close, in-flight requests, exit code.
import t from 'tap'
import net from 'node:net'
import { build } from './helper.js'
import { listening, rawConnection, start } from './process.js'

t.test('SIGTERM drains: /ready turns 503, kept-alive connections are told to close, a delayed echo in flight completes, exit 0', async (t) => {
  const { child, exited, output } = start({ PORT: '0', HOST: '127.0.0.1', SHUTDOWN_DRAIN_DELAY_MS: '1500', SHUTDOWN_GRACE_MS: '8000' })
  t.teardown(() => child.kill())
  const url = await listening(output)
  t.ok(url, 'listening')
  const port = Number(new URL(url!).port)

  const ready = await fetch(`${url}/ready`)
  t.equal(ready.status, 200, '/ready is 200 before the signal')
  t.same(await ready.json(), { status: 'ready', checks: { catalog: 'loaded', draining: false, redis: 'off', redisRequired: false } })

  // A kept-alive connection that has served one request, and a delayed echo in flight on another.
  const kept = await rawConnection(port)
  kept.send('GET /health HTTP/1.1\r\nHost: t\r\n\r\n')
  const first = await kept.next()
  t.equal(first?.status, 200)
  t.notMatch(first?.head, /^connection: close/im, 'kept alive before the signal')
  const delayed = await rawConnection(port)
  delayed.send('GET /echo/200?delay=3000 HTTP/1.1\r\nHost: t\r\n\r\n')
  // The delayed request is in flight once a request sent after it on another connection has been answered.
  kept.send('GET /codes/204 HTTP/1.1\r\nHost: t\r\n\r\n')
  t.equal((await kept.next())?.status, 200)

  child.kill('SIGTERM')
  // Readiness turns 503 at once, while the listener still accepts new connections.
  let during: Response | undefined
  for (let i = 0; i < 100 && during?.status !== 503; i++) {
    during = await fetch(`${url}/ready`)
    if (during.status !== 503) await new Promise((r) => setTimeout(r, 20))
  }
  t.equal(during?.status, 503, '/ready is 503 while draining')
  t.equal(during?.headers.get('content-type'), 'application/problem+json; charset=utf-8')
  t.ok(Number(during?.headers.get('retry-after')) > 0, 'with Retry-After')
  t.match(await during?.json(), { code: 'ERR_UNAVAILABLE', status: 503, detail: /draining/ })
  t.equal((await fetch(`${url}/health`)).status, 200, '/health (liveness) stays 200 while draining')

  // The kept-alive connection's next response asks it to close, and the server closes it.
  kept.send('GET /codes/200 HTTP/1.1\r\nHost: t\r\n\r\n')
  const next = await kept.next()
  t.equal(next?.status, 200, 'still served during the drain')
  t.match(next?.head, /^connection: close/im, 'with Connection: close')
  t.equal(await kept.next(), undefined, 'then the connection ends')

  // The delayed echo, in flight at SIGTERM, completes with its 200 (the drain delay plus the grace period hold it).
  const answer = await delayed.next()
  t.equal(answer?.status, 200, 'the delayed echo completed')
  t.match(answer?.head, /^connection: close/im)
  const [code] = await exited
  t.equal(code, 0, 'exit code 0')
  t.match(output().stdout, /"signal":"SIGTERM","drainDelayMs":1500,"msg":"draining"/)
})


t.test('a request that reaches the router while the app closes is answered as any other, with Connection: close', async (t) => {
  const app = await build(t)
  await app.listen({ port: 0, host: '127.0.0.1' })
  const socket = net.connect((app.server.address() as net.AddressInfo).port, '127.0.0.1')
  t.teardown(() => socket.destroy())
  let received = ''
  socket.setEncoding('latin1')
  socket.on('data', (d: string) => (received += d))
  const ended = new Promise((resolve) => socket.on('close', resolve))
  await new Promise((resolve) => socket.once('connect', resolve))
  // The head is still arriving when the close begins, so the connection is not idle and stays open.
  socket.write('GET /codes/200 HTTP/1.1\r\nHost: t\r\n')
  await new Promise((resolve) => setTimeout(resolve, 100))
  const closed = app.close()
  await new Promise((resolve) => setTimeout(resolve, 50))
  socket.write('\r\n')
  await ended
  await closed
  t.match(received, /^HTTP\/1\.1 200 OK\r\n/, 'a 200, not a 503 made by Fastify')
  t.match(received, /^connection: close\r$/im, 'the connection is closed after it')
  t.match(received, /"code":200/, 'the record')
})
