import t, { type Test } from 'tap'
import { Value } from '@sinclair/typebox/value'
import { build, catalog } from './helper.js'
import { buildApp } from '../src/app.js'
import { defaultConfig } from '../src/config.js'
import { CodeRecordSchema, CodeSummarySchema } from '../src/schemas/code.js'
import { CategorySchema } from '../src/schemas/category.js'
import { ProblemSchema } from '../src/schemas/problem.js'
import pino from 'pino'
import net, { type AddressInfo } from 'node:net'
import { tenthsText } from '../src/logging.js'
import { jsonString } from '../src/json.js'

// Event-loop delay on a busy test machine must not turn the answers into load-shedding 503s.
const app = await build(t, { pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 } })
const json = (body: string) => JSON.parse(body) as Record<string, any>

/** Asserts a response is an RFC 9457 problem with the given status and code. */
function isProblem(t: Test, res: Awaited<ReturnType<typeof app.inject>>, status: number, code: string) {
  t.equal(res.statusCode, status, 'status')
  t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8', 'problem+json')
  const body = json(res.body)
  t.ok(Value.Check(ProblemSchema, body), 'body is a problem')
  t.match(body, { status, code, type: String, title: String, detail: String, instance: String })
  return body
}

t.test('GET / links every endpoint', async (t) => {
  const res = await app.inject('/')
  t.equal(res.statusCode, 200)
  t.same(json(res.body).links, {
    codes: '/codes',
    code: '/codes/{code}',
    categories: '/categories',
    category: '/categories/{id}',
    compare: '/compare{?codes}',
    questions: '/questions{?seed,position}',
    question: '/questions/{id}',
    echo: '/echo/{code}',
    random: '/echo/random{?codes,seed,step}',
    check: '/check{?url}',
    health: '/health',
    ready: '/ready',
    docs: '/docs',
    openapi: '/openapi.json'
  })
})

t.test('GET /health answers ok with the version and is never cached', async (t) => {
  const res = await app.inject('/health')
  t.equal(res.statusCode, 200)
  t.match(json(res.body), { status: 'ok', version: '0.1.0', pressure: { eventLoopDelayMs: Number, heapUsedBytes: Number, rssBytes: Number, underPressure: false } })
  t.equal(res.headers['cache-control'], 'no-store')
})

t.test('GET /codes lists every meaning in order', async (t) => {
  const res = await app.inject('/codes')
  t.equal(res.statusCode, 200)
  const body = json(res.body)
  t.equal(body.count, catalog().records.length)
  t.same(body.codes, catalog().summaries)
  for (const s of body.codes) t.ok(Value.Check(CodeSummarySchema, s), `summary of ${s.code} matches its schema`)
  t.match(res.headers, { etag: /^"[A-Za-z0-9_-]{27}"$/, 'cache-control': 'public, max-age=3600' })
  const shorter = await build(t, { cacheMaxAgeS: 60, pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 } })
  t.equal((await shorter.inject('/codes/404')).headers['cache-control'], 'public, max-age=60', 'CACHE_MAX_AGE_S sets max-age')
  t.equal((await app.inject('/codes/404')).headers['cache-control'], 'public, max-age=3600', 'and each app keeps its own')
})

t.test('GET /codes filters by class, category, status and vendor', async (t) => {
  const get = async (query: string) => json((await app.inject(`/codes?${query}`)).body).codes as Array<Record<string, any>>
  const fours = await get('class=4xx')
  t.ok(fours.length > 0 && fours.every((c) => c.class === '4xx'), 'class=4xx')
  const nginx = await get('category=nginx')
  t.same(nginx.map((c) => c.code), [444, 494, 495, 496, 497, 499], 'category=nginx')
  const unused = await get('status=unused')
  t.same(unused.map((c) => c.code), [306, 418], 'status=unused')
  const esri = await get('vendor=esri')
  t.same(esri.map((c) => c.link), ['/codes/498', '/codes/499?vendor=esri'], 'vendor=esri, with links that select the meaning')
  const iana = await get('vendor=iana&class=1xx')
  t.same(iana.map((c) => c.code), [100, 101, 102, 103, 104], 'filters combine')
})

t.test('GET /codes?q= searches names, former names and summaries, ignoring case', async (t) => {
  const codesFor = async (q: string) => json((await app.inject(`/codes?q=${encodeURIComponent(q)}`)).body).codes.map((c: any) => c.code)
  t.same(await codesFor('payload too large'), [413], 'a former name finds 413')
  t.same(await codesFor('UNPROCESSABLE ENTITY'), [422], 'a former name, any case')
  t.ok((await codesFor('teapot')).includes(418), 'another name finds 418')
  t.same(await codesFor('conflict'), [409], 'the name')
  t.ok((await codesFor('409')).includes(409), 'the number')
  t.same(await codesFor('zzzz-no-such'), [], 'no match is an empty list, not an error')
  const again = await app.inject('/codes?q=conflict')
  const first = await app.inject('/codes?q=Conflict')
  t.equal(again.headers.etag, first.headers.etag, 'the same search has the same ETag')
})

t.test('GET /codes with a bad filter is a 400 that says what is allowed', async (t) => {
  const body = isProblem(t, await app.inject('/codes?class=6xx'), 400, 'ERR_VALIDATION')
  t.same(body.errors, [{ in: 'querystring', field: '/class', message: 'must be one of 1xx, 2xx, 3xx, 4xx, 5xx' }])
  isProblem(t, await app.inject('/codes?category=toString'), 400, 'ERR_VALIDATION')
  isProblem(t, await app.inject('/codes?status=official'), 400, 'ERR_VALIDATION')
  isProblem(t, await app.inject('/codes?vendor=__proto__'), 400, 'ERR_VALIDATION')
  isProblem(t, await app.inject('/codes?q='), 400, 'ERR_VALIDATION')
  isProblem(t, await app.inject(`/codes?q=${'x'.repeat(101)}`), 400, 'ERR_VALIDATION')
  isProblem(t, await app.inject('/codes?class=4xx&class=5xx'), 400, 'ERR_VALIDATION')
  const unknown = isProblem(t, await app.inject('/codes?clas=4xx'), 400, 'ERR_VALIDATION')
  t.same(unknown.errors, [{ in: 'querystring', field: '/clas', message: 'is not a known parameter' }])
})

t.test('GET /codes/409 returns the whole record', async (t) => {
  const res = await app.inject('/codes/409')
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'application/json; charset=utf-8')
  const body = json(res.body)
  t.ok(Value.Check(CodeRecordSchema, body), 'matches the CodeRecord schema')
  t.match(body, {
    code: 409,
    name: 'Conflict',
    class: '4xx',
    categories: ['client-error'],
    status: 'standard',
    vendor: null,
    spec: { document: 'RFC 9110', section: '15.5.10', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.10' },
    otherMeanings: [],
    previous: { code: 408, link: '/codes/408' },
    next: { code: 410, link: '/codes/410' },
    link: '/codes/409'
  })
  t.match(body.example.raw, /^HTTP\/1\.1 409 Conflict\r\nContent-Type: application\/problem\+json\r\n/)
  const ids = body.snippets.map((s: any) => s.id)
  t.ok(ids.includes('express') && ids.includes('node-http'), 'has Express and Node http snippets')
})

t.test('every record the API serves matches its schema', async (t) => {
  for (const r of catalog().records) {
    const res = await app.inject(r.link)
    t.equal(res.statusCode, 200, r.link)
    const body = json(res.body)
    t.ok(Value.Check(CodeRecordSchema, body), `${r.link} matches CodeRecord`)
    t.equal(body.vendor, r.vendor, `${r.link} is the ${r.vendor ?? 'IANA'} meaning`)
  }
})

t.test('a shared number answers with its most common meaning and lists the rest', async (t) => {
  const body = json((await app.inject('/codes/499')).body)
  t.match(body, { code: 499, vendor: 'nginx', name: 'Client Closed Request' })
  t.same(body.otherMeanings.map((m: any) => [m.vendor, m.link]), [['esri', '/codes/499?vendor=esri']])
  const esri = json((await app.inject('/codes/499?vendor=esri')).body)
  t.match(esri, { vendor: 'esri', otherMeanings: [{ vendor: 'nginx', link: '/codes/499' }] })
  const legal = json((await app.inject('/codes/451?vendor=iana')).body)
  t.equal(legal.name, 'Unavailable For Legal Reasons', 'vendor=iana selects the registered meaning')
  const missing = isProblem(t, await app.inject('/codes/409?vendor=nginx'), 404, 'ERR_UNKNOWN_VENDOR_MEANING')
  t.match(missing.detail, /409 has no meaning for vendor "nginx"/)
  isProblem(t, await app.inject('/codes/409?vendor=Not_A_Vendor'), 400, 'ERR_VALIDATION')
})

t.test('GET /codes/:code rejects anything but three digits from 100 to 999', async (t) => {
  for (const bad of ['abc', '0x1F4', '4e2', '+200', '1000', '99', '099', '20', '200.0', '%EF%BC%92%EF%BC%90%EF%BC%90', '-200', '2%200']) {
    const body = isProblem(t, await app.inject(`/codes/${bad}`), 400, 'ERR_VALIDATION')
    t.same(body.errors, [{ in: 'path', field: '/code', message: 'must be a three-digit status code from 100 to 999' }], bad)
  }
})

t.test('a valid number the catalog does not know is a 404 that explains its class', async (t) => {
  const body = isProblem(t, await app.inject('/codes/299'), 404, 'ERR_UNKNOWN_CODE')
  t.match(body.detail, /^299 is not in the catalog.*2xx code it would mean: The request was received, understood and accepted\.$/)
  const outside = isProblem(t, await app.inject('/codes/777'), 404, 'ERR_UNKNOWN_CODE')
  t.match(outside.detail, /outside HTTP's five classes/)
})

t.test('prototype-named paths are clean 400s and 404s', async (t) => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
    isProblem(t, await app.inject(`/codes/${name}`), 400, 'ERR_VALIDATION')
    isProblem(t, await app.inject(`/categories/${name}`), 404, 'ERR_UNKNOWN_CATEGORY')
    isProblem(t, await app.inject(`/codes?vendor=${name}`), 400, 'ERR_VALIDATION')
    isProblem(t, await app.inject(`/${name}`), 404, 'ERR_NOT_FOUND')
  }
})

t.test('GET /categories lists every category with its count', async (t) => {
  const res = await app.inject('/categories')
  t.equal(res.statusCode, 200)
  const body = json(res.body)
  t.same(
    body.categories.map((c: any) => c.id),
    ['informational', 'success', 'redirection', 'client-error', 'server-error', 'nginx', 'cloudflare', 'aws-elb', 'iis', 'unofficial']
  )
  for (const c of body.categories) {
    t.equal(c.count, catalog().category(c.id)!.codes.length, `${c.id} count`)
    t.equal(c.link, `/categories/${c.id}`)
  }
})

t.test('GET /categories/:id returns the category with its codes', async (t) => {
  const body = json((await app.inject('/categories/cloudflare')).body)
  t.ok(Value.Check(CategorySchema, [CodeSummarySchema], body), 'matches the Category schema')
  t.match(body, { id: 'cloudflare', kind: 'vendor', link: '/categories/cloudflare' })
  t.same(body.codes.map((c: any) => c.code), [520, 521, 522, 523, 524, 525, 526, 527, 530])
  const unofficial = json((await app.inject('/categories/unofficial')).body)
  t.ok(unofficial.codes.some((c: any) => c.code === 419 && c.vendor === 'laravel'), 'other vendors are unofficial')
  const informational = json((await app.inject('/categories/informational')).body)
  t.ok(informational.codes.every((c: any) => c.class === '1xx'), 'a class category holds its class')
  isProblem(t, await app.inject('/categories/teapots'), 404, 'ERR_UNKNOWN_CATEGORY')
})

t.test('If-None-Match with the current ETag is a 304 with no body', async (t) => {
  for (const url of ['/', '/codes', '/codes/409', '/codes/499?vendor=esri', '/categories', '/categories/nginx', '/codes?class=5xx']) {
    const first = await app.inject(url)
    const etag = first.headers.etag as string
    const again = await app.inject({ url, headers: { 'if-none-match': `"other", ${etag}` } })
    t.equal(again.statusCode, 304, `${url} 304`)
    t.equal(again.body, '', `${url} no body`)
    t.equal(again.headers.etag, etag, `${url} keeps the ETag`)
    t.equal(again.headers['cache-control'], 'public, max-age=3600', `${url} keeps Cache-Control`)
    t.equal((await app.inject({ url, headers: { 'if-none-match': `W/${etag}` } })).statusCode, 304, `${url} weak comparison`)
    t.equal((await app.inject({ url, headers: { 'if-none-match': '*' } })).statusCode, 304, `${url} *`)
    t.equal((await app.inject({ url, headers: { 'if-none-match': '"stale"' } })).statusCode, 200, `${url} stale tag is a 200`)
  }
})

t.test('HEAD works on every GET, with the headers and no body', async (t) => {
  for (const url of ['/', '/health', '/codes', '/codes/409', '/categories', '/categories/nginx', '/openapi.json']) {
    const get = await app.inject(url)
    const head = await app.inject({ method: 'HEAD', url })
    t.equal(head.statusCode, 200, `HEAD ${url}`)
    t.equal(head.body, '', `HEAD ${url} has no body`)
    t.equal(head.headers['content-type'], get.headers['content-type'], `HEAD ${url} content-type`)
    t.equal(head.headers.etag, get.headers.etag, `HEAD ${url} etag`)
  }
  t.equal((await app.inject({ method: 'HEAD', url: '/codes/abc' })).statusCode, 400, 'HEAD of a bad code is a 400')
})

t.test('a known path with another method is a 405 with Allow', async (t) => {
  for (const [method, url] of [
    ['POST', '/codes'],
    ['DELETE', '/codes/409'],
    ['PUT', '/categories/nginx'],
    ['PATCH', '/'],
    ['POST', '/health'],
    ['DELETE', '/openapi.json']
  ] as const) {
    const res = await app.inject({ method, url })
    const body = isProblem(t, res, 405, 'ERR_METHOD_NOT_ALLOWED')
    t.equal(res.headers.allow, 'GET, HEAD, OPTIONS', `${method} ${url} Allow`)
    t.match(body.detail, `${method} is not supported`)
  }
  isProblem(t, await app.inject({ method: 'POST', url: '/nowhere' }), 404, 'ERR_NOT_FOUND')
})

t.test('the method is decided before the body is read: a 405 or 404 whatever the content', async (t) => {
  const bodies = [
    { 'content-type': 'application/json', payload: '' },
    { 'content-type': 'application/json', payload: '{bad' },
    { 'content-type': 'application/xml', payload: '<a/>' },
    { 'content-type': 'text/plain', payload: 'x' }
  ]
  for (const { payload, ...headers } of bodies) {
    for (const [method, url] of [['DELETE', '/codes/409'], ['PUT', '/check'], ['POST', '/compare?codes=401,403'], ['PATCH', '/health']] as const) {
      const res = await app.inject({ method, url, headers, payload })
      t.equal(res.statusCode, 405, `${method} ${url} with ${headers['content-type']} ${JSON.stringify(payload)}`)
      t.ok(res.headers.allow, 'with Allow')
    }
    const missing = await app.inject({ method: 'POST', url: '/nowhere', headers, payload })
    t.equal(missing.statusCode, 404, `POST /nowhere with ${headers['content-type']} ${JSON.stringify(payload)}`)
  }
})

t.test('OPTIONS answers with Allow, and as a CORS preflight when asked', async (t) => {
  const plain = await app.inject({ method: 'OPTIONS', url: '/codes/409' })
  t.equal(plain.statusCode, 204)
  t.equal(plain.headers.allow, 'GET, HEAD, OPTIONS')
  t.equal(plain.body, '')
  const preflight = await app.inject({
    method: 'OPTIONS',
    url: '/codes',
    headers: { origin: 'https://example.com', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match, x-custom' }
  })
  t.equal(preflight.statusCode, 204)
  t.match(preflight.headers, {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, HEAD, OPTIONS',
    'access-control-allow-headers': 'if-none-match, x-custom',
    'access-control-max-age': '86400'
  })
  const junk = await app.inject({
    method: 'OPTIONS',
    url: '/codes',
    headers: { 'access-control-request-method': 'GET', 'access-control-request-headers': 'bad header\u0001' }
  })
  t.notOk(junk.headers['access-control-allow-headers'], 'malformed request headers are not reflected')
})

t.test('every response carries CORS, nosniff and a request id, errors included', async (t) => {
  for (const url of ['/codes/409', '/codes/abc', '/codes/299', '/nowhere', '/codes?class=6xx']) {
    const res = await app.inject({ url, headers: { origin: 'https://example.com' } })
    t.equal(res.headers['access-control-allow-origin'], '*', `${url} CORS`)
    const exposed = String(res.headers['access-control-expose-headers']).split(', ')
    for (const h of ['ETag', 'Retry-After', 'Allow', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'X-Request-Id']) {
      t.ok(exposed.includes(h), `${url} exposes ${h}`)
    }
    t.equal(res.headers['x-content-type-options'], 'nosniff', `${url} nosniff`)
    t.match(res.headers['x-request-id'], /^[0-9a-f-]{36}$/, `${url} request id`)
  }
})

t.test('an unexpected error is a 500 problem that leaks nothing', async (t) => {
  const broken = await buildApp({ config: defaultConfig(), catalog: catalog() })
  t.teardown(() => broken.close())
  broken.get('/boom', async () => {
    throw new Error('secret database password in /etc/x')
  })
  const res = await broken.inject('/boom')
  const body = isProblem(t, res, 500, 'ERR_INTERNAL')
  t.notMatch(res.body, /secret|\/etc\/x|stack/)
  t.match(body.detail, /Quote the requestId/)
})

t.test('Fastify client errors become problems with their own status', async (t) => {
  const strict = await buildApp({ config: defaultConfig(), catalog: catalog() })
  t.teardown(() => strict.close())
  strict.post('/echo-body', async (request) => request.body)
  const badJson = await strict.inject({ method: 'POST', url: '/echo-body', headers: { 'content-type': 'application/json' }, payload: '{bad' })
  isProblem(t, badJson, 400, 'ERR_BAD_REQUEST')
  const media = await strict.inject({ method: 'POST', url: '/echo-body', headers: { 'content-type': 'application/x-nope' }, payload: 'x' })
  isProblem(t, media, 415, 'ERR_UNSUPPORTED_MEDIA_TYPE')
})

t.test('the access-log line is exactly the one pino would write; errors go to the same logger; below info, no access line', async (t) => {
  const logged = async (level: string) => {
    const lines: string[] = []
    const server = await buildApp({ config: defaultConfig(), catalog: catalog(), log: pino({ level }, { write: (l: string) => void lines.push(l) }) })
    t.teardown(() => server.close())
    return { server, lines }
  }
  const { server, lines } = await logged('info')
  server.get('/boom', async () => {
    throw new Error('boom')
  })
  await server.inject({ url: '/nowhere/%22quoted%22?q=\u00e9' })
  await server.inject({ url: '/boom' })
  await server.inject({ url: '/echo/200?delay=40' })
  const delayed = JSON.parse(lines.find((l) => l.includes('"url":"/echo/200?delay=40"'))!)
  t.ok(delayed.ms >= 40 && delayed.ms < 5000, `ms counts from the request's arrival (${delayed.ms} for a 40 ms delay)`)
  const line = lines.find((l) => l.includes('"msg":"request"'))!
  const fields = JSON.parse(line)
  t.match(fields, { level: 30, reqId: /^[0-9a-f-]{36}$/, method: 'GET', url: /^\/nowhere\/%22quoted%22\?q=/, status: 404, ms: Number, ip: '127.0.0.1' })
  const reference: string[] = []
  pino({ level: 'info' }, { write: (l: string) => void reference.push(l) })
    .child({ reqId: fields.reqId })
    .info({ method: fields.method, url: fields.url, status: fields.status, ms: fields.ms, ip: fields.ip }, 'request')
  const untimed = (l: string) => l.replace(/"time":\d+/, '"time":0')
  t.equal(untimed(line), untimed(reference[0]!), 'byte for byte, but for the time')
  const failed = JSON.parse(lines.find((l) => l.includes('"msg":"request failed"'))!)
  t.match(failed, { level: 50, reqId: /^[0-9a-f-]{36}$/, err: { message: 'boom' } }, 'a 500 logs its error, with the request id')
  t.match(JSON.parse(lines.find((l) => l.includes('"url":"/boom"'))!), { level: 30, reqId: failed.reqId, status: 500, msg: 'request' })

  // The access line formats ms and strings itself; pino writes String(Math.round(ms * 10) / 10) and JSON strings.
  const wrong = Array.from({ length: 100_000 }, (_, tenths) => tenths).filter((tenths) => tenthsText(tenths) !== String(tenths / 10))
  t.same(wrong, [], 'tenthsText matches String(tenths / 10) from 0 to 9999.9 ms')
  for (const tenths of [2 ** 31, 2 ** 40 + 7, 1e15 + 3]) t.equal(tenthsText(tenths), String(tenths / 10), `tenths ${tenths}`)
  for (const text of ['/codes/409?x=1', '', '"', '\\', '/a b', '\u00e9', '\u007f', '\u0000\n', '\ud800', '\u{1f600}', '::ffff:127.0.0.1']) {
    t.equal(jsonString(text), JSON.stringify(text), `jsonString ${JSON.stringify(text)}`)
  }

  const quiet = await logged('warn')
  await quiet.server.inject({ url: '/codes/409' })
  t.same(quiet.lines, [], 'no access line at warn')
})

t.test('an /echo exchange that ends without a whole response (a fault, a hang, a client leaving) gets its access line when it ends', async (t) => {
  const lines: string[] = []
  const server = await buildApp({ config: defaultConfig({ echoMaxDelayMs: 2000 }), catalog: catalog(), log: pino({ level: 'info' }, { write: (l: string) => void lines.push(l) }) })
  t.teardown(() => server.close())
  await server.listen({ port: 0, host: '127.0.0.1' })
  const { port } = server.server.address() as AddressInfo
  /** Sends a request and resolves when the server has closed the connection, or closes it after `leaveAfterMs`. */
  const exchange = (path: string, leaveAfterMs?: number) =>
    new Promise<void>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n`))
      socket.on('data', () => {})
      socket.on('error', () => {})
      socket.on('close', () => resolve())
      if (leaveAfterMs !== undefined) setTimeout(() => socket.destroy(), leaveAfterMs)
    })
  const lineOf = async (path: string) => {
    for (let i = 0; i < 100; i++) {
      const line = lines.find((l) => l.includes(`"url":${JSON.stringify(path)}`))
      if (line !== undefined) return JSON.parse(line)
      await new Promise((r) => setTimeout(r, 20))
    }
    return undefined
  }
  const cases: Array<[string, number | null, string, number?]> = [
    ['/echo/503?fault=close-mid-body&body=0123456789', 503, 'close-mid-body'],
    ['/echo/200?fault=bad-json', 200, 'bad-json'],
    ['/echo/200?fault=close', null, 'close'],
    ['/echo/200?fault=hang&delay=150', null, 'hang'],
    ['/echo/200?delay=1500', null, 'client-closed', 100]
  ]
  for (const [path, status, ended, leaveAfterMs] of cases) {
    await exchange(path, leaveAfterMs)
    const fields = await lineOf(path)
    t.match(fields, { level: 30, msg: 'request', method: 'GET', status, ended, ms: Number }, `${path}: one line, status ${status}, ended ${ended}`)
    t.equal(lines.filter((l) => l.includes(`"url":${JSON.stringify(path)}`)).length, 1, `${path}: only one`)
  }
  t.ok((await lineOf('/echo/200?fault=hang&delay=150'))!.ms >= 150, 'a hang\'s ms covers its silence')
  await exchange('/echo/200?delay=10')
  t.notOk((await lineOf('/echo/200?delay=10')).ended, 'a whole response has no "ended"')
})
