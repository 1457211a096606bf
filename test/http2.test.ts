// The cleartext HTTP/2 listener (HTTP2_PORT): the same app over h2c with prior knowledge, on the wire.
import t, { type Test } from 'tap'
import http2, { type ClientHttp2Session, type IncomingHttpHeaders } from 'node:http2'
import net from 'node:net'
import { execFile } from 'node:child_process'
import { once } from 'node:events'
import { promisify } from 'node:util'
import { buildApp } from '../src/app.js'
import { defaultConfig, type Config } from '../src/config.js'
import { CONNECTION_HEADERS, headerFields } from '../src/http2.js'
import { request as undici } from 'undici'
import { catalog } from './helper.js'

const quiet = { pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 } }

/** An app listening on HTTP/1.1 and h2c, closed when the test ends; returns both URLs. */
async function serve(t: Test, config: Partial<Config> = {}) {
  const app = await buildApp({ config: defaultConfig({ http2Port: 0, ...quiet, ...config }), catalog: catalog() })
  t.teardown(() => app.close())
  const h1 = await app.listen({ port: 0, host: '127.0.0.1' })
  const h2 = await app.h2c!.listen()
  return { app, h1, h2 }
}

interface Answer {
  /** The statuses of interim (1xx) responses, in order. */
  interim: number[]
  interimHeaders: IncomingHttpHeaders[]
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** One request on an HTTP/2 session. */
function request(session: ClientHttp2Session, path: string, { method = 'GET', headers = {} as Record<string, string>, end = true } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // Node's client ends a GET's stream with its headers unless told otherwise.
    const stream = session.request({ ':path': path, ':method': method, ...headers }, end ? {} : { endStream: false })
    const answer: Answer = { interim: [], interimHeaders: [], status: 0, headers: {}, body: '' }
    stream.on('headers', (h) => {
      answer.interim.push(Number(h[':status']))
      answer.interimHeaders.push(h)
    })
    stream.on('response', (h) => {
      answer.status = Number(h[':status'])
      answer.headers = h
    })
    stream.setEncoding('utf8')
    stream.on('data', (d: string) => (answer.body += d))
    stream.on('end', () => resolve(answer))
    stream.on('error', reject)
    if (end) stream.end()
  })
}

function connect(t: Test, url: string): ClientHttp2Session {
  const session = http2.connect(url)
  session.on('error', () => {})
  t.teardown(() => session.destroy())
  return session
}

t.test('every /echo code from 100 to 599 over HTTP/2: interim responses, framing, no connection headers, no warnings', async (t) => {
  const { h2 } = await serve(t, { rateLimitPerMin: 10_000 })
  const warnings: string[] = []
  const onWarning = (w: Error) => warnings.push(`${w.name}: ${w.message}`)
  process.on('warning', onWarning)
  t.teardown(() => process.off('warning', onWarning))
  const session = connect(t, h2)
  const wrong: string[] = []
  for (let code = 100; code <= 599; code++) {
    const a = await request(session, `/echo/${code}`)
    const expected = code === 101 ? 400 : code < 200 ? 200 : code
    if (a.status !== expected) wrong.push(`${code}: status ${a.status}`)
    if (code < 200 && code !== 101 && a.interim.join() !== String(code)) wrong.push(`${code}: interim ${a.interim.join()}`)
    if (code >= 200 && a.interim.length > 0) wrong.push(`${code}: interim ${a.interim.join()}`)
    if ([204, 205, 304].includes(code) && a.body !== '') wrong.push(`${code}: a body`)
    if ((code === 204 || code === 304) && a.headers['content-length'] !== undefined) wrong.push(`${code}: content-length`)
    for (const name of CONNECTION_HEADERS) if (a.headers[name] !== undefined) wrong.push(`${code}: ${name}`)
    if (code < 200 && a.interimHeaders.some((h) => h['content-length'] !== undefined)) wrong.push(`${code}: content-length on 1xx`)
  }
  t.same(wrong, [], 'each code as asked, 1xx as an interim HEADERS frame before the 200, no body on 204/205/304')
  t.same(warnings, [], 'Node warned of nothing (no reason phrase, no dropped header)')
})

t.test('/echo over HTTP/2: 103 carries its Link, HEAD has the GET headers and no body, 426 has no Upgrade, headers leave out pseudo-headers', async (t) => {
  const { h2 } = await serve(t)
  const session = connect(t, h2)
  const hints = await request(session, '/echo/103?final=204')
  t.same(hints.interim, [103])
  t.equal(hints.interimHeaders[0]!.link, '</docs/static/swagger-ui.css>; rel=preload; as=style')
  t.equal(hints.status, 204)

  const get = await request(session, '/echo/200')
  const head = await request(session, '/echo/200', { method: 'HEAD' })
  t.equal(head.status, 200)
  t.equal(head.body, '', 'no content')
  t.equal(head.headers['content-length'], String(Buffer.byteLength(get.body)), "the GET's Content-Length")
  t.equal(head.headers['content-type'], get.headers['content-type'])

  const upgrade = await request(session, '/echo/426')
  t.equal(upgrade.status, 426)
  t.equal(upgrade.headers.upgrade, undefined)
  t.notMatch(String(upgrade.headers['access-control-expose-headers']), /upgrade|connection/i, 'nothing exposed that is not sent')

  const echoed = JSON.parse((await request(session, '/echo/200?retryAfter=5', { headers: { 'x-test': 'a' } })).body)
  t.match(echoed.request, { method: 'GET', path: '/echo/200', query: { retryAfter: '5' }, body: null })
  t.equal(echoed.request.headers['x-test'], 'a')
  t.same(Object.keys(echoed.request.headers).filter((name) => name.startsWith(':')), [], 'no pseudo-header fields among the headers')

  const delayed = await request(session, '/echo/102?delay=10&final=201')
  t.same([delayed.interim, delayed.status], [[102], 201], 'a delayed interim response')
})

t.test('headerFields leaves out pseudo-header fields and keeps a field named __proto__', async (t) => {
  const fields = headerFields({ ':path': '/', ':method': 'GET', accept: '*/*', __proto__: 'x' } as Record<string, string>)
  t.same(JSON.parse(JSON.stringify(fields)), { accept: '*/*' })
  const odd: Record<string, string> = Object.create(null)
  odd['__proto__'] = 'x'
  t.equal(JSON.stringify(headerFields(odd)), '{"__proto__":"x"}')
})

t.test('the API over HTTP/2 is the same app: /codes as over HTTP/1.1, problems, a shared rate limit', async (t) => {
  const { app, h1, h2 } = await serve(t, { rateLimitPerMin: 4 })
  const session = connect(t, h2)
  const over1 = await undici(`${h1}/codes/418`)
  const over2 = await request(session, '/codes/418')
  t.equal(over2.status, 200)
  t.equal(over2.body, await over1.body.text(), 'the same record')
  t.equal(over2.headers.etag, over1.headers.etag, 'the same validator')
  t.equal(over2.headers['ratelimit-remaining'], '2', 'the second request of the client over either protocol')

  const problem = await request(session, '/codes/abc')
  t.equal(problem.status, 400)
  t.match(problem.headers['content-type'], /^application\/problem\+json/)
  t.match(JSON.parse(problem.body), { status: 400, code: 'ERR_VALIDATION', instance: '/codes/abc' })

  t.equal((await fetch(`${h1}/codes/200`)).status, 200, 'the fourth request (HTTP/1.1)')
  const limited = await request(session, '/codes/200')
  t.equal(limited.status, 429, 'the fifth, over HTTP/2, is over the limit both share')
  t.ok(Number(limited.headers['retry-after']) > 0, 'with Retry-After')
  t.equal((await fetch(`${h1}/codes/200`)).status, 429, 'and so is the next over HTTP/1.1')
  t.equal(app.h2c!.sessions(), 1)
})

t.test('a GET announcing a large body gets its 413 over HTTP/2 without the Connection header HTTP/1.1 gets', async (t) => {
  const { h1, h2 } = await serve(t)
  const warnings: string[] = []
  const onWarning = (w: Error) => warnings.push(w.message)
  process.on('warning', onWarning)
  t.teardown(() => process.off('warning', onWarning))
  const session = connect(t, h2)
  // The stream stays open: a content-length with END_STREAM and no data would be a protocol error.
  const big = await request(session, '/codes/200', { headers: { 'content-length': '100000' }, end: false })
  t.equal(big.status, 413)
  t.equal(big.headers.connection, undefined)
  t.same(warnings, [], 'not dropped by Node with a warning: removed before')
  const socket = net.connect(Number(new URL(h1).port), '127.0.0.1')
  t.teardown(() => socket.destroy())
  socket.write('GET /codes/200 HTTP/1.1\r\nHost: t\r\nContent-Length: 100000\r\n\r\n')
  const [data] = (await once(socket, 'data')) as [Buffer]
  t.match(data.toString('latin1'), /^HTTP\/1\.1 413[^]*\r\nconnection: close\r\n/i, 'HTTP/1.1 still closes the connection')
})

t.test('connection caps count HTTP/2 sessions with HTTP/1.1 connections; streams per session are bounded', async (t) => {
  const { app, h1, h2 } = await serve(t, { server: { ...defaultConfig().server, maxConnections: 1, http2MaxConcurrentStreams: 7 } })
  const socket = net.connect(Number(new URL(h1).port), '127.0.0.1')
  t.teardown(() => socket.destroy())
  await once(socket, 'connect')
  const refused = http2.connect(h2)
  refused.on('error', () => {})
  t.teardown(() => refused.destroy())
  await once(refused, 'close')
  t.equal(app.connections.droppedOverall, 1, 'MAX_CONNECTIONS: the HTTP/1.1 connection and the session are one too many')
  socket.destroy()
  await once(socket, 'close')
  await new Promise((r) => setImmediate(r))
  const session = connect(t, h2)
  await once(session, 'remoteSettings')
  t.equal(session.remoteSettings.maxConcurrentStreams, 7, 'HTTP2_MAX_CONCURRENT_STREAMS is the SETTINGS_MAX_CONCURRENT_STREAMS sent')
  t.equal((await request(session, '/health')).status, 200, 'served once the other connection closed')

  const perClient = await serve(t, { server: { ...defaultConfig().server, maxConnectionsPerClient: 1 } })
  const first = connect(t, perClient.h2)
  t.equal((await request(first, '/health')).status, 200)
  const second = http2.connect(perClient.h2)
  second.on('error', () => {})
  t.teardown(() => second.destroy())
  await once(second, 'close')
  t.equal(perClient.app.connections.droppedPerClient, 1, "a client's second session is closed")
})

t.test('an HTTP/1.1 request to the h2c port is refused, and the listener goes on', async (t) => {
  const { h2 } = await serve(t)
  const socket = net.connect(Number(new URL(h2).port), '127.0.0.1')
  t.teardown(() => socket.destroy())
  socket.on('error', () => {})
  socket.resume()
  socket.write('GET /health HTTP/1.1\r\nHost: t\r\n\r\n')
  await once(socket, 'close')
  t.equal((await request(connect(t, h2), '/health')).status, 200)
})

t.test('request heads over HTTP/2: a target past MAX_URL_LENGTH is a 414 problem, a header block past MAX_HEADER_BYTES resets the stream', async (t) => {
  const { h2 } = await serve(t)
  const session = connect(t, h2)
  const long = await request(session, `/${'a'.repeat(9000)}`)
  t.equal(long.status, 414)
  t.match(JSON.parse(long.body), { code: 'ERR_URI_TOO_LONG' })
  const big = session.request({ ':path': '/health', 'x-big': 'a'.repeat(20_000) })
  big.on('error', () => {})
  big.resume()
  await new Promise((resolve) => big.on('close', resolve)) // once() would reject on the stream's error
  t.equal(big.rstCode, http2.constants.NGHTTP2_ENHANCE_YOUR_CALM, 'refused by nghttp2 before Node sees a request: no 431 is possible')
  t.equal((await request(session, '/health')).status, 200, 'the session goes on')
})

t.test('a request that does not arrive in REQUEST_TIMEOUT_MS is a 408 problem over HTTP/2', async (t) => {
  const { h2 } = await serve(t, { server: { ...defaultConfig().server, requestTimeoutMs: 1000 } })
  const session = connect(t, h2)
  const stream = session.request({ ':path': '/echo/200', ':method': 'POST', 'content-type': 'text/plain' })
  stream.write('part of a body')
  stream.on('error', () => {})
  const [headers] = (await once(stream, 'response')) as [IncomingHttpHeaders]
  let body = ''
  stream.setEncoding('utf8')
  stream.on('data', (d: string) => (body += d))
  await once(stream, 'close')
  t.equal(headers[':status'], 408)
  t.match(JSON.parse(body), { status: 408, code: 'ERR_REQUEST_TIMEOUT' })
  t.equal((await request(session, '/health')).status, 200, 'the session goes on')
})

t.test('closing the app: a pending delay gets 503, sessions get GOAWAY, nothing outlives close()', async (t) => {
  const app = await buildApp({ config: defaultConfig({ http2Port: 0, ...quiet }), catalog: catalog() })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const session = connect(t, await app.h2c!.listen())
  const goaway = once(session, 'goaway')
  const idle = connect(t, `http://127.0.0.1:${(app.h2c!.server.address() as net.AddressInfo).port}`)
  t.equal((await request(idle, '/health')).status, 200)
  const pending = request(session, '/echo/200?delay=10000')
  // The delay has started once its stream is open on the server.
  while (app.h2c!.sessions() < 2) await new Promise((r) => setTimeout(r, 10))
  await new Promise((r) => setTimeout(r, 100))
  await app.close()
  const answer = await pending
  t.equal(answer.status, 503, 'the delay was cancelled')
  t.equal(answer.headers['retry-after'], '1')
  const [code] = (await goaway) as [number]
  t.equal(code, http2.constants.NGHTTP2_NO_ERROR, 'GOAWAY, no error')
  t.equal(app.h2c!.sessions(), 0, 'no session left')
  t.equal(app.h2c!.server.listening, false, 'not listening')
})

t.test('h2c on an IPv6 address', async (t) => {
  const app = await buildApp({ config: defaultConfig({ http2Port: 0, host: '::1', ...quiet }), catalog: catalog() })
  t.teardown(() => app.close())
  const url = await app.h2c!.listen()
  t.match(url, /^http:\/\/\[::1\]:\d+$/)
  const answer = await request(connect(t, url), '/echo/200')
  t.equal(answer.status, 200)
})

t.test('an app closed without listening on h2c closes', async (t) => {
  const app = await buildApp({ config: defaultConfig({ http2Port: 0, ...quiet }), catalog: catalog() })
  await app.ready()
  await app.close()
  t.equal(app.h2c!.server.listening, false)
})

t.test('curl --http2-prior-knowledge', async (t) => {
  const version = await promisify(execFile)('curl', ['-V']).then(
    (r) => r.stdout,
    () => ''
  )
  if (!/^Features:.*\bHTTP2\b/m.test(version)) {
    t.comment(`skipped: ${version === '' ? 'no curl here' : 'this curl has no HTTP/2 support'}`)
    return
  }
  const { h2 } = await serve(t)
  const curl = (...args: string[]) => promisify(execFile)('curl', ['--http2-prior-knowledge', '-sS', '--max-time', '20', ...args])
  const { stdout, stderr } = await curl('-v', '-o', '/dev/null', `${h2}/echo/103?final=204`)
  t.equal(stdout, '')
  t.match(stderr, /< HTTP\/2 103 ?\r?\n< link: <\/docs\/static\/swagger-ui.css>; rel=preload; as=style[^]*< HTTP\/2 204 ?\r?\n/, 'the 103 and its Link, then the 204')
  const head = await curl('-I', `${h2}/echo/304`)
  t.match(head.stdout, /^HTTP\/2 304 ?\r?\n/, 'curl -I: a 304 with no reason phrase')
  t.notMatch(head.stdout, /content-length/i)
  const codes = await curl('-w', '\n%{http_version} %{http_code}', `${h2}/codes/404`)
  t.match(codes.stdout, /"code":404[^]*\n2 200$/, '/codes/404 over HTTP/2')
})
