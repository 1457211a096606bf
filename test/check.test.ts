// GET/POST /check against local upstreams only. Fixture upstreams listen on 127.0.0.2 (exempted
// through CHECK_ALLOW_ADDRESSES); canary listeners on 127.0.0.1 and ::1, on the same ports, count
// every connection the guard should have prevented. Every SSRF test ends by asserting the canaries
// saw nothing.
//
// How the tests were checked against a disabled guard: with `allows()` in src/check/policy.ts made
// to return true, the tests 'loopback spellings', 'names that resolve to loopback', 'DNS rebinding',
// 'the connector refuses IP literals' and 'redirects to loopback' fail (canary connections and
// 200 reports instead of 403s and DESTINATION_NOT_ALLOWED). Only loopback addresses were used for
// that run: private-range literals are tested in the policy unit tests, which open no connection.
import t, { type Test } from 'tap'
import http from 'node:http'
import net from 'node:net'
import { once } from 'node:events'
import type { Config } from '../src/config.js'
import { addressPolicy } from '../src/check/policy.js'
import { parseTarget } from '../src/check/target.js'
import { runCheck, classify, type Resolver } from '../src/check/checker.js'
import { answerCommon, checkApp, listen } from './check-helper.js'

// ---------- upstreams ----------

const seen: Array<{ url: string; method: string; headers: http.IncomingHttpHeaders }> = []
const held = { now: 0, max: 0 }
const waits: http.IncomingMessage[] = []
const fixture = http.createServer((req, res) => {
  seen.push({ url: req.url!, method: req.method!, headers: req.headers })
  if (answerCommon(req, res)) return
  const path = new URL(req.url!, 'http://x').pathname
  if (path === '/head405') {
    if (req.method === 'HEAD') return res.writeHead(405, { allow: 'GET' }).end()
    return res.end('fine')
  }
  if (path === '/loop') return res.writeHead(302, { location: '/loop2' }).end()
  if (path === '/loop2') return res.writeHead(307, { location: 'http://fixture.test:' + port + '/loop' }).end()
  if (path === '/slow') return void setTimeout(() => res.end('slow'), 300)
  if (path === '/big-body') {
    res.writeHead(200, { 'content-type': 'application/octet-stream' })
    const chunk = Buffer.alloc(64 * 1024)
    let sent = 0
    const pump = () => {
      while (sent < 50 * 1024 * 1024 && res.write(chunk)) sent += chunk.length
      if (sent < 50 * 1024 * 1024 && !res.destroyed) res.once('drain', pump)
      else res.end()
    }
    return pump()
  }
  // Counts the checks that hold an upstream request at once.
  if (path === '/held') {
    held.now++
    held.max = Math.max(held.max, held.now)
    return void setTimeout(() => {
      held.now--
      res.end('held')
    }, 200)
  }
  if (path === '/waits') {
    waits.push(req)
    return // never answers
  }
  // A chain whose every hop refuses HEAD.
  const noHead = /^\/h405\/(\d+)$/.exec(path)
  if (noHead) {
    if (req.method === 'HEAD') return res.writeHead(405, { allow: 'GET' }).end()
    const n = Number(noHead[1])
    return n === 0 ? res.end('end') : res.writeHead(301, { location: `/h405/${n - 1}` }).end()
  }
  res.writeHead(404).end()
})

/** A raw TCP upstream for what http.Server will not send: dripped and malformed responses. */
const raw = net.createServer((socket) => {
  socket.once('data', (data) => {
    const line = data.toString('latin1').split('\r\n')[0] ?? ''
    if (line.includes('/malformed')) socket.end('HELLO THERE\r\n\r\n')
    else if (line.includes('/drip')) {
      socket.write('HTTP/1.1 200 OK\r\n')
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write('X')), 200)
      socket.on('close', () => clearInterval(timer))
    }
  })
  socket.on('error', () => {})
})

let port = 0
let rawPort = 0
let closedPort = 0
const canaryHits = { count: 0 }
const canaries: net.Server[] = []

port = await listen(fixture, '127.0.0.2', 0)
rawPort = await listen(raw, '127.0.0.2', 0)
const spare = net.createServer()
closedPort = await listen(spare, '127.0.0.2', 0)
spare.close()
for (const p of [port, rawPort, closedPort]) {
  for (const host of ['127.0.0.1', '::1']) {
    const canary = net.createServer((s) => {
      canaryHits.count++
      s.destroy()
    })
    await listen(canary, host, p)
    canaries.push(canary)
  }
}
t.teardown(() => {
  fixture.closeAllConnections()
  for (const s of [fixture, raw, ...canaries]) s.close()
})

// ---------- the app ----------

const names: Record<string, string[]> = {
  'fixture.test': ['127.0.0.2'],
  'loopback.test': ['127.0.0.1'],
  'v6loop.test': ['::1'],
  'mapped.test': ['::ffff:127.0.0.1'],
  'mixed.test': ['127.0.0.2', '127.0.0.1'],
  localhost: ['127.0.0.1', '::1']
}
let rebinds = 0
const resolver: Resolver = async (hostname) => {
  if (hostname === 'rebind.test') return [{ address: rebinds++ === 0 ? '127.0.0.2' : '127.0.0.1', family: 4 }]
  const addresses = names[hostname.replace(/\.$/, '')]
  if (addresses === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
  return addresses.map((address) => ({ address, family: net.isIP(address) as 4 | 6 }))
}

const app = (t: Test, check: Partial<Config['check']> = {}) => checkApp(t, { ports: [port, rawPort, closedPort], resolver, check })

const main = await app(t)
const fx = (path: string, host = 'fixture.test') => `http://${host}:${port}${path}`
const checkUrl = async (url: string, extra = '') => {
  const res = await main.inject(`/check?url=${encodeURIComponent(url)}${extra}`)
  return { res, body: JSON.parse(res.body) as Record<string, any> }
}
// Each test counts its own canary connections.
t.beforeEach(() => {
  canaryHits.count = 0
})
function noCanary(t: Test) {
  t.equal(canaryHits.count, 0, 'no connection reached a canary')
}

// ---------- reports ----------

t.test('a plain check reports the status, its name and the hop', async (t) => {
  const { res, body } = await checkUrl(fx('/ok'))
  t.equal(res.statusCode, 200)
  t.equal(res.headers['cache-control'], 'no-store')
  t.match(body, {
    url: fx('/ok'),
    finalUrl: fx('/ok'),
    status: 200,
    name: 'OK',
    ok: true,
    cached: false,
    error: null,
    checkedAt: /^\d{4}-\d\d-\d\dT/,
    hops: [{ url: fx('/ok'), method: 'HEAD', status: 200, name: 'OK', location: null, remoteFamily: 'IPv4', httpVersion: '1.1' }]
  })
  t.equal(body.hops.length, 1)
  const teapot = await checkUrl(fx('/teapot'), '&method=GET')
  t.match(teapot.body, { status: 418, name: '(Unused)', ok: false, error: null, hops: [{ method: 'GET' }] })
})

t.test('redirects are followed hop by hop, or not at all with follow=false', async (t) => {
  const { body } = await checkUrl(fx('/r/3'))
  t.same(body.hops.map((h: any) => [h.status, new URL(h.url).pathname, h.location]), [
    [301, '/r/3', '/r/2'],
    [301, '/r/2', '/r/1'],
    [301, '/r/1', '/r/0'],
    [200, '/r/0', null]
  ])
  t.match(body, { finalUrl: fx('/r/0'), status: 200, ok: true, error: null })
  const once_ = await checkUrl(fx('/r/3'), '&follow=false')
  t.match(once_.body, { status: 301, ok: true, hops: [{ status: 301 }], error: null })
  t.equal(once_.body.hops.length, 1)
})

t.test('HEAD falls back to GET on 405', async (t) => {
  const before = seen.length
  const { body } = await checkUrl(fx('/head405'))
  t.match(body, { status: 200, hops: [{ method: 'GET', status: 200 }] })
  t.same(seen.slice(before).map((s) => s.method), ['HEAD', 'GET'])
})

t.test('a fixed User-Agent, and nothing of the client is forwarded', async (t) => {
  const before = seen.length
  await main.inject({ url: `/check?url=${encodeURIComponent(fx('/ok'))}`, headers: { cookie: 'session=secret', authorization: 'Bearer secret', 'x-forwarded-for': '1.2.3.4' } })
  const upstream = seen.slice(before)[0]!
  t.equal(upstream.headers['user-agent'], 'SiteErrorAPI-Checker/0.1.0')
  t.notOk(upstream.headers.cookie)
  t.notOk(upstream.headers.authorization)
  t.notOk(upstream.headers['x-forwarded-for'])
})

t.test('the body is never read', async (t) => {
  const start = Date.now()
  const { body } = await checkUrl(fx('/big-body'), '&method=GET')
  t.match(body, { status: 200, error: null })
  t.ok(Date.now() - start < 2000, 'a 50 MB body did not hold the check')
})

t.test('upstream trouble is reported in error, never as our 500', async (t) => {
  const cases: Array<[string, string, number]> = [
    [fx('/loop'), 'REDIRECT_LOOP', 2],
    [fx('/two'), 'INVALID_REDIRECT', 1],
    [fx(`/to?loc=${encodeURIComponent('ftp://example.com/')}`), 'INVALID_REDIRECT', 1],
    [fx(`/to?loc=${encodeURIComponent('http://[bad')}`), 'INVALID_REDIRECT', 1],
    [fx('/hang'), 'TIMEOUT', 0],
    [`http://fixture.test:${rawPort}/drip`, 'TIMEOUT', 0],
    [`http://fixture.test:${rawPort}/malformed`, 'PROTOCOL_ERROR', 0],
    [fx('/big-headers'), 'RESPONSE_HEADERS_TOO_LARGE', 0],
    [`http://fixture.test:${closedPort}/`, 'CONNECTION_REFUSED', 0],
    [`http://nowhere.test:${port}/`, 'DNS_ERROR', 0]
  ]
  for (const [url, code, hop] of cases) {
    const { res, body } = await checkUrl(url)
    t.equal(res.statusCode, 200, `${code}: a 200 report`)
    t.match(body.error, { code, hop, message: String }, `${url} -> ${code}`)
    t.equal(body.ok, false)
    t.equal(body.hops.length, hop, `${code}: the hops before it`)
  }
  const limited = await checkUrl(fx('/r/5'), '&maxRedirects=2')
  t.match(limited.body.error, { code: 'TOO_MANY_REDIRECTS', hop: 3 })
  t.equal(limited.body.hops.length, 3)
  const zero = await checkUrl(fx('/r/1'), '&maxRedirects=0')
  t.match(zero.body.error, { code: 'TOO_MANY_REDIRECTS' })
  noCanary(t)
})

t.test('one deadline covers the whole chain', async (t) => {
  const quick = await app(t, { timeoutMs: 200, headersTimeoutMs: 5000 })
  const start = Date.now()
  const res = await quick.inject(`/check?url=${encodeURIComponent(fx('/hang'))}`)
  t.match(JSON.parse(res.body).error, { code: 'TIMEOUT' })
  t.ok(Date.now() - start < 1500, 'stopped at the deadline')
})

// ---------- input ----------

t.test('bad input is a 400 problem with a code', async (t) => {
  const cases: Array<[string, string]> = [
    ['not a url', 'INVALID_URL'],
    ['http://', 'INVALID_URL'],
    ['', 'INVALID_URL'],
    [`http://example.com/${'a'.repeat(2050)}`, 'INVALID_URL'],
    ['ftp://example.com/', 'UNSUPPORTED_SCHEME'],
    ['file:///etc/passwd', 'UNSUPPORTED_SCHEME'],
    ['javascript:alert(1)', 'UNSUPPORTED_SCHEME'],
    ['gopher://127.0.0.1:70/', 'UNSUPPORTED_SCHEME'],
    [`http://user:pass@fixture.test:${port}/`, 'CREDENTIALS_NOT_ALLOWED'],
    [`http://fixture.test:${port}@127.0.0.1:${port}/`, 'CREDENTIALS_NOT_ALLOWED'],
    ['http://fixture.test:22/', 'PORT_NOT_ALLOWED'],
    ['http://fixture.test/', 'PORT_NOT_ALLOWED']
  ]
  for (const [url, code] of cases) {
    const { res, body } = await checkUrl(url)
    t.equal(res.statusCode, 400, `${url.slice(0, 40)}: 400`)
    t.equal(body.code, code, `${url.slice(0, 40)}: ${code}`)
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
  }
  for (const query of ['', '?url=http://x.test/&method=POST', '?url=http://x.test/&follow=yes', '?url=http://x.test/&maxRedirects=21', '?url=http://x.test/&maxRedirects=-1', '?url=http://x.test/&extra=1']) {
    const res = await main.inject(`/check${query}`)
    t.equal(res.statusCode, 400, `/check${query}`)
  }
  noCanary(t)
})

// ---------- SSRF ----------

t.test('loopback spellings are refused with 403 before any connection', async (t) => {
  const spellings = [
    `http://127.0.0.1:${port}/`,
    `http://2130706433:${port}/`,
    `http://0x7f000001:${port}/`,
    `http://017700000001:${port}/`,
    `http://0177.0.0.1:${port}/`,
    `http://0x7f.0.0.1:${port}/`,
    `http://127.1:${port}/`,
    `http://127.0.1:${port}/`,
    `http://0x7f.1:${port}/`,
    `http://127.0.0.1.:${port}/`,
    `http://127.000.000.001:${port}/`,
    `http://[::1]:${port}/`,
    `http://[0:0:0:0:0:0:0:1]:${port}/`,
    `http://[::ffff:127.0.0.1]:${port}/`,
    `http://[::ffff:7f00:1]:${port}/`,
    `http://[0:0:0:0:0:ffff:127.0.0.1]:${port}/`,
    `http://[::127.0.0.1]:${port}/`,
    `http://[64:ff9b::127.0.0.1]:${port}/`,
    `http://[64:ff9b:1::7f00:1]:${port}/`,
    `http://[2002:7f00:1::]:${port}/`,
    `http://[2001:0:4136:e378:8000:63bf:80ff:fffe]:${port}/`,
    `http://0.0.0.0:${port}/`,
    `http://0:${port}/`,
    `http:\\\\127.0.0.1:${port}\\`,
    `http://127.0.0.1:${port}#@fixture.test:${port}/`,
    `HTTP://127.0.0.1:${port}/`,
    `http://%31%32%37.0.0.1:${port}/`
  ]
  for (const url of spellings) {
    const { res, body } = await checkUrl(url)
    t.equal(res.statusCode, 403, `${url}: 403`)
    t.equal(body.code, 'DESTINATION_NOT_ALLOWED', url)
    t.notMatch(body.detail, /127\.0\.0\.1|::1|7f00|0x7f/, `${url}: the detail does not repeat the address`)
  }
  noCanary(t)
})

t.test('names that resolve to loopback, or to a mix, are refused with 403', async (t) => {
  for (const host of ['loopback.test', 'v6loop.test', 'mapped.test', 'mixed.test', 'localhost', 'localhost.', 'LOCALHOST']) {
    const { res, body } = await checkUrl(`http://${host}:${port}/ok`)
    t.equal(res.statusCode, 403, `${host}: 403`)
    t.equal(body.code, 'DESTINATION_NOT_ALLOWED')
    t.notMatch(res.body, /127\.0\.0\.1|::1/, `${host}: the resolved address is not revealed`)
  }
  noCanary(t)
})

t.test('redirects to loopback, in any spelling, stop with DESTINATION_NOT_ALLOWED', async (t) => {
  for (const target of [`http://127.0.0.1:${port}/ok`, `http://2130706433:${port}/ok`, `http://[::ffff:127.0.0.1]:${port}/ok`, `http://loopback.test:${port}/ok`, `http://localhost:${port}/ok`, `http://fixture.test:22/`, `http://u:p@fixture.test:${port}/ok`]) {
    const { res, body } = await checkUrl(fx(`/to?loc=${encodeURIComponent(target)}`))
    t.equal(res.statusCode, 200, `${target}: a report`)
    t.match(body.error, { code: 'DESTINATION_NOT_ALLOWED', hop: 1 }, target)
    t.equal(body.hops.length, 1, 'with the hop before it')
    t.equal(body.hops[0].status, 302)
  }
  noCanary(t)
})

t.test('DNS rebinding: a name that resolves publicly first and to loopback next is refused at connect time', async (t) => {
  rebinds = 0
  const { body } = await checkUrl(`http://rebind.test:${port}/to?loc=${encodeURIComponent(`http://rebind.test:${port}/ok`)}`)
  t.equal(body.hops.length, 1, 'the first hop went to the allowed address')
  t.match(body.error, { code: 'DESTINATION_NOT_ALLOWED', hop: 1 })
  noCanary(t)
})

t.test('the connector refuses IP literals even when validation is bypassed', async (t) => {
  const rules = { policy: addressPolicy(['127.0.0.2']), ports: new Set([port]) }
  const config = { rules, resolver, connectTimeoutMs: 500, headersTimeoutMs: 500, totalTimeoutMs: 2000, maxHeaderBytes: 16384, userAgent: 'test', nameOf: () => null }
  for (const url of [`http://127.0.0.1:${port}/`, `http://[::1]:${port}/`]) {
    const report = await runCheck(new URL(url), { method: 'HEAD', follow: true, maxRedirects: 5 }, config)
    t.match(report.error, { code: 'DESTINATION_NOT_ALLOWED', hop: 0 }, url)
  }
  noCanary(t)
})

t.test('the address policy allows only global unicast', async (t) => {
  const policy = addressPolicy()
  const denied = [
    '127.0.0.1', '127.255.255.254', '0.0.0.0', '0.1.2.3', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '100.127.255.255', '192.0.2.1', '198.51.100.1', '203.0.113.9', '198.18.0.1', '198.19.255.255', '224.0.0.1', '239.255.255.250',
    '255.255.255.255', '240.0.0.1', '192.0.0.8', '::', '::1', 'fe80::1', 'fc00::1', 'fd00:ec2::254', 'fec0::1', 'ff02::1', '2001:db8::1',
    '::ffff:10.0.0.1', '::ffff:169.254.169.254', '64:ff9b::a9fe:a9fe', '64:ff9b::10.0.0.1', '2002:a00:1::', '2002:c0a8:101::', '::10.0.0.1',
    '2001:0:4136:e378:8000:63bf:f5ff:fffe', 'not-an-ip', '', '1.2.3'
  ]
  for (const ip of denied) t.notOk(policy.allows(ip), `${ip} denied`)
  const allowed = ['8.8.8.8', '1.1.1.1', '93.184.216.34', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::808:808', '2002:808:808::', '[2606:4700::1]']
  for (const ip of allowed) t.ok(policy.allows(ip), `${ip} allowed`)
  const exempt = addressPolicy(['127.0.0.2', '10.1.0.0/16', 'fd00::/8'])
  t.ok(exempt.allows('127.0.0.2'))
  t.ok(exempt.allows('::ffff:127.0.0.2'), 'a mapped form of an exemption')
  t.ok(exempt.allows('10.1.2.3'))
  t.ok(exempt.allows('fd00::5'))
  t.notOk(exempt.allows('127.0.0.1'))
  t.notOk(exempt.allows('10.2.0.1'))
  // Local-use NAT64 (RFC 8215): the operator's own translator, whatever the last 32 bits say.
  for (const ip of ['64:ff9b:1:a9fe:a9:fe00:808:808', '64:ff9b:1::808:808', '64:ff9b:1::a9fe:a9fe', '64:ff9b:1:ffff:ffff:ffff:ffff:ffff']) {
    t.notOk(policy.allows(ip), `${ip} (local-use NAT64) denied`)
  }
  t.ok(addressPolicy(['64:ff9b:1::/48']).allows('64:ff9b:1::808:808'), 'unless CHECK_ALLOW_ADDRESSES names it')
})

t.test('parseTarget refuses private literals of every range without connecting', async (t) => {
  const rules = { policy: addressPolicy(), ports: new Set([80, 443]) }
  for (const url of ['http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/', 'http://[fd00:ec2::254]/', 'http://100.64.0.1/', 'http://192.168.0.1/', 'http://[fe80::1]/', 'http://0x0a000001/', 'http://[::ffff:a9fe:a9fe]/', 'https://0251.0376.0251.0376/']) {
    t.throws(() => parseTarget(url, rules), { name: 'TargetError', code: 'DESTINATION_NOT_ALLOWED' }, url)
  }
  t.equal(parseTarget('HTTPS://Example.COM./a b', rules).href, 'https://example.com./a%20b', 'one WHATWG parse, used as is')
})

t.test('classify maps connection errors to report codes', async (t) => {
  t.equal(classify(Object.assign(new Error('x'), { code: 'CERT_HAS_EXPIRED' })), 'TLS_ERROR')
  t.equal(classify(Object.assign(new Error('x'), { code: 'ERR_TLS_CERT_ALTNAME_INVALID' })), 'TLS_ERROR')
  t.equal(classify(new Error('wrapped', { cause: Object.assign(new Error('x'), { code: 'ETIMEDOUT' }) })), 'TIMEOUT')
  t.equal(classify(Object.assign(new Error('x'), { code: 'EAI_AGAIN' })), 'DNS_ERROR')
  t.equal(classify(new Error('mystery')), 'PROTOCOL_ERROR')
  t.equal(classify(Object.assign(new Error('connect ENETUNREACH 2001:db8::1:80'), { code: 'ENETUNREACH' })), 'NETWORK_UNREACHABLE')
  t.equal(classify(new Error('fetch failed', { cause: Object.assign(new Error('x'), { code: 'EHOSTUNREACH' }) })), 'NETWORK_UNREACHABLE')
})

// ---------- bounds ----------

t.test('identical checks within the TTL reach the upstream once', async (t) => {
  const cached = await app(t, { cacheTtlMs: 60_000 })
  const before = seen.length
  const url = `/check?url=${encodeURIComponent(fx('/ok?cache'))}`
  const [a, b] = await Promise.all([cached.inject(url), cached.inject(url)])
  const c = await cached.inject(url)
  t.equal(seen.slice(before).length, 1, 'one upstream request')
  t.same([a, b, c].map((r) => JSON.parse(r.body).cached).sort(), [false, true, true])
  const other = await cached.inject(`${url}&method=GET`)
  t.equal(JSON.parse(other.body).cached, false, 'a different method is a different check')
})

t.test('concurrent checks are capped with 503 and Retry-After', async (t) => {
  const capped = await app(t, { maxConcurrent: 1 })
  const slow = capped.inject(`/check?url=${encodeURIComponent(fx('/slow'))}`)
  await new Promise((r) => setTimeout(r, 50))
  const over = await capped.inject(`/check?url=${encodeURIComponent(fx('/ok'))}`)
  t.equal(over.statusCode, 503)
  t.equal(over.headers['retry-after'], '1')
  t.equal(JSON.parse(over.body).code, 'ERR_UNAVAILABLE')
  t.equal((await slow).statusCode, 200)
})

t.test('/check has its own stricter rate limit, counting every URL', async (t) => {
  const limited = await app(t, { ratePerMinute: 3 })
  const url = `/check?url=${encodeURIComponent(fx('/ok'))}`
  const first = await limited.inject(url)
  t.match(first.headers, { 'ratelimit-limit': '3', 'ratelimit-remaining': '2' })
  const batch = await limited.inject({ method: 'POST', url: '/check', payload: { urls: [fx('/ok'), fx('/r/0')] } })
  t.equal(batch.statusCode, 200)
  t.equal(batch.headers['ratelimit-remaining'], '0', 'two URLs spent two')
  const over = await limited.inject(url)
  t.equal(over.statusCode, 429)
  t.ok(Number(over.headers['retry-after']) > 0, 'Retry-After')
  t.equal(JSON.parse(over.body).code, 'ERR_RATE_LIMITED')
})

t.test('POST /check takes only JSON: every other media type is a 415', async (t) => {
  for (const [type, payload] of [['text/plain', 'https://example.com/'], ['application/xml', '<urls/>'], ['application/x-www-form-urlencoded', 'urls=x'], ['text/plain; charset=utf-8', '{"urls":["https://example.com/"]}']]) {
    const res = await main.inject({ method: 'POST', url: '/check', headers: { 'content-type': type! }, payload })
    t.equal(res.statusCode, 415, `${type}: 415`)
    t.equal(JSON.parse(res.body).code, 'ERR_UNSUPPORTED_MEDIA_TYPE')
  }
})

t.test('POST /check checks several URLs in order', async (t) => {
  const urls = [fx('/ok'), fx('/r/1'), `http://127.0.0.1:${port}/`, `http://loopback.test:${port}/`, fx('/teapot')]
  const res = await main.inject({ method: 'POST', url: '/check', payload: { urls, method: 'GET' } })
  t.equal(res.statusCode, 200)
  const body = JSON.parse(res.body)
  t.equal(body.count, 5)
  t.same(body.reports.map((r: any) => [r.status, r.error?.code ?? null]), [
    [200, null],
    [200, null],
    [null, 'DESTINATION_NOT_ALLOWED'],
    [null, 'DESTINATION_NOT_ALLOWED'],
    [418, null]
  ])
  const tooMany = await main.inject({ method: 'POST', url: '/check', payload: { urls: Array.from({ length: 21 }, () => fx('/ok')) } })
  t.equal(tooMany.statusCode, 400)
  const bad = await main.inject({ method: 'POST', url: '/check', payload: { urls: [fx('/ok'), 'ftp://x/'] } })
  t.equal(bad.statusCode, 400)
  t.match(JSON.parse(bad.body), { code: 'UNSUPPORTED_SCHEME', detail: /^urls\/1: / })
  const empty = await main.inject({ method: 'POST', url: '/check', payload: { urls: [] } })
  t.equal(empty.statusCode, 400)
  noCanary(t)
})

t.test('one client holds at most CHECK_MAX_CONCURRENT_PER_CLIENT check slots', async (t) => {
  const capped = await app(t, { maxConcurrentPerClient: 1 })
  const check = (path: string, remoteAddress = '192.0.2.1') => capped.inject({ url: `/check?url=${encodeURIComponent(fx(path))}`, remoteAddress })
  const slow = check('/slow?one')
  await new Promise((r) => setTimeout(r, 50))
  const over = await check('/ok?two')
  t.equal(over.statusCode, 429)
  t.equal(over.headers['retry-after'], '1')
  t.match(JSON.parse(over.body), { code: 'ERR_RATE_LIMITED', detail: 'A client may have 1 checks running at once; wait for one to finish.' })
  t.equal((await check('/ok?three', '192.0.2.2')).statusCode, 200, 'another client is served')
  t.equal((await slow).statusCode, 200)
  t.equal((await check('/ok?four')).statusCode, 200, 'the slot is free again')
})

t.test("a POST's URLs share the client's slots", async (t) => {
  const capped = await app(t, { maxConcurrentPerClient: 2 })
  held.max = 0
  const urls = [1, 2, 3, 4, 5].map((n) => fx(`/held?n=${n}`))
  const res = await capped.inject({ method: 'POST', url: '/check', payload: { urls } })
  t.equal(res.statusCode, 200)
  t.same(JSON.parse(res.body).reports.map((r: any) => r.url), urls, 'reports in order')
  t.equal(held.max, 2, 'two at a time, not four')
})

t.test('a check is abandoned when its client hangs up', { timeout: 30_000 }, async (t) => {
  const patient = await app(t, { headersTimeoutMs: 60_000, timeoutMs: 60_000 })
  await patient.listen({ port: 0, host: '127.0.0.1' })
  const ours = (patient.server.address() as net.AddressInfo).port
  const client = net.connect(ours, '127.0.0.1')
  client.on('error', () => {})
  client.write(`GET /check?url=${encodeURIComponent(fx('/waits'))} HTTP/1.1\r\nHost: t\r\n\r\n`)
  while (waits.length === 0) await new Promise((r) => setTimeout(r, 20))
  const upstream = waits.shift()!
  const upstreamClosed = once(upstream.socket, 'close')
  client.destroy()
  await upstreamClosed
  t.pass('the upstream request was dropped with the client, not at the 60 s deadline')
})

t.test('every upstream request spends the allowance, and a refused HEAD is not asked again', async (t) => {
  const limited = await app(t, { ratePerMinute: 5, maxRedirects: 20 })
  const long = await limited.inject(`/check?url=${encodeURIComponent(fx('/r/10'))}&maxRedirects=20`)
  t.equal(long.statusCode, 200)
  const report = JSON.parse(long.body)
  t.equal(report.hops.length, 5, 'five upstream requests for five units')
  t.match(report.error, { code: 'RATE_LIMITED', hop: 5 })
  t.equal((await limited.inject(`/check?url=${encodeURIComponent(fx('/ok'))}`)).statusCode, 429, 'the allowance is spent')

  const before = seen.length
  const noHead = await main.inject(`/check?url=${encodeURIComponent(fx('/h405/3'))}`)
  t.same(JSON.parse(noHead.body).hops.map((h: any) => h.method), ['GET', 'GET', 'GET', 'GET'])
  t.same(seen.slice(before).map((s) => s.method), ['HEAD', 'GET', 'GET', 'GET', 'GET'], 'HEAD once, then GET for the rest of the chain')
})

t.test('the report cache is bounded by bytes', async (t) => {
  const cached = await app(t, { cacheTtlMs: 60_000, cacheMaxBytes: 700 })
  const check = async (path: string) => JSON.parse((await cached.inject(`/check?url=${encodeURIComponent(fx(path))}`)).body).cached as boolean
  t.equal(await check('/ok?bytes-a'), false)
  t.equal(await check('/ok?bytes-a'), true, 'one report fits')
  t.equal(await check('/ok?bytes-b'), false)
  t.equal(await check('/ok?bytes-b'), true)
  t.equal(await check('/ok?bytes-a'), false, 'two do not: the older went')
})
