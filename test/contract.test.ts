// The OpenAPI document as a contract: real requests over every route, each response's status, headers and
// body validated with ajv against what the document says of that operation. A violation names the request.
import t from 'tap'
import net from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { request } from 'undici'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsModule from 'ajv-formats'
import { buildApp } from '../src/app.js'
import { defaultConfig } from '../src/config.js'
import type { Resolver } from '../src/check/checker.js'
import { catalog } from './helper.js'

// ajv-formats is CommonJS: its default export arrives as the module object under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => void

/** The checker reaches this server itself, on 127.0.0.2, under a name only this resolver knows. */
const HOST = '127.0.0.2'
const resolver: Resolver = async (hostname) => {
  if (hostname === 'upstream.test') return [{ address: HOST, family: 4 }]
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
}

/** A free port on HOST, so the server can allow /check to reach it before it listens there. */
async function freePort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

async function start(overrides: Parameters<typeof defaultConfig>[0] = {}) {
  const port = await freePort()
  const base = defaultConfig()
  const app = await buildApp({
    config: defaultConfig({
      echoMaxDelayMs: 2000,
      // No delayed /echo may wait: a delay is the busy 503.
      echoMaxDelayed: 0,
      // Event-loop delay on a busy test machine must not turn the answers into load-shedding 503s.
      pressure: { ...base.pressure, maxEventLoopDelayMs: 0 },
      ...overrides,
      check: { ...base.check, cacheTtlMs: 0, ...overrides.check, allowAddresses: [HOST], ports: [port] }
    }),
    catalog: catalog(),
    checkResolver: resolver
  })
  await app.listen({ port, host: HOST })
  t.teardown(() => app.close())
  return { app, port, origin: `http://${HOST}:${port}` }
}

const { app, port, origin } = await start()
const doc = app.swagger() as Record<string, any>

const ajv = new Ajv2020({ strict: false, allErrors: true })
addFormats(ajv)
ajv.addSchema(doc, 'doc')
const validators = new Map<string, ReturnType<typeof ajv.compile>>()
const validatorAt = (pointer: string) => {
  let v = validators.get(pointer)
  if (v === undefined) validators.set(pointer, (v = ajv.compile({ $ref: `doc#${pointer}` })))
  return v
}
const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1')
const resolve = (node: any): [any, string | undefined] => (node?.$ref === undefined ? [node, undefined] : [node.$ref.slice(1).split('/').slice(1).reduce((o: any, k: string) => o[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc), node.$ref.slice(1)])

const templates = Object.keys(doc.paths).map((p) => ({ path: p, pattern: new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`) }))
/** The path item a request path matches: a literal path before a template (/echo/random before /echo/{code}). */
const pathItemOf = (path: string) => templates.find((x) => x.path === path) ?? templates.find((x) => x.pattern.test(path))

interface Exchange {
  method: string
  url: string
  headers?: Record<string, string>
  body?: string
}
const violations: string[] = []
const seen = new Set<string>()

/** Checks one response against the document; `documented` is the response object (or its pointer) to use. */
function check(ex: Exchange, status: number, headers: Record<string, string | string[] | undefined>, body: string, responsePointer?: string) {
  const name = `${ex.method} ${ex.url}${ex.headers?.accept ? ` (Accept: ${ex.headers.accept})` : ''} -> ${status}`
  const fail = (what: string) => violations.push(`${name}: ${what}`)
  let pointer = responsePointer
  if (pointer === undefined) {
    const path = new URL(ex.url, origin).pathname
    const item = pathItemOf(path)
    if (item === undefined) return fail('path not in the document')
    const method = ex.method.toLowerCase()
    const op = doc.paths[item.path][method]
    if (op === undefined) return fail(`${method} not documented on ${item.path}`)
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((k) => op.responses[k] !== undefined)
    if (key === undefined) return fail(`status not documented (documented: ${Object.keys(op.responses).join(', ')})`)
    pointer = `/paths/${escape(item.path)}/${method}/responses/${key}`
    seen.add(`${method.toUpperCase()} ${item.path} ${key}`)
  }
  const [response, refPointer] = resolve(pointer.split('/').slice(1).reduce((o: any, k) => o[k.replace(/~1/g, '/').replace(/~0/g, '~')], doc))
  const base = refPointer ?? pointer
  for (const [name, header] of Object.entries<any>(response.headers ?? {})) {
    const [h, hPointer] = resolve(header)
    const value = headers[name.toLowerCase()]
    if (value === undefined) {
      if (h.required === true) fail(`required header ${name} missing`)
      continue
    }
    const text = [value].flat().join(', ')
    const typed = h.schema?.type === 'integer' && /^[0-9]+$/.test(text) ? Number(text) : text
    const validate = validatorAt(`${hPointer ?? `${base}/headers/${escape(name)}`}/schema`)
    if (!validate(typed)) fail(`header ${name}: ${JSON.stringify(text)} ${ajv.errorsText(validate.errors)}`)
  }
  const hasBody = body.length > 0
  const content = response.content
  if (ex.method === 'HEAD') {
    if (hasBody) fail('HEAD response has content')
    return
  }
  if (content === undefined) {
    if (hasBody) fail('content where the document says none')
    return
  }
  if (!hasBody) return fail('no content where the document describes some')
  const [type = '', ...params] = String(headers['content-type'] ?? '').split(';').map((p) => p.trim().toLowerCase())
  // A documented type with parameters (text/plain; version=0.0.4) matches a response that has them all.
  const withParams = Object.keys(content).find((k) => {
    const [kType, ...kParams] = k.split(';').map((p) => p.trim().toLowerCase())
    return kParams.length > 0 && kType === type && kParams.every((p) => params.includes(p))
  })
  const mediaKey = withParams ?? (content[type] !== undefined ? type : content['*/*'] !== undefined ? '*/*' : undefined)
  if (mediaKey === undefined) return fail(`media type ${type} not documented (documented: ${Object.keys(content).join(', ')})`)
  let value: unknown = body
  if (/json$/.test(type)) {
    try {
      value = JSON.parse(body)
    } catch {
      return fail(`${type} body is not JSON`)
    }
  }
  const validate = validatorAt(`${base}/content/${escape(mediaKey)}/schema`)
  if (!validate(value)) fail(`body: ${ajv.errorsText(validate.errors)}`)
  // Validation problems list what was wrong.
  if (typeof value === 'object' && value !== null && (value as any).code === 'ERR_VALIDATION' && !Array.isArray((value as any).errors)) fail('an ERR_VALIDATION problem without errors')
}

/** Sends a request with undici, or over a raw socket for /echo/1xx (undici refuses interim responses it did not ask for). */
async function send(ex: Exchange, base = origin, responsePointer?: string) {
  if (/^\/echo\/1[0-9]{2}/.test(ex.url)) return sendRaw(ex, base, responsePointer)
  const res = await request(`${base}${ex.url}`, { method: ex.method as 'GET', headers: ex.headers ?? {}, ...(ex.body === undefined ? {} : { body: ex.body }) })
  const bytes = Buffer.from(await res.body.arrayBuffer())
  const coding = res.headers['content-encoding']
  const body = (coding === 'br' ? brotliDecompressSync(bytes) : coding === 'gzip' ? gunzipSync(bytes) : bytes).toString('utf8')
  check(ex, res.statusCode, res.headers, body, responsePointer)
  return { status: res.statusCode, headers: res.headers, body }
}

/** The final response of a raw HTTP/1.1 exchange (after any interim ones). */
async function sendRaw(ex: Exchange, base: string, responsePointer?: string) {
  const { hostname, port } = new URL(base)
  const text = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(Number(port), hostname, () => {
      const head = Object.entries(ex.headers ?? {}).map(([k, v]) => `${k}: ${v}\r\n`).join('')
      socket.write(`${ex.method} ${ex.url} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n${head}\r\n`)
    })
    let received = ''
    socket.setEncoding('utf8')
    socket.on('data', (d: string) => (received += d))
    socket.on('end', () => resolve(received))
    socket.on('error', reject)
  })
  let rest = text
  let status = 0
  let headers: Record<string, string> = {}
  while (rest.startsWith('HTTP/')) {
    const end = rest.indexOf('\r\n\r\n')
    const [line, ...fields] = rest.slice(0, end).split('\r\n')
    status = Number(line!.split(' ')[1])
    headers = Object.fromEntries(fields.map((f) => [f.slice(0, f.indexOf(':')).toLowerCase(), f.slice(f.indexOf(':') + 1).trim()]))
    rest = rest.slice(end + 4)
  }
  check(ex, status, headers, rest, responsePointer)
  return { status, headers, body: rest }
}

const get = (url: string, headers: Record<string, string> = {}): Exchange => ({ method: 'GET', url, headers })
const DATA = ['/', '/codes', '/codes?class=4xx', '/codes?q=payload', '/codes/409', '/codes/499?vendor=nginx', '/categories', '/categories/nginx', '/compare', '/compare?codes=401,403', '/compare?codes=409,500,502', '/questions', '/questions?seed=example&position=3', '/questions/means.404.400.403.410', '/questions/means.404.400.403.410/answer?choice=A']
const upstream = `http://upstream.test:${port}`

t.test('every response matches the document', async (t) => {
  const statuses = new Map<number, number>()
  const count = async (ex: Exchange, base?: string, pointer?: string) => {
    const r = await send(ex, base, pointer)
    statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1)
    return r
  }
  // Data: GET, HEAD, OPTIONS, a CORS preflight, and the 304 of each ETag.
  for (const url of [...DATA, '/health', '/ready', '/openapi.json', '/metrics']) {
    const first = await count(get(url))
    await count({ method: 'HEAD', url })
    await count({ method: 'OPTIONS', url })
    await count({ method: 'OPTIONS', url, headers: { origin: 'https://example.com', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' } })
    if (first.headers.etag !== undefined) {
      await count(get(url, { 'if-none-match': String(first.headers.etag) }))
      await count({ method: 'HEAD', url, headers: { 'if-none-match': String(first.headers.etag) } })
      await count(get(url, { 'accept-encoding': 'br' }))
    }
  }
  // Every documented error of the data routes.
  for (const url of [
    '/codes/abc', '/codes?class=6xx', '/codes?nope=1', '/codes/299', '/codes/700', '/codes/409?vendor=nope', '/categories/nope',
    '/compare?codes=401', '/compare?codes=401,401', '/compare?codes=abc,def', '/compare?codes=401,403,404,409,500', '/compare?codes=401,299',
    '/compare?codes=', '/codes/%zz', `/codes?q=${'x'.repeat(5000)}`,
    '/questions?seed=a%20b', '/questions/bad', '/questions/means.404.400.403.404', '/questions/means.404.400.403.410/answer', '/questions/means.404.400.403.404/answer?choice=B'
  ]) {
    await count(get(url))
  }
  // /check: a report with a redirect chain, GET and POST, and each of its errors.
  await count(get(`/check?url=${encodeURIComponent(`${upstream}/echo/301`)}`))
  await count(get(`/check?url=${encodeURIComponent(`${upstream}/echo/404`)}&method=GET&follow=false&maxRedirects=3`))
  await count({ method: 'HEAD', url: `/check?url=${encodeURIComponent(`${upstream}/echo/200`)}` })
  await count({ method: 'POST', url: '/check', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ urls: [`${upstream}/echo/200`, 'http://127.0.0.1/'], follow: true, maxRedirects: 2 }) })
  for (const url of ['/check?url=notaurl', '/check?url=ftp://example.com/', '/check?url=http://user:pw@example.com/', '/check?url=http://example.com:1/', '/check?url=http://127.0.0.1/', '/check?url=http://x.test/&maxRedirects=99', '/check']) {
    await count(get(url))
  }
  for (const [type, body] of [['application/json', '{"urls":[]}'], ['application/json', '{bad'], ['text/plain', 'x'], ['application/json', JSON.stringify({ urls: ['x'.repeat(5000)] })], ['application/json', JSON.stringify({ urls: ['x'.repeat(70_000)] })]]) {
    await count({ method: 'POST', url: '/check', headers: { 'content-type': type! }, body })
  }
  // /echo: every class, every negotiated type, bodies, methods, parameters and its own errors.
  const codes = [100, 102, 103, 200, 201, 202, 204, 205, 206, 299, 300, 301, 302, 303, 304, 307, 308, 399, 400, 401, 403, 404, 405, 406, 407, 413, 414, 416, 418, 429, 451, 499, 500, 502, 503, 504, 599]
  for (const code of codes) {
    for (const accept of [undefined, 'application/json', 'application/problem+json', 'text/plain']) {
      await count(get(`/echo/${code}`, accept === undefined ? {} : { accept }))
    }
    await count({ method: 'HEAD', url: `/echo/${code}` })
  }
  for (const url of ['/echo/503?retryAfter=2', '/echo/200?body=hello', '/echo/200?body={"a":1}', '/echo/418?body=[1,2]', '/echo/302?hops=2&location=/codes', '/echo/103?final=204', '/echo/200?header=X-Test:1', '/echo/random?codes=200:1,503:1&seed=7', '/echo/random?codes=404:1&seed=1&step=3', '/echo/random?codes=200:1']) {
    await count(get(url))
  }
  for (const range of ['bytes=4-8', 'bytes=-5', 'bytes=200-300', 'bytes=0-1,5-6']) await count(get('/echo/206', { range }))
  await count(get('/echo/406', { accept: 'image/png' }))
  await count(get('/echo/200', { accept: 'image/png' }))
  for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
    await count({ method, url: '/echo/201', headers: { 'content-type': 'application/json' }, body: '{"a":1}' })
    await count({ method, url: '/echo/500', headers: { 'content-type': 'text/plain', accept: 'application/problem+json' }, body: 'hello' })
  }
  await count({ method: 'POST', url: '/echo/200', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(300_000) })
  for (const method of ['HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) await count({ method, url: '/echo/random?codes=200:1,404:1&seed=2' })
  // A base URL: a path below /echo/{code}/, with the client's own query; reason= and drip= (a fault is not HTTP, so not here).
  for (const method of ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) await count({ method, url: '/echo/503/users?page=2' })
  for (const url of ['/echo/404/x?reason=Gone%20Fishing', '/echo/200?reason=Fine', '/echo/200?drip=10&dripBytes=5', '/echo/200?fault=nope', '/echo/600/x']) await count(get(url))
  await count({ method: 'OPTIONS', url: '/check' })
  await count({ method: 'OPTIONS', url: '/echo/200' })
  await count({ method: 'OPTIONS', url: '/echo/200', headers: { origin: 'https://example.com', 'access-control-request-method': 'PUT' } })
  for (const url of ['/echo/abc', '/echo/101', '/echo/100?final=150', '/echo/200?nope=1', '/echo/200?delay=1.5', '/echo/200?delay=100', '/echo/random?codes=abc', '/echo/random?codes=200:1&seed=x']) {
    await count(get(url))
  }
  // 405 on every path, against the shared component (no operation can reference it).
  for (const [method, url] of [['PUT', '/codes'], ['DELETE', '/codes/409'], ['POST', '/categories'], ['PATCH', '/compare'], ['DELETE', '/check'], ['POST', '/health'], ['PUT', '/']]) {
    await count({ method: method!, url: url!, headers: { 'content-type': 'application/json' }, body: '' }, origin, '/components/responses/MethodNotAllowed')
  }
  // 404 of an unknown path: the not-found problem, as a 404 component.
  await count(get('/nowhere'), origin, '/components/responses/NotFound')
  t.same(violations, [], `0 violations in ${[...statuses.values()].reduce((a, b) => a + b, 0)} responses`)
  t.comment(`statuses: ${[...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}x${n}`).join(' ')}`)
})

t.test('the rate limit and the /check slots answer as documented', async (t) => {
  const before = violations.length
  const limited = await start({ rateLimitPerMin: 2, check: { ...defaultConfig().check, ratePerMinute: 1 } })
  const answers: number[] = []
  for (let i = 0; i < 3; i++) answers.push((await send(get('/codes/409'), limited.origin)).status)
  for (let i = 0; i < 2; i++) answers.push((await send(get('/check?url=http://127.0.0.1/'), limited.origin)).status)
  answers.push((await send(get('/echo/200?delay=10'), origin)).status)
  t.same(answers, [200, 200, 429, 400, 429, 503], 'the limits answered (the first URL is refused for its port, after spending its unit)')
  t.same(violations.slice(before), [])
})

t.test('/metrics refuses an address METRICS_ALLOW does not list, as documented', async (t) => {
  const before = violations.length
  const restricted = await start({ metricsAllow: ['192.0.2.0/24'] })
  t.equal((await send(get('/metrics'), restricted.origin)).status, 403)
  t.same(violations.slice(before), [])
})

t.test('every documented operation was exercised', async (t) => {
  const operations: string[] = []
  for (const [path, item] of Object.entries<any>(doc.paths)) for (const method of Object.keys(item)) operations.push(`${method.toUpperCase()} ${path}`)
  const exercised = new Set([...seen].map((s) => s.split(' ').slice(0, 2).join(' ')))
  t.same(operations.filter((o) => !exercised.has(o)), [], 'no operation left untried')
})
