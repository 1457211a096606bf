// /echo's faults, slow bodies, reason phrases and base URLs, on the real wire: raw sockets, exact bytes.
import t from 'tap'
import net from 'node:net'
import { gunzipSync, gzipSync } from 'node:zlib'
import { request } from 'undici'
import { build } from './helper.js'
import { defaultConfig } from '../src/config.js'
import { drip, dripPieces } from '../src/echo/drip.js'
import { WaitingRequests, wait } from '../src/echo/slots.js'

const quiet = { pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 } }
const app = await build(t, { echoMaxDelayMs: 2000, echoMaxDelayed: 3, ...quiet })
await app.listen({ port: 0, host: '127.0.0.1' })
const portOf = (server: typeof app) => (server.server.address() as net.AddressInfo).port

interface Exchange {
  /** Every byte the server sent, as latin1 text. */
  text: string
  bytes: Buffer
  /** Set when the connection ended in an error (a reset) rather than a close. */
  error?: string
}

/** Sends raw bytes and reads until the server closes the connection. */
function exchange(bytes: string, port = portOf(app), localAddress = '127.0.0.1'): { socket: net.Socket; done: Promise<Exchange> } {
  const socket = net.connect({ port, host: '127.0.0.1', localAddress }, () => socket.write(bytes))
  const chunks: Buffer[] = []
  let error: string | undefined
  socket.on('data', (d: Buffer) => chunks.push(d))
  socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message))
  const done = new Promise<Exchange>((resolve) =>
    socket.on('close', () => {
      const all = Buffer.concat(chunks)
      resolve({ text: all.toString('latin1'), bytes: all, ...(error === undefined ? {} : { error }) })
    })
  )
  return { socket, done }
}
const get = (path: string, { port = portOf(app), method = 'GET', from = '127.0.0.1' } = {}) =>
  exchange(`${method} ${path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n`, port, from).done
const head = (text: string) => text.slice(0, text.indexOf('\r\n\r\n') + 4)
const contentOf = (text: string) => text.slice(text.indexOf('\r\n\r\n') + 4)
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The head every fault on /echo/200 with body=0123456789 starts with (text/plain: 0123456789 is not JSON, leading zero). */
const TEXT_HEAD = 'HTTP/1.1 200 OK\r\ncache-control: private, no-store\r\netag: W/"siteerror-echo-v1"\r\ncontent-type: text/plain; charset=utf-8\r\naccess-control-allow-origin: *\r\n'

t.test('each fault sends exactly its bytes, then closes the connection', async (t) => {
  const cases: Array<[string, string]> = [
    ['close', ''],
    ['close-after-head', `${TEXT_HEAD}content-length: 10\r\nconnection: close\r\n\r\n`],
    ['close-mid-body', `${TEXT_HEAD}content-length: 10\r\nconnection: close\r\n\r\n01234`],
    ['wrong-length', `${TEXT_HEAD}content-length: 5\r\nconnection: close\r\n\r\n0123456789`],
    ['bad-chunking', `${TEXT_HEAD}transfer-encoding: chunked\r\nconnection: close\r\n\r\n5\r\n01234\r\nzz\r\n`]
  ]
  for (const [fault, expected] of cases) {
    const first = await get(`/echo/200?fault=${fault}&body=0123456789`)
    t.equal(first.text, expected, `fault=${fault}: exactly these bytes`)
    t.equal(first.error, undefined, `fault=${fault}: closed, not reset`)
    t.equal((await get(`/echo/200?fault=${fault}&body=0123456789`)).text, expected, `fault=${fault}: the same bytes again`)
  }
})

t.test('fault=bad-gzip sends half of the gzipped body, which does not decompress', async (t) => {
  const r = await get('/echo/200?fault=bad-gzip&body=0123456789')
  const gzipped = gzipSync(Buffer.from('0123456789'))
  const sent = gzipped.subarray(0, Math.floor(gzipped.length / 2))
  t.equal(head(r.text), `${TEXT_HEAD}content-encoding: gzip\r\ncontent-length: ${sent.length}\r\nconnection: close\r\n\r\n`)
  const content = r.bytes.subarray(head(r.text).length)
  t.same(content, sent, 'the first half of the gzip stream, Content-Length matching it')
  t.throws(() => gunzipSync(content), { code: 'Z_BUF_ERROR' }, 'gunzip fails: unexpected end of file')
})

t.test('fault=bad-json sends the JSON echo body cut by its last byte, whatever Accept and body say', async (t) => {
  for (const path of ['/echo/404?fault=bad-json', '/echo/404?fault=bad-json&body=%7B%7D']) {
    const r = await get(path)
    const content = contentOf(r.text)
    t.equal(
      head(r.text),
      `HTTP/1.1 404 Not Found\r\ncache-control: private, no-store\r\naccess-control-allow-origin: *\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${content.length}\r\nconnection: close\r\n\r\n`,
      `${path}: the head`
    )
    t.throws(() => JSON.parse(content), SyntaxError, `${path}: not JSON`)
    t.match(JSON.parse(`${content}}`), { code: 404, request: { path: '/echo/404' } }, `${path}: the echo body but its closing brace`)
  }
})

t.test('a fault on a 1xx code follows the interim response; HTTP/1.0 gets none', async (t) => {
  const r = await get('/echo/103?fault=close-mid-body&body=abcd')
  t.equal(
    r.text,
    'HTTP/1.1 103 Early Hints\r\nlink: </docs/static/swagger-ui.css>; rel=preload; as=style\r\n\r\n' +
      `${TEXT_HEAD}content-length: 4\r\nconnection: close\r\n\r\nab`
  )
  const old = await exchange('GET /echo/103?fault=close-mid-body&body=abcd HTTP/1.0\r\nHost: t\r\n\r\n').done
  t.equal(old.text, `${TEXT_HEAD}content-length: 4\r\nconnection: close\r\n\r\nab`)
})

t.test('fault=hang sends nothing, then closes', async (t) => {
  const r = await get('/echo/200?fault=hang&delay=100')
  t.same([r.text, r.error], ['', undefined], 'no byte, then a close')
})

t.test('a fault after a pipelined response waits its turn on the connection', async (t) => {
  const r = await exchange(
    'GET /echo/200?delay=300&body=first HTTP/1.1\r\nHost: t\r\n\r\nGET /echo/200?fault=close-after-head&body=0123456789 HTTP/1.1\r\nHost: t\r\n\r\n'
  ).done
  t.match(r.text, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nfirst/, 'the first response, whole')
  t.ok(r.text.endsWith(`\r\n\r\nfirst${TEXT_HEAD}content-length: 10\r\nconnection: close\r\n\r\n`), 'then the fault')
})

t.test('faults, drips and reasons are validated: 400 problems naming the parameter', async (t) => {
  for (const [path, field, detail] of [
    ['/echo/200?fault=nope', '/fault', /fault must be one of close, close-after-head, close-mid-body, wrong-length, bad-chunking, bad-gzip, bad-json, hang/],
    ['/echo/200?fault=close&fault=hang', '/fault', /fault must be string/],
    ['/echo/204?fault=close-mid-body', '/fault', /needs a response with content/],
    ['/echo/304?fault=bad-json', '/fault', /needs a response with content/],
    ['/echo/200?fault=close-mid-body&body=', '/fault', /needs a response with content/],
    ['/echo/200?fault=close&drip=100', '/fault', /cannot be combined/],
    ['/echo/200?drip=20000', '/drip', /at most 10000 milliseconds/],
    ['/echo/200?drip=1e3', '/drip', /plain digits/],
    ['/echo/204?drip=100', '/drip', /needs a response with content/],
    ['/echo/200?dripBytes=10', '/dripBytes', /needs drip/],
    ['/echo/200?drip=100&dripBytes=0', '/dripBytes', /at least 1/],
    ['/echo/200?drip=100&dripBytes=2000000', '/dripBytes', /at most 1048576 bytes/],
    ['/echo/200?reason=', '/reason', /visible ASCII/],
    ['/echo/200?reason=%09tab', '/reason', /visible ASCII/],
    ['/echo/200?reason=caf%C3%A9', '/reason', /visible ASCII/],
    ['/echo/200?reason=a%0D%0ASet-Cookie:%20x=1', '/reason', /visible ASCII/],
    [`/echo/200?reason=${'x'.repeat(65)}`, '/reason', /at most 64 characters/]
  ] as const) {
    const res = await request(`http://127.0.0.1:${portOf(app)}${path}`)
    t.equal(res.statusCode, 400, path)
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
    const body = (await res.body.json()) as { detail: string; errors: Array<{ field: string }> }
    t.match(body, { detail, errors: [{ in: 'querystring', field }] }, `${path}: ${field}`)
  }
  const headFault = await get('/echo/200?fault=close-after-head', { method: 'HEAD' })
  t.match(headFault.text, /^HTTP\/1\.1 400 /, 'HEAD has no content to break')
})

t.test('reason= sets the reason phrase of the final status line only', async (t) => {
  t.match((await get('/echo/404?reason=Not%20Here%20Either')).text, /^HTTP\/1\.1 404 Not Here Either\r\n/)
  t.match((await get(`/echo/200?reason=${encodeURIComponent('~!@#$%^&*()_+ {}|:"<>?')}`)).text, /^HTTP\/1\.1 200 ~!@#\$%\^&\*\(\)_\+ \{\}\|:"<>\?\r\n/, 'every visible ASCII character')
  const interim = await get('/echo/103?final=202&reason=Queued')
  t.match(interim.text, /^HTTP\/1\.1 103 Early Hints\r\n[^]*\r\n\r\nHTTP\/1\.1 202 Queued\r\n/, 'the interim line keeps its name')
  t.match((await get('/echo/503?reason=Down&fault=close-after-head&body=xy')).text, /^HTTP\/1\.1 503 Down\r\n/, 'faults carry it too')
})

t.test('a base URL: every path below /echo/{code}/ answers as /echo/{code}, echoing the full path', async (t) => {
  const origin = `http://127.0.0.1:${portOf(app)}`
  const res = await request(`${origin}/echo/404/any/path/below?x=1`)
  t.equal(res.statusCode, 404)
  t.match(await res.body.json(), { code: 404, request: { path: '/echo/404/any/path/below', query: { x: '1' } } })
  for (const [path, status] of [
    ['/echo/503/', 503],
    ['/echo/503/v1/users/42?page=2&sort=name', 503],
    ['/echo/201/a/b/c?retryAfter=9', 201],
    ['/echo/302/api?location=/echo/204', 302],
    ['/echo/600/x', 400],
    ['/echo/random/x', 400]
  ] as const) {
    const r = await request(`${origin}${path}`, { method: 'POST', body: 'hi' })
    t.equal(r.statusCode, status, path)
    await r.body.dump()
  }
  const below = await request(`${origin}/echo/302/api?location=/echo/204&delay=x`)
  t.equal(below.statusCode, 400, 'our own parameters are still validated below a base URL')
  await below.body.dump()
  const redirect = await request(`${origin}/echo/302/api?location=/echo/204`)
  t.equal(redirect.headers.location, '/echo/204', 'and still apply')
  await redirect.body.dump()
  const random = await request(`${origin}/echo/random?codes=418:1`)
  t.equal(random.statusCode, 418, '/echo/random still wins over /echo/:code')
  await random.body.dump()
  const strict = await request(`${origin}/echo/404?x=1`)
  t.equal(strict.statusCode, 400, '/echo/{code} itself still refuses unknown parameters')
  await strict.body.dump()
})

t.test('drip sends the content in pieces over the duration', async (t) => {
  const r = await get('/echo/200?drip=200&dripBytes=10')
  t.match(head(r.text), /\r\ncontent-type: application\/octet-stream\r\ncontent-length: 10\r\n/)
  t.equal(contentOf(r.text), '**********')
  const echoed = await get('/echo/200?drip=100&body=hello')
  t.match(head(echoed.text), /\r\ncontent-type: text\/plain; charset=utf-8\r\ncontent-length: 5\r\n/)
  t.equal(contentOf(echoed.text), 'hello', 'without dripBytes, the echo content')
  const headOnly = await get('/echo/200?drip=100&dripBytes=10', { method: 'HEAD' })
  t.match(headOnly.text, /\r\ncontent-length: 10\r\n[^]*\r\n\r\n$/, 'HEAD: the headers and no content')
})

t.test('dripPieces and drip: one piece per 50 ms, the first at once, none empty', async (t) => {
  t.equal(dripPieces(10, 200), 5)
  t.equal(dripPieces(3, 10_000), 3, 'at most one piece per byte')
  t.equal(dripPieces(1000, 10), 1, 'a short drip is one piece')
  const pieces: string[] = []
  const stream = drip(Buffer.from('0123456789'), 200, new AbortController().signal)
  for await (const piece of stream) pieces.push(String(piece))
  t.same(pieces, ['01', '23', '45', '67', '89'])
  const controller = new AbortController()
  const cancelled = drip(Buffer.from('0123456789'), 10_000, controller.signal)
  const got: string[] = []
  cancelled.on('data', (d: Buffer) => got.push(String(d)))
  const error = new Promise<Error>((resolve) => cancelled.on('error', resolve))
  controller.abort('shutdown')
  t.match(await error, { message: 'drip cancelled: shutdown' }, 'an abort destroys the stream')
  t.same(got, ['0'], 'after the first piece only')
  const late = new AbortController()
  late.abort('gone')
  const never = drip(Buffer.from('01'), 100, late.signal)
  t.match(await new Promise((resolve) => never.on('error', resolve)), { message: 'drip cancelled: gone' }, 'an aborted signal: nothing sent')
})

t.test('WaitingRequests: caps in all and per client, slots given back once', async (t) => {
  const waiting = new WaitingRequests(2, 1)
  const socket = new net.Socket()
  const a = waiting.take('a', socket)
  t.throws(() => waiting.take('a', socket), { message: /at most 1 delayed/ })
  const b = waiting.take('b', socket)
  t.throws(() => waiting.take('c', socket), { message: /Too many delayed requests are waiting \(2\)/ })
  a.release()
  a.release()
  t.same([waiting.size, waiting.clients], [1, 1], 'a second release changes nothing')
  waiting.shutdown()
  t.equal(b.signal.reason, 'shutdown')
  t.equal(await wait(1000, b.signal), 'shutdown', 'wait ends at once on an aborted signal')
  b.release()
  t.same([waiting.size, waiting.clients], [0, 0])
})

t.test('hangs and drips hold delayed slots: per client 429, in all 503, given back when the client leaves', async (t) => {
  const other = await build(t, { echoMaxDelayMs: 60_000, echoMaxDripMs: 60_000, echoMaxDelayed: 3, echoMaxDelayedPerClient: 2, ...quiet })
  await other.listen({ port: 0, host: '127.0.0.1' })
  const port = portOf(other)
  const send = (path: string, from: string) => exchange(`GET ${path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n`, port, from)
  const held = [send('/echo/200?fault=hang&delay=60000', '127.0.0.1'), send('/echo/200?drip=60000&dripBytes=100', '127.0.0.1')]
  await tick(300)
  for (const path of ['/echo/200?fault=close', '/echo/200?drip=10&body=x', '/echo/200?fault=hang&delay=10']) {
    const third = await get(path, { port })
    t.match(third.text, /^HTTP\/1\.1 429 [^]*at most 2 delayed requests waiting at once/, `${path}: a third from the same client is a 429`)
  }
  const fourth = send('/echo/200?fault=hang&delay=60000', '127.0.0.2')
  await tick(200)
  t.match((await get('/echo/200?fault=close', { port, from: '127.0.0.3' })).text, /^HTTP\/1\.1 503 [^]*Too many delayed requests are waiting \(3\)/, 'over the cap in all: 503')
  t.match((await get('/echo/200', { port })).text, /^HTTP\/1\.1 200 /, 'a request without a delay is still served')
  for (const h of [...held, fourth]) h.socket.destroy()
  await Promise.all([...held, fourth].map((h) => h.done))
  await tick(100)
  // Both of the client's slots are free again: two hangs at once are both accepted (a refusal would send a 429).
  const again = await Promise.all([get('/echo/200?fault=hang&delay=1000', { port }), get('/echo/200?fault=hang&delay=1000', { port })])
  t.same(again.map((r) => r.text), ['', ''], 'the slots came back when their clients left')
  t.match((await get('/echo/200?drip=10&body=x', { port })).text, /\r\n\r\nx$/)
})

t.test('faults and drips spend the delayed allowance', async (t) => {
  const other = await build(t, { echoDelayRatePerMin: 2, ...quiet })
  await other.listen({ port: 0, host: '127.0.0.1' })
  const port = portOf(other)
  t.equal((await get('/echo/200?fault=close', { port })).text, '')
  t.match((await get('/echo/200?drip=10&body=x', { port })).text, /^HTTP\/1\.1 200 [^]*\r\nratelimit-remaining: 0\r\n/)
  t.match((await get('/echo/200?fault=close', { port })).text, /^HTTP\/1\.1 429 [^]*Delayed \/echo is limited to 2 per minute/, 'the third is refused')
})

t.test('app.close() ends hangs and drips at once: nothing outlives shutdown', async (t) => {
  const other = await build(t, { echoMaxDelayMs: 60_000, echoMaxDripMs: 60_000, ...quiet })
  await other.listen({ port: 0, host: '127.0.0.1' })
  const port = portOf(other)
  const send = (path: string) => exchange(`GET ${path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n`, port)
  const hung = send('/echo/200?fault=hang&delay=60000')
  const dripping = send('/echo/200?drip=60000&dripBytes=1000')
  const delayedFault = send('/echo/200?delay=60000&fault=close-mid-body&body=0123')
  await tick(300)
  await other.close()
  const [h, d, f] = await Promise.all([hung.done, dripping.done, delayedFault.done])
  t.equal(h.text, '', 'the hang: closed without a byte')
  t.match(d.text, /\r\ncontent-length: 1000\r\n[^]*\r\n\r\n\*+$/, 'the drip: its headers and first pieces, then closed')
  t.ok(contentOf(d.text).length < 1000, 'the drip was cut short')
  t.match(f.text, /^HTTP\/1\.1 503 [^]*shutting down/, 'a fault still waiting on its delay: the 503 a delay gets')
})

t.test('a slot taken for a socket already closed is aborted at once', async (t) => {
  const waiting = new WaitingRequests(1, 1)
  const socket = new net.Socket()
  socket.destroy()
  const slot = waiting.take('a', socket)
  t.equal(slot.signal.reason, 'gone')
  slot.release()
  t.equal(waiting.size, 0)
})

t.test('one close listener per socket however many of its requests wait; its close aborts them all', async (t) => {
  const waiting = new WaitingRequests(50, 50)
  const socket = new net.Socket()
  const before = socket.listenerCount('close')
  const slots = Array.from({ length: 20 }, () => waiting.take('a', socket))
  t.equal(socket.listenerCount('close'), before + 1, 'twenty pipelined waits, one listener (Node warns past ten)')
  slots[0]!.release()
  socket.emit('close')
  t.same(slots.map((s) => s.signal.reason), [undefined, ...Array(19).fill('gone')], 'a slot given back stays untouched; the rest end as gone')
  for (const s of slots) s.release()
  t.same([waiting.size, waiting.clients], [0, 0])
})
