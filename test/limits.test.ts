// Every bound the server sets, proven: rate limits (in memory; shared in Redis: redis.test.ts), client IPs
// behind proxies, load shedding, timeouts, and the size limits on what a client may send.
import t, { type Test } from 'tap'
import net from 'node:net'
import { once } from 'node:events'
import pino from 'pino'
import type { InjectOptions } from 'fastify'
import { buildApp } from '../src/app.js'
import { defaultConfig, type Config } from '../src/config.js'
import { WindowLimiter } from '../src/http/limiter.js'
import { catalog } from './helper.js'
import { clientKey, clientKeyer } from '../src/http/client-key.js'

/** An app on the given settings; without event-loop-delay shedding unless they say, so that a busy machine does not turn an answer into a 503. */
async function app(t: Test, config: Partial<Config> = {}) {
  const settings = { pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 }, ...config }
  const instance = await buildApp({ config: defaultConfig(settings), catalog: catalog() })
  t.teardown(() => instance.close())
  await instance.ready()
  return instance
}

/** Sends raw bytes and returns everything the server writes before closing. */
function raw(port: number, bytes: string | Buffer, { slow = false } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => {
      if (!slow) socket.write(bytes)
      else socket.write(String(bytes).slice(0, 20)) // then nothing more: a slow-headers client
    })
    let out = ''
    socket.setEncoding('latin1')
    socket.on('data', (d: string) => (out += d))
    socket.on('close', () => resolve(out))
    socket.on('error', reject)
    socket.setTimeout(8000, () => reject(new Error(`no answer; got ${out}`)))
  })
}

t.test('data endpoints carry RateLimit headers and answer 429 problems past the limit', async (t) => {
  const limited = await app(t, { rateLimitPerMin: 3 })
  const codes = []
  let last
  for (let i = 0; i < 4; i++) {
    last = await limited.inject('/codes/200')
    codes.push(last.statusCode)
    if (i === 0) t.match(last.headers, { 'ratelimit-limit': '3', 'ratelimit-remaining': '2', 'ratelimit-reset': /^\d+$/ })
  }
  t.same(codes, [200, 200, 200, 429])
  t.equal(last!.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.ok(Number(last!.headers['retry-after']) > 0, 'Retry-After')
  t.match(JSON.parse(last!.body), { status: 429, code: 'ERR_RATE_LIMITED', title: 'Too many requests' })
  t.equal(last!.headers['access-control-allow-origin'], '*', 'CORS on the 429 too')
  const unknown = await limited.inject('/no/such/path')
  t.equal(unknown.statusCode, 429, 'unknown routes spend the same allowance')
  const health = await limited.inject('/health')
  t.equal(health.statusCode, 200, '/health is never rate limited')
})

t.test('a spoofed X-Forwarded-For does not escape the limit unless the proxy is trusted', async (t) => {
  const limited = await app(t, { rateLimitPerMin: 2 })
  const statuses = []
  for (let i = 0; i < 3; i++) {
    statuses.push((await limited.inject({ url: '/codes/200', headers: { 'x-forwarded-for': `203.0.113.${i}` } })).statusCode)
  }
  t.same(statuses, [200, 200, 429], 'TRUST_PROXY off: the socket address counts')
  const behind = await app(t, { rateLimitPerMin: 2, trustProxy: ['127.0.0.1'] })
  const separate = []
  for (let i = 0; i < 3; i++) {
    separate.push((await behind.inject({ url: '/codes/200', headers: { 'x-forwarded-for': `203.0.113.${i}` } })).statusCode)
  }
  t.same(separate, [200, 200, 200], 'TRUST_PROXY=127.0.0.1: each forwarded client has its own allowance')
})

t.test('Strict-Transport-Security only on responses that travel over TLS (RFC 6797 Section 7.2)', async (t) => {
  const hsts = 'max-age=31536000; includeSubDomains'
  const direct = await app(t)
  t.notOk((await direct.inject('/codes/200')).headers['strict-transport-security'], 'plain HTTP: none')
  t.notOk((await direct.inject({ url: '/codes/200', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security'], 'an untrusted X-Forwarded-Proto changes nothing')
  const behind = await app(t, { trustProxy: ['127.0.0.1'] })
  t.equal((await behind.inject({ url: '/codes/200', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security'], hsts, 'HTTPS at a trusted proxy')
  t.equal((await behind.inject({ url: '/nowhere', headers: { 'x-forwarded-proto': 'https' } })).headers['strict-transport-security'], hsts, 'errors too')
  t.notOk((await behind.inject({ url: '/codes/200', headers: { 'x-forwarded-proto': 'http' } })).headers['strict-transport-security'], 'plain HTTP at the proxy: none')
})

t.test('delayed /echo has its own stricter limit', async (t) => {
  const limited = await app(t, { echoDelayRatePerMin: 1 })
  t.equal((await limited.inject('/echo/200?delay=1')).statusCode, 200)
  const over = await limited.inject('/echo/200?delay=1')
  t.equal(over.statusCode, 429)
  t.match(JSON.parse(over.body).detail, /Delayed \/echo is limited to 1 per minute/)
  t.equal((await limited.inject('/echo/200')).statusCode, 200, 'undelayed echoes are not affected')
})

t.test('WindowLimiter counts units per window and forgets old windows', async (t) => {
  let now = 0
  const limiter = new WindowLimiter(5, 1000, 2, () => now)
  t.match(limiter.takeNow('a', 3), { allowed: true, remaining: 2 })
  t.match(limiter.takeNow('a', 3), { allowed: false, remaining: 2 }, 'a refused request spends nothing')
  t.match(limiter.takeNow('a', 2), { allowed: true, remaining: 0 })
  now = 1000
  t.match(limiter.takeNow('a', 1), { allowed: true, remaining: 4 }, 'a new window')
  now = 2000
  t.match(limiter.takeNow('b'), { allowed: true }, "a's ended window made room")
  t.match(limiter.takeNow('c'), { allowed: true })
  t.match(limiter.takeNow('a', 1), { allowed: false, crowded: true }, 'maxKeys open windows: a new one is refused')
  now = 3000
  t.match(limiter.takeNow('a', 1), { allowed: true, remaining: 4 }, 'until they end')
})

t.test('WindowLimiter: flooding it with new keys never resets another client\'s window', async (t) => {
  let now = 0
  const limiter = new WindowLimiter(2, 60_000, 3, () => now)
  limiter.takeNow('victim', 2)
  t.match(limiter.takeNow('victim'), { allowed: false }, 'the victim has spent its allowance')
  const flood = Array.from({ length: 1000 }, (_, i) => limiter.takeNow(`flood-${i}`))
  t.same(flood.slice(0, 2).map((a) => a.allowed), [true, true], 'new clients are tracked while there is room')
  t.match(flood[2], { allowed: false, remaining: 0, crowded: true, resetS: 60 }, 'then refused')
  t.equal(limiter.refusedKeys, 998, 'and counted')
  t.match(limiter.takeNow('victim'), { allowed: false }, 'the exhausted window is still there')
  now = 60_000
  t.match(limiter.takeNow('newcomer'), { allowed: true }, 'once windows end, new clients get room again')
  t.match(limiter.takeNow('victim'), { allowed: true, remaining: 1 }, 'and the victim a new window')
})

t.test('clientKey: IPv4 as it is, IPv4-mapped as its IPv4 address, IPv6 by its prefix', async (t) => {
  t.equal(clientKey('203.0.113.7', 64), '203.0.113.7')
  t.equal(clientKey('::ffff:203.0.113.7', 64), '203.0.113.7')
  t.equal(clientKey('2001:db8:1:2:3:4:5:6', 64), '2001:db8:1:2::/64')
  t.equal(clientKey('2001:db8:1:2:ffff:ffff:ffff:ffff', 64), '2001:db8:1:2::/64')
  t.equal(clientKey('2001:db8:1:2:3:4:5:6', 48), '2001:db8:1::/48')
  t.equal(clientKey('2001:db8:1:2:3:4:5:6', 56), '2001:db8:1::/56')
  t.equal(clientKey('2001:db8:1:2ff:3:4:5:6', 56), '2001:db8:1:200::/56', 'a prefix that ends inside a group')
  t.equal(clientKey('2001:db8::1', 128), '2001:db8::1/128')
  t.equal(clientKey('not:an:address', 64), 'not:an:address')
  const keyOf = clientKeyer(64, 2)
  t.same(['2001:db8::1', '2001:db8::2', '2001:db8:0:1::1', '10.0.0.1'].map(keyOf), ['2001:db8::/64', '2001:db8::/64', '2001:db8:0:1::/64', '10.0.0.1'])
})

t.test('IPv6 clients share one allowance per /64, on every limiter', async (t) => {
  const limited = await app(t, { rateLimitPerMin: 3, echoDelayRatePerMin: 1, check: { ...defaultConfig().check, ratePerMinute: 1 } })
  const from = (remoteAddress: string, url = '/codes/200') => limited.inject({ url, remoteAddress }).then((r) => r.statusCode)
  const one64 = ['2001:db8:1:2::1', '2001:db8:1:2:ffff::9', '2001:db8:1:2:abcd:1:2:3', '2001:db8:1:2::4']
  const statuses = []
  for (const address of one64) statuses.push(await from(address))
  t.same(statuses, [200, 200, 200, 429], 'four addresses of one /64 are one client')
  t.equal(await from('2001:db8:1:3::1'), 200, 'the next /64 is another client')
  t.equal(await from('2001:db8:9::1', '/echo/200?delay=1'), 200)
  t.equal(await from('2001:db8:9::2', '/echo/200?delay=1'), 429, 'delayed /echo too')
  t.equal(await from('2001:db8:8::1', '/check?url=http://[2001:db8::1]/'), 403)
  t.equal(await from('2001:db8:8::2', '/check?url=http://[2001:db8::1]/'), 429, '/check too')
  const wider = await app(t, { rateLimitPerMin: 1, clientIPv6PrefixBits: 48 })
  t.equal((await wider.inject({ url: '/codes/200', remoteAddress: '2001:db8:1:2::1' })).statusCode, 200)
  t.equal((await wider.inject({ url: '/codes/200', remoteAddress: '2001:db8:1:3::1' })).statusCode, 429, 'CLIENT_IPV6_PREFIX_BITS=48: a /48 is one client')
})

t.test('a full rate limiter refuses new clients with a 429 that says so', async (t) => {
  const limited = await app(t, { rateLimitMaxClients: 2 })
  const from = (remoteAddress: string) => limited.inject({ url: '/codes/200', remoteAddress })
  t.equal((await from('192.0.2.1')).statusCode, 200)
  t.equal((await from('192.0.2.2')).statusCode, 200)
  const refused = await from('192.0.2.3')
  t.equal(refused.statusCode, 429)
  t.match(JSON.parse(refused.body).detail, /tracking as many clients as it can/)
  t.equal((await from('192.0.2.1')).statusCode, 200, 'clients already tracked are served')
})

t.test('load shedding: 503 problems with Retry-After, and /health reports it', async (t) => {
  const pressed = await app(t, { pressure: { maxEventLoopDelayMs: 0, maxHeapUsedBytes: 1, maxRssBytes: 0, retryAfterS: 7 } })
  await new Promise((r) => setTimeout(r, 1200)) // under-pressure samples once a second
  const res = await pressed.inject('/codes/200')
  t.equal(res.statusCode, 503)
  t.equal(res.headers['retry-after'], '7')
  t.match(JSON.parse(res.body), { code: 'ERR_UNAVAILABLE', status: 503 })
  const health = await pressed.inject('/health')
  t.equal(health.statusCode, 503)
  t.equal(health.headers['retry-after'], '7')
  t.match(JSON.parse(health.body), { status: 'under-pressure', pressure: { underPressure: true } })
})

t.test('size limits: 414 for long targets, 431 for large heads, 413 for large bodies', async (t) => {
  const server = await app(t, { server: { ...defaultConfig().server, maxUrlLength: 300, maxHeaderBytes: 4096, bodyLimitBytes: 2048 } })
  await server.listen({ port: 0, host: '127.0.0.1' })
  const port = (server.server.address() as net.AddressInfo).port
  const long = await raw(port, `GET /codes?q=${'a'.repeat(400)} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)
  t.match(long, /^HTTP\/1\.1 414 URI Too Long\r\n[\s\S]*application\/problem\+json[\s\S]*"code":"ERR_URI_TOO_LONG"/)
  const huge = await raw(port, `GET /codes/${'1'.repeat(5000)} HTTP/1.1\r\nHost: x\r\n\r\n`)
  t.match(huge, /^HTTP\/1\.1 414 URI Too Long\r\n[\s\S]*"code":"ERR_URI_TOO_LONG"/, 'a request line past the head limit is a 414')
  const headers = await raw(port, `GET /codes HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(5000)}\r\n\r\n`)
  t.match(headers, /^HTTP\/1\.1 431 Request Header Fields Too Large\r\n[\s\S]*"code":"ERR_HEADERS_TOO_LARGE"/)
  const garbage = await raw(port, 'NOT HTTP AT ALL\r\n\r\n')
  t.match(garbage, /^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*application\/problem\+json/)
  const body = await server.inject({ method: 'POST', url: '/check', payload: { urls: ['x'.repeat(3000)] } })
  t.equal(body.statusCode, 413)
  t.equal(JSON.parse(body.body).code, 'ERR_PAYLOAD_TOO_LARGE')
})

t.test('a slow-headers client is cut off with a 408', async (t) => {
  const server = await app(t, { server: { ...defaultConfig().server, headersTimeoutMs: 500, requestTimeoutMs: 1000 } })
  await server.listen({ port: 0, host: '127.0.0.1' })
  const port = (server.server.address() as net.AddressInfo).port
  const start = Date.now()
  const answer = await raw(port, 'GET /codes/200 HTTP/1.1\r\nHost: x\r\n', { slow: true })
  t.match(answer, /^HTTP\/1\.1 408 Request Timeout\r\n[\s\S]*"code":"ERR_REQUEST_TIMEOUT"/)
  t.ok(Date.now() - start < 4000, `cut off after ${Date.now() - start} ms`)
})

t.test('the server timeouts are set deliberately', async (t) => {
  const server = await app(t)
  const s = server.server
  t.equal(s.requestTimeout, 30000)
  t.equal(s.headersTimeout, 10000)
  t.equal(s.keepAliveTimeout, 5000)
  t.equal(s.timeout, 60000)
  t.equal((s as unknown as { maxHeaderSize: number }).maxHeaderSize, 16384)
})


/** Opens a connection from a loopback address; resolves with it once connected. */
function connectFrom(port: number, localAddress: string): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1', localAddress }, () => resolve(socket))
    socket.on('error', reject)
  })
}

/** Whether the server answers a request on this connection (true), or closes it (false). */
function served(socket: net.Socket): Promise<boolean> {
  return new Promise((resolve) => {
    socket.once('data', () => resolve(true))
    socket.once('close', () => resolve(false))
    socket.on('error', () => {})
    socket.write('GET /health HTTP/1.1\r\nHost: t\r\n\r\n')
  })
}

t.test('connection caps: per client (trusted proxies exempt) and in all', async (t) => {
  const server = await app(t, { server: { ...defaultConfig().server, maxConnectionsPerClient: 2 } })
  await server.listen({ port: 0, host: '127.0.0.1' })
  const port = (server.server.address() as net.AddressInfo).port
  const sockets = [await connectFrom(port, '127.0.0.1'), await connectFrom(port, '127.0.0.1'), await connectFrom(port, '127.0.0.1'), await connectFrom(port, '127.0.0.2')]
  t.teardown(() => sockets.forEach((s) => s.destroy()))
  t.same(await Promise.all(sockets.map(served)), [true, true, false, true], "a client's third connection is closed; another client's is served")
  t.equal(server.connections.droppedPerClient, 1)
  sockets[0]!.destroy()
  await once(sockets[0]!, 'close')
  await new Promise((r) => setImmediate(r))
  const again = await connectFrom(port, '127.0.0.1')
  sockets.push(again)
  t.equal(await served(again), true, 'a closed connection frees its place')

  const behind = await app(t, { trustProxy: ['127.0.0.1'], server: { ...defaultConfig().server, maxConnectionsPerClient: 1 } })
  await behind.listen({ port: 0, host: '127.0.0.1' })
  const proxyPort = (behind.server.address() as net.AddressInfo).port
  const proxied = [await connectFrom(proxyPort, '127.0.0.1'), await connectFrom(proxyPort, '127.0.0.1')]
  t.teardown(() => proxied.forEach((s) => s.destroy()))
  t.same(await Promise.all(proxied.map(served)), [true, true], 'a trusted proxy is not one client')

  const small = await app(t, { server: { ...defaultConfig().server, maxConnections: 2 } })
  await small.listen({ port: 0, host: '127.0.0.1' })
  const smallPort = (small.server.address() as net.AddressInfo).port
  const all = [await connectFrom(smallPort, '127.0.0.1'), await connectFrom(smallPort, '127.0.0.2'), await connectFrom(smallPort, '127.0.0.3')]
  t.teardown(() => all.forEach((s) => s.destroy()))
  t.same(await Promise.all(all.map(served)), [true, true, false], 'MAX_CONNECTIONS: the third connection is closed')
  t.equal(small.connections.droppedOverall, 1)
})

t.test('an accept error is logged and survived', async (t) => {
  const lines: string[] = []
  const log = pino({ level: 'warn' }, { write: (line: string) => lines.push(line) })
  const server = await buildApp({ config: defaultConfig({ pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 } }), catalog: catalog(), log })
  t.teardown(() => server.close())
  await server.listen({ port: 0, host: '127.0.0.1' })
  const emfile = Object.assign(new Error('accept EMFILE'), { code: 'EMFILE', syscall: 'accept' })
  server.server.emit('error', emfile)
  server.server.emit('error', emfile)
  t.equal(server.connections.acceptErrors, 2)
  t.equal(lines.length, 1, 'one line for a burst')
  t.match(JSON.parse(lines[0]!), { level: 40, code: 'EMFILE', msg: 'a connection could not be accepted' })
  const port = (server.server.address() as net.AddressInfo).port
  t.equal(await served(await connectFrom(port, '127.0.0.1')), true, 'still serving')
})

t.test('every request spends an allowance, whatever its outcome', async (t) => {
  const cases: Array<[string, InjectOptions, number]> = [
    ['a malformed percent-escape', { url: '/codes/%E0%A4%A' }, 400],
    ['a 414', { url: `/codes?q=${'a'.repeat(400)}` }, 414],
    // An unknown path is a 404 decided before its body is read, so a body that does not parse changes nothing.
    ['an unknown path with a body that is not JSON', { method: 'POST', url: '/nowhere', headers: { 'content-type': 'application/json' }, payload: '{"a":[[[[' }, 404]
  ]
  for (const [what, request, status] of cases) {
    const limited = await app(t, { rateLimitPerMin: 2, server: { ...defaultConfig().server, maxUrlLength: 300 } })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await limited.inject(request)).statusCode)
    t.same(statuses, [status, status, 429], what)
  }
  const check = { ...defaultConfig().check, ratePerMinute: 2 }
  for (const [what, request] of [
    ['a /check query that is not valid', { url: '/check?url=http://example.com/&bogus=1' }],
    ['a POST /check body that is not valid', { method: 'POST', url: '/check', payload: { urls: [] } }],
    ['a POST /check body that is not JSON', { method: 'POST', url: '/check', headers: { 'content-type': 'application/json' }, payload: '{' }]
  ] as const) {
    const limited = await app(t, { check })
    const statuses = []
    for (let i = 0; i < 3; i++) statuses.push((await limited.inject(request)).statusCode)
    t.same(statuses, [400, 400, 429], what)
  }
})

t.test('request heads Node accepts but HTTP does not: two Hosts, absolute-form targets, GET and HEAD bodies', async (t) => {
  const lines: string[] = []
  const log = pino({ level: 'info' }, { write: (line: string) => lines.push(line) })
  const server = await buildApp({ config: defaultConfig({ logLevel: 'info', pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 } }), catalog: catalog(), log })
  t.teardown(() => server.close())
  await server.listen({ port: 0, host: '127.0.0.1' })
  const port = (server.server.address() as net.AddressInfo).port
  const body = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4))

  const twoHosts = await raw(port, 'GET /codes/200 HTTP/1.1\r\nHost: a.example\r\nHost: b.example\r\nConnection: close\r\n\r\n')
  t.match(twoHosts, /^HTTP\/1\.1 400 Bad Request\r\n[\s\S]*application\/problem\+json/)
  t.match(body(twoHosts), { code: 'ERR_BAD_REQUEST', detail: /more than one Host/ })

  const absolute = await raw(port, 'GET http://evil.example/nothing?x=1 HTTP/1.1\r\nHost: a.example\r\nConnection: close\r\n\r\n')
  t.match(absolute, /^HTTP\/1\.1 404 /)
  t.match(body(absolute), { instance: '/nothing?x=1', detail: 'There is nothing at /nothing. GET / lists every endpoint.' })
  const echoed = await raw(port, 'GET HTTP://evil.example/echo/200 HTTP/1.1\r\nHost: a.example\r\nConnection: close\r\n\r\n')
  t.match(echoed, /^HTTP\/1\.1 200 /)
  t.notMatch(echoed, /evil\.example/, 'the echo does not take the scheme and host for its path')
  const bare = await raw(port, 'GET http://evil.example HTTP/1.1\r\nHost: a.example\r\nConnection: close\r\n\r\n')
  t.match(bare, /^HTTP\/1\.1 200 /, 'no path is /')
  const networkPath = await raw(port, 'GET //evil.example/x HTTP/1.1\r\nHost: a.example\r\nConnection: close\r\n\r\n')
  t.equal(body(networkPath).instance, '', 'a target that would read as another host is not the instance')

  for (const method of ['GET', 'HEAD']) {
    const big = await raw(port, `${method} /codes/200 HTTP/1.1\r\nHost: a.example\r\nContent-Length: 5000000\r\n\r\n${'x'.repeat(1000)}`)
    t.match(big, /^HTTP\/1\.1 413 /, `${method} with 5 MB of content`)
    t.match(big, /\r\nconnection: close\r\n/i)
  }
  const small = await raw(port, 'GET /codes/200 HTTP/1.1\r\nHost: a.example\r\nContent-Length: 10\r\nConnection: close\r\n\r\n0123456789')
  t.match(small, /^HTTP\/1\.1 200 /, 'a small GET body is still ignored')

  lines.length = 0
  await raw(port, 'NOT HTTP AT ALL\r\n\r\n')
  await raw(port, `GET /codes HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20000)}\r\n\r\n`)
  t.match(lines.map((l) => JSON.parse(l)), [
    { level: 30, status: 400, ip: '127.0.0.1', parserError: /^HPE_/, msg: 'request' },
    { level: 30, status: 431, ip: '127.0.0.1', parserError: 'HPE_HEADER_OVERFLOW', msg: 'request' }
  ], 'parser refusals have access-log lines')
})

t.test("the delayed /echo per-client cap keys IPv6 clients by their /64 too", async (t) => {
  const capped = await app(t, { echoMaxDelayedPerClient: 1 })
  const from = (remoteAddress: string) => capped.inject({ url: '/echo/200?delay=300', remoteAddress })
  const waiting = from('2001:db8:5::1')
  await new Promise((r) => setTimeout(r, 50))
  t.equal((await from('2001:db8:5::2')).statusCode, 429, 'another address of the same /64 is the same client')
  t.equal((await from('2001:db8:6::1')).statusCode, 200, 'another /64 is another client')
  t.equal((await waiting).statusCode, 200)
})
