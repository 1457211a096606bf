// The URL checker page against local upstreams only, as test/check.test.ts does: fixture upstreams
// on 127.0.0.2 (exempted through CHECK_ALLOW_ADDRESSES), a canary on 127.0.0.1 on the same port that
// counts every connection the guard should have prevented, and names resolved by a test resolver.
import t, { type Test } from 'tap'
import http from 'node:http'
import net from 'node:net'
import type { Config } from '../src/config.js'
import type { Resolver, CheckReport } from '../src/check/checker.js'
import { CheckReportSchema } from '../src/schemas/check.js'
import { EXPLANATIONS, REFUSALS, REPORT_ERRORS } from '../src/pages/check-explanations.js'
import { renderUrlChecker, EMPTY_FORM } from '../src/pages/url-checker.js'
import { SitePages } from '../src/routes/pages.js'
import { HtmlValidate } from 'html-validate'
import { answerCommon, checkApp, listen } from './check-helper.js'
import { catalog } from './helper.js'

const fixture = http.createServer((req, res) => {
  if (answerCommon(req, res)) return
  if (new URL(req.url!, 'http://x').pathname === '/loop') return res.writeHead(302, { location: '/loop' }).end()
  res.writeHead(404).end()
})
const raw = net.createServer((socket) => {
  socket.once('data', () => socket.end('HELLO THERE\r\n\r\n'))
  socket.on('error', () => {})
})

const port = await listen(fixture, '127.0.0.2', 0)
const rawPort = await listen(raw, '127.0.0.2', 0)
const spare = net.createServer()
const closedPort = await listen(spare, '127.0.0.2', 0)
spare.close()
const canary = { hits: 0 }
const canaryServer = net.createServer((s) => {
  canary.hits++
  s.destroy()
})
await listen(canaryServer, '127.0.0.1', port)
t.teardown(() => {
  fixture.closeAllConnections()
  for (const s of [fixture, raw, canaryServer]) s.close()
})

const resolver: Resolver = async (hostname) => {
  if (hostname === 'fixture.test') return [{ address: '127.0.0.2', family: 4 }]
  if (hostname === 'loopback.test') return [{ address: '127.0.0.1', family: 4 }]
  throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
}

const app = (t: Test, check: Partial<Config['check']> = {}) =>
  checkApp(t, { ports: [port, rawPort, closedPort], resolver, check, config: { rateLimitPerMin: 1_000_000 } })

const main = await app(t)
const fx = (path: string, host = 'fixture.test') => `http://${host}:${port}${path}`
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
const page = (query: string, target = main) => target.inject({ url: `/url-checker?${query}`, headers: { accept: BROWSER } })
const one = (url: string, extra = '') => page(`url=${encodeURIComponent(url)}${extra}`)
const many = (urls: string[], extra = '') => page(`urls=${encodeURIComponent(urls.join('\r\n'))}${extra}`)
/** The text of a page, tags dropped and entities of quotes undone, for reading like a person. */
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
t.beforeEach(() => {
  canary.hits = 0
})

t.test('GET /url-checker is the form: cached, indexed, in the sitemap', async (t) => {
  const res = await page('').then(() => main.inject({ url: '/url-checker', headers: { accept: BROWSER } }))
  t.equal(res.statusCode, 200)
  t.match(res.headers['cache-control'], /^public, max-age=\d+/)
  t.notMatch(res.body, /noindex/)
  t.match(res.body, /<form action="\/url-checker" method="get">/)
  t.match(res.body, /<textarea id="urls-field" name="urls"/)
  for (const [code, e] of Object.entries(REPORT_ERRORS)) t.ok(text(res.body).includes(`${code} : ${e.title}`), `${code} is explained on the form page`)
  const sitemap = await main.inject('/sitemap.xml')
  t.match(sitemap.body, /<loc>http:\/\/localhost:3000\/url-checker<\/loc>/)
  t.notMatch(sitemap.body, /url-checker\?/)
})

t.test('a check shows the final status with its page, every hop, and is not cached or indexed', async (t) => {
  const res = await one(fx('/r/2'))
  t.equal(res.statusCode, 200)
  t.equal(res.headers['cache-control'], 'no-store')
  t.match(res.headers['content-security-policy'], /default-src 'none'/)
  t.match(res.body, /<meta name="robots" content="noindex"/)
  t.match(res.body, /<a href="\/200">200 OK<\/a>/, 'the final status links to its page')
  const rows = [...res.body.matchAll(/<tr><td>(\d+)<\/td><td class="url">(HEAD|GET) ([^<]+)<\/td><td>(?:<a href="\/(\d+)">)?(\d+) [^<]*(?:<\/a>)?<\/td><td class="url">([^<]+)<\/td><td>(\d+) ms<\/td><\/tr>/g)]
  t.same(
    rows.map((m) => [m[1], m[2], m[3], m[5], m[6]]),
    [
      ['1', 'HEAD', fx('/r/2'), '301', '/r/1'],
      ['2', 'HEAD', fx('/r/1'), '301', '/r/0'],
      ['3', 'HEAD', fx('/r/0'), '200', '-']
    ],
    'each hop: URL, status, location, time'
  )
  t.match(res.body, /<link rel="canonical" href="http:\/\/localhost:3000\/url-checker\?url=/, 'the results URL is the shareable one')
  const first = await one(fx('/r/2'), '&follow=false&method=GET')
  t.match(text(first.body), /Final status 301 Moved Permanently/)
  t.equal([...first.body.matchAll(/<tr><td>\d+<\/td>/g)].length, 1, 'one hop without following')
  t.match(first.body, /<option value="GET" selected>/, 'the form keeps the options')
  t.match(first.body, /<option value="false" selected>/)
  const unknown = await one(fx('/teapot'), '&method=GET')
  t.match(text(unknown.body), /Final status 418/)
  t.equal(canary.hits, 0)
})

t.test('every error a report can carry is explained in plain words, with what to try', async (t) => {
  const schemaCodes = (CheckReportSchema.properties.error.anyOf[0] as any).properties.code.anyOf.map((c: any) => c.const)
  t.same(Object.keys(REPORT_ERRORS).sort(), [...schemaCodes].sort(), 'an explanation for every code of the report schema')
  const cases: Array<[string, string, string?]> = [
    [fx('/loop'), 'REDIRECT_LOOP'],
    [fx('/two'), 'INVALID_REDIRECT'],
    [fx('/hang'), 'TIMEOUT'],
    [`http://fixture.test:${rawPort}/`, 'PROTOCOL_ERROR'],
    [fx('/big-headers'), 'RESPONSE_HEADERS_TOO_LARGE'],
    [`http://fixture.test:${closedPort}/`, 'CONNECTION_REFUSED'],
    [`http://nowhere.test:${port}/`, 'DNS_ERROR'],
    [fx('/r/3'), 'TOO_MANY_REDIRECTS', '&maxRedirects=1'],
    [fx(`/to?loc=${encodeURIComponent(`http://loopback.test:${port}/ok`)}`), 'DESTINATION_NOT_ALLOWED'],
    [`https://fixture.test:${port}/`, 'TLS_ERROR']
  ]
  const limited = await app(t, { maxRedirects: 1 })
  for (const [url, code, extra] of cases) {
    const res = await page(`url=${encodeURIComponent(url)}`, extra === undefined ? main : limited)
    t.equal(res.statusCode, 200, `${code}: the page with the report`)
    const body = text(res.body)
    t.ok(body.includes(REPORT_ERRORS[code as keyof typeof REPORT_ERRORS].title), `${code}: its title`)
    t.ok(body.includes(REPORT_ERRORS[code as keyof typeof REPORT_ERRORS].tryThis), `${code}: what to try`)
    t.ok(body.includes(`( ${code} )`), `${code}: its code`)
  }
  // The allowance running out partway: three units, a chain of five hops.
  const stingy = await app(t, { ratePerMinute: 3 })
  const cut = await page(`url=${encodeURIComponent(fx('/r/5'))}`, stingy)
  t.ok(text(cut.body).includes(REPORT_ERRORS.RATE_LIMITED.title), 'RATE_LIMITED: explained')
  // No loopback target can make a network unreachable; the page renders the report it would get.
  const report: CheckReport = {
    url: 'http://example.com/',
    finalUrl: 'http://example.com/',
    status: null,
    name: null,
    ok: false,
    hops: [],
    durationMs: 3,
    checkedAt: '2026-12-07T12:00:00.000Z',
    cached: false,
    error: { code: 'NETWORK_UNREACHABLE', message: 'There is no network route.', hop: 0 }
  }
  const site = new SitePages({ catalog: catalog(), origin: 'http://localhost:3000', memoEntries: 1 }).site
  const html = text(renderUrlChecker(site, { form: { ...EMPTY_FORM, url: report.url }, report, maxUrls: 20 }))
  t.ok(html.includes(REPORT_ERRORS.NETWORK_UNREACHABLE.tryThis), 'NETWORK_UNREACHABLE: explained')
  t.ok(html.includes('No response came back'), 'no hops: said so')
  t.equal(canary.hits, 0)
})

t.test('a refused destination shows the same refusal as the API, before any connection', async (t) => {
  for (const url of [`http://127.0.0.1:${port}/`, `http://169.254.169.254:${port}/latest/meta-data/`, `http://[::1]:${port}/`, `http://loopback.test:${port}/ok`]) {
    const res = await one(url)
    const api = JSON.parse((await main.inject(`/check?url=${encodeURIComponent(url)}`)).body)
    t.equal(res.statusCode, 403, `${url}: 403, as the API`)
    t.equal(api.status, 403)
    t.equal(res.headers['cache-control'], 'no-store')
    const body = text(res.body)
    t.ok(body.includes(api.title), `${url}: the API's title "${api.title}"`)
    t.ok(body.includes(api.detail), `${url}: the API's detail`)
    t.ok(body.includes(REFUSALS.DESTINATION_NOT_ALLOWED.tryThis), 'and what to try')
    t.match(res.body, /<input type="text" inputmode="url"[^>]*value="[^"]+"/, 'the form, with the URL kept')
  }
  t.equal(canary.hits, 0, 'no connection reached loopback')
})

t.test('bad input is a 400 page with the form and the API\'s code, never a 500', async (t) => {
  const cases: Array<[string, number, string]> = [
    ['url=not%20a%20url', 400, 'INVALID_URL'],
    ['url=', 400, 'INVALID_URL'],
    ['url=ftp%3A%2F%2Fexample.com%2F', 400, 'UNSUPPORTED_SCHEME'],
    [`url=${encodeURIComponent(`http://u:p@fixture.test:${port}/`)}`, 400, 'CREDENTIALS_NOT_ALLOWED'],
    ['url=http%3A%2F%2Ffixture.test%3A22%2F', 400, 'PORT_NOT_ALLOWED'],
    [`url=${encodeURIComponent(fx('/ok'))}&method=POST`, 400, 'ERR_VALIDATION'],
    [`url=${encodeURIComponent(fx('/ok'))}&follow=maybe`, 400, 'ERR_VALIDATION'],
    [`url=${encodeURIComponent(`http://example.com/${'a'.repeat(3000)}`)}`, 400, 'INVALID_URL'],
    ['urls=', 400, 'ERR_VALIDATION'],
    [`urls=${encodeURIComponent(`${fx('/ok')}\nnot a url`)}`, 400, 'INVALID_URL']
  ]
  const long = `urls=${encodeURIComponent('x'.repeat(50_000))}`
  const posted = (body: string) => main.inject({ method: 'POST', url: '/url-checker', headers: { accept: BROWSER, 'content-type': 'application/x-www-form-urlencoded' }, payload: body })
  const answers = [...(await Promise.all(cases.map(([query]) => page(query)))).entries()].map(([i, res]) => [cases[i]!, res] as const)
  answers.push([[long, 400, 'ERR_VALIDATION'], await posted(long)], [['urls= (posted)', 400, 'ERR_VALIDATION'], await posted('method=GET')])
  for (const [[query, status, code], res] of answers) {
    t.equal(res.statusCode, status, `${query.slice(0, 50)}: ${status}`)
    t.equal(res.headers['content-type'], 'text/html; charset=utf-8')
    const body = text(res.body)
    t.ok(body.includes(EXPLANATIONS.get(code)!.title), `${query.slice(0, 50)}: ${code} explained`)
    t.ok(res.body.includes('role="alert"'), 'the error summary')
    t.ok(res.body.includes('<form action="/url-checker"'), 'the form')
  }
  const huge = await posted(`urls=${'x'.repeat(70_000)}`)
  t.equal(huge.statusCode, 413, 'a form body over BODY_LIMIT_BYTES is a 413 problem')
  t.equal(huge.headers['content-type'], 'application/problem+json; charset=utf-8')
  const json = await main.inject({ method: 'POST', url: '/url-checker', payload: { urls: ['x'] } })
  t.equal(json.statusCode, 415, 'the form takes only form bodies')
  const list = await page(`urls=${encodeURIComponent(`${fx('/ok')}\nnot a url`)}`)
  t.ok(text(list.body).includes('urls/1: '), 'a bad line of a list is named by its index')
  t.equal(canary.hits, 0)
})

t.test('a list of URLs is a table, posted or in the query; over 20 is a 400 page with the form', async (t) => {
  const list = [fx('/ok'), fx('/r/1')].join('\r\n')
  const posted = await main.inject({ method: 'POST', url: '/url-checker', headers: { accept: BROWSER, 'content-type': 'application/x-www-form-urlencoded' }, payload: `urls=${encodeURIComponent(list)}&method=GET&follow=true` })
  t.equal(posted.statusCode, 200, 'the posted form is answered with the results')
  t.equal(posted.headers['cache-control'], 'no-store')
  t.equal([...posted.body.matchAll(/<tr><td class="url"><a href="\/url-checker\?url=[^"]+&amp;method=GET">/g)].length, 2, 'with the options')
  const res = await many([fx('/ok'), ` ${fx('/r/1')} `, '', `http://127.0.0.1:${port}/`, fx('/loop')])
  t.equal(res.statusCode, 200)
  t.equal(res.headers['cache-control'], 'no-store')
  const rows = [...res.body.matchAll(/<tr><td class="url"><a href="([^"]+)">([^<]+)<\/a><\/td><td>(.*?)<\/td><td>(\d+)<\/td><td>\d+ ms<\/td><td>(.*?)<\/td><\/tr>/g)]
  t.same(
    rows.map((m) => [m[2], text(m[3]!).trim(), m[4], text(m[5]!).trim()]),
    [
      [fx('/ok'), '200 OK', '1', '-'],
      [fx('/r/1'), '200 OK', '2', '-'],
      [`http://127.0.0.1:${port}/`, 'no response', '0', REPORT_ERRORS.DESTINATION_NOT_ALLOWED.title],
      [fx('/loop'), '302 Found', '1', REPORT_ERRORS.REDIRECT_LOOP.title]
    ]
  )
  t.equal(rows[0]![1], `/url-checker?url=${encodeURIComponent(fx('/ok'))}`, 'each URL links to its own report')
  t.match(res.body, /id="error-REDIRECT_LOOP"/, 'the problems are explained below the table')
  const over = await many(Array.from({ length: 21 }, (_, i) => fx(`/ok?${i}`)))
  t.equal(over.statusCode, 400)
  t.ok(text(over.body).includes('Check at most 20 URLs at once; that was 21.'))
  t.match(over.body, /<textarea id="urls-field" name="urls"[^>]*aria-invalid="true"[^>]*>http:/, 'the form keeps the list')
  t.equal(canary.hits, 0)
})

t.test('the page and /check share one allowance and one cache', async (t) => {
  const shared = await app(t, { ratePerMinute: 4, cacheTtlMs: 60_000 })
  const first = await page(`url=${encodeURIComponent(fx('/ok?shared'))}`, shared)
  t.equal(first.headers['ratelimit-remaining'], '3')
  const api = JSON.parse((await shared.inject(`/check?url=${encodeURIComponent(fx('/ok?shared'))}`)).body)
  t.equal(api.cached, true, 'the API answered from the check the page made')
  const list = await page(`urls=${encodeURIComponent(`${fx('/ok?a')}\n${fx('/ok?b')}`)}`, shared)
  t.equal(list.headers['ratelimit-remaining'], '0', 'a list spends one unit a URL')
  const over = await page(`url=${encodeURIComponent(fx('/ok'))}`, shared)
  t.equal(over.statusCode, 429)
  t.ok(Number(over.headers['retry-after']) > 0, 'Retry-After')
  t.ok(text(over.body).includes(EXPLANATIONS.get('ERR_RATE_LIMITED')!.tryThis))
})

t.test('what a URL holds is escaped', async (t) => {
  const res = await one(fx('/ok?<script>alert(1)</script>"'))
  t.equal(res.statusCode, 200)
  t.notMatch(res.body, /<script>alert/)
  const bad = await one('<script>alert(1)</script>')
  t.equal(bad.statusCode, 400)
  t.notMatch(bad.body, /<script>alert/)
})

t.test('results, lists and problems are valid HTML', async (t) => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off' } })
  const list = [fx('/ok'), fx('/loop'), `http://127.0.0.1:${port}/`]
  for (const res of [await one(fx('/r/1')), await one(fx('/hang')), await many(list), await one(`http://127.0.0.1:${port}/`), await page('urls=')]) {
    const report = await validator.validateString(res.body)
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? ''})`))
    t.same(messages, [], `${res.statusCode} page is valid`)
  }
})
