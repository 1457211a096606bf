import t from 'tap'
import fc from 'fast-check'
import { brotliDecompressSync } from 'node:zlib'
import { HtmlValidate } from 'html-validate'
import { build, catalog, DATA_DIR } from './helper.js'
import { buildApp } from '../src/app.js'
import { defaultConfig } from '../src/config.js'
import { buildCatalog } from '../src/catalog/catalog.js'
import { readData } from '../src/catalog/load.js'
import { API_SEGMENTS, PAGE_SEGMENTS, categoryPath, codePath, comparePath } from '../src/pages/urls.js'
import { prefersHtml } from '../src/http/accept.js'
import { SitePages } from '../src/routes/pages.js'
import { TOOLS } from '../src/pages/tools.js'

// The crawl and the validation make several hundred requests from one client.
// No event-loop-delay shedding: html-validate holds the loop, and a loaded machine would turn pages into 503s.
const app = await build(t, { rateLimitPerMin: 1_000_000, pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 } })
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers: { accept: BROWSER, ...headers } })
const pages = new SitePages({ catalog: catalog(), origin: 'http://localhost:3000', memoEntries: 10 })
/** Every page kind, with a path of each. */
const KINDS: Record<string, string> = {
  home: '/',
  code: '/409',
  'other meaning': '/499/esri',
  class: '/4xx',
  vendor: '/vendor/nginx',
  'curated comparison': '/401-vs-403',
  'uncurated comparison': '/404-vs-418-vs-500',
  'compare form': '/vs',
  'url checker': '/url-checker',
  playground: '/playground',
  search: '/search?q=payload',
  'empty search': '/search',
  'not found': '/no-such-page'
}
/** Links to href and src values in a page. */
const links = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))

t.test('prefersHtml: browsers navigating get pages, programs JSON', async (t) => {
  t.ok(prefersHtml(BROWSER))
  t.ok(prefersHtml('text/html'))
  for (const accept of [undefined, '', '*/*', 'application/json', 'text/*', 'text/html;q=0.5, application/json', 'text/html, application/problem+json', 'text/html;q=0.8, */*']) {
    t.notOk(prefersHtml(accept), String(accept))
  }
})

t.test('every page kind answers with its status and the pages headers', async (t) => {
  for (const [kind, url] of Object.entries(KINDS)) {
    const res = await get(url)
    t.equal(res.statusCode, kind === 'not found' ? 404 : 200, `${kind}: status`)
    t.equal(res.headers['content-type'], 'text/html; charset=utf-8', `${kind}: HTML`)
    const csp = String(res.headers['content-security-policy'])
    t.match(csp, /frame-ancestors 'none'/, `${kind}: CSP forbids framing`)
    t.notMatch(csp, /unsafe-inline|unsafe-eval/, `${kind}: CSP allows nothing inline`)
    t.equal(res.headers['x-content-type-options'], 'nosniff')
    t.ok(res.headers['referrer-policy'], `${kind}: Referrer-Policy`)
    t.match(res.body, /^<!DOCTYPE html><html lang="en">/, `${kind}: doctype and lang`)
    t.equal(res.body.match(/<h1[ >]/g)?.length, 1, `${kind}: one h1`)
    for (const landmark of ['<header', '<main id="main"', '<footer', 'class="skip" href="#main"']) t.ok(res.body.includes(landmark), `${kind}: ${landmark}`)
    t.match(res.body, /<meta name="description" content="[^"]+"/, `${kind}: description`)
    t.match(res.body, /<link rel="canonical" href="http:\/\/localhost:3000\/[^"]*"/, `${kind}: canonical`)
    t.match(res.body, /<meta property="og:title" content="[^"]+"/, `${kind}: Open Graph`)
  }
})

t.test('GET / is negotiated on Accept, and says so in Vary', async (t) => {
  const page = await get('/')
  t.equal(page.headers['content-type'], 'text/html; charset=utf-8')
  t.match(page.headers.vary, /^Accept\b/)
  for (const accept of ['*/*', 'application/json']) {
    const res = await app.inject({ url: '/', headers: { accept } })
    t.equal(res.headers['content-type'], 'application/json; charset=utf-8', `${accept}: the index`)
    t.equal(res.headers.vary, 'Accept')
    t.equal(res.json().name, 'SiteError API')
  }
  t.not(page.headers.etag, (await app.inject('/')).headers.etag, 'each representation has its own ETag')
})

t.test('API paths are never pages, whatever the Accept', async (t) => {
  for (const url of ['/codes/409', '/codes', '/categories/client-error', '/compare?codes=401,403']) {
    t.equal((await get(url)).headers['content-type'], 'application/json; charset=utf-8', url)
  }
  for (const url of ['/codes/998', '/codes/nope', '/echo-nope']) {
    const res = await get(url)
    const api = url.startsWith('/codes/')
    t.equal(res.headers['content-type'], api ? 'application/problem+json; charset=utf-8' : 'text/html; charset=utf-8', url)
  }
  const program = await app.inject('/no-such-page')
  t.equal(program.statusCode, 404)
  t.equal(program.headers['content-type'], 'application/problem+json; charset=utf-8', 'a program gets the 404 problem')
  const post = await app.inject({ method: 'POST', url: '/no-such-page', headers: { accept: BROWSER } })
  t.equal(post.headers['content-type'], 'application/problem+json; charset=utf-8', 'only GET and HEAD get pages')
})

t.test('pages are cached, validated, compressed and answer HEAD', async (t) => {
  const first = await get('/409', { 'accept-encoding': 'br' })
  t.match(first.headers.etag, /^"[A-Za-z0-9_-]{27}-br"$/, 'a strong ETag per coding')
  t.equal(first.headers['content-encoding'], 'br')
  t.equal(first.headers['cache-control'], 'public, max-age=3600')
  t.match(brotliDecompressSync(first.rawPayload).toString(), /<h1>/)
  const again = await get('/409', { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) })
  t.equal(again.statusCode, 304)
  t.equal(again.body, '')
  const head = await app.inject({ method: 'HEAD', url: '/409' })
  t.equal(head.statusCode, 200)
  t.equal(head.body, '')
  const post = await app.inject({ method: 'POST', url: '/409' })
  t.equal(post.statusCode, 405)
  t.equal(post.headers.allow, 'GET, HEAD, OPTIONS')
  t.equal((await app.inject({ method: 'OPTIONS', url: '/409' })).statusCode, 204)
  for (const path of links(first.body.length > 0 ? (await get('/409')).body : '').filter((l) => l.startsWith('/static/'))) {
    const asset = await get(path)
    t.equal(asset.statusCode, 200, path)
    t.equal(asset.headers['cache-control'], 'public, max-age=31536000, immutable', `${path} is immutable`)
    t.match(path, /^\/static\/[a-z]+\.[0-9a-f]{10}\.(css|js|svg)$/, 'a content-hashed name')
  }
})

t.test('comparisons: any order redirects to the ascending page; the form redirects to it', async (t) => {
  t.match(await get('/403-vs-401'), { statusCode: 301, headers: { location: '/401-vs-403' } })
  t.match(await get('/vs?codes=403,%20401'), { statusCode: 303, headers: { location: '/401-vs-403' } })
  t.match(await get('/vs?codes=500+502+503'), { statusCode: 303, headers: { location: '/500-vs-502-vs-503' } })
  const bad = await get('/vs?codes=401')
  t.equal(bad.statusCode, 400)
  t.match(bad.body, /Compare two to four codes; got 1\./)
  t.match(bad.body, /aria-invalid="true"/)
  t.equal((await get('/vs?codes=401,299')).statusCode, 404, 'an unknown code is a 404, as in the API')
  t.equal((await get(`/vs?codes=${'1'.repeat(65)}`)).statusCode, 400, 'over the length limit')
  t.equal((await get('/401-vs-299')).statusCode, 404)
  t.equal((await get('/401-vs-401')).statusCode, 404)
  const curated = await get('/401-vs-403')
  t.match(curated.body, /401 vs 403: who are you, or you may not/)
  t.match(curated.body, /When to use each/)
  t.match(curated.body, /The common mistake/)
})

t.test('search finds what GET /codes?q= finds', async (t) => {
  const res = await get('/search?q=payload')
  t.match(res.body, /href="\/413">413 Content Too Large<\/a>/)
  t.match(res.body, /1 code matches/)
  t.equal((await get(`/search?q=${'a'.repeat(101)}`)).statusCode, 400)
  t.match((await get('/search?q=zzzzqqq')).body, /No code matches/)
})

t.test('the 409 page shows every part of the record', async (t) => {
  const { body } = await get('/409')
  const r = catalog().find(409)!
  for (const part of [
    '<a href="/4xx">4xx Client Error</a>',
    '409 Conflict</h1>',
    'What does this mean?',
    'Example response',
    'HTTP/1.1 409 Conflict',
    'Common causes',
    'Technical definition',
    'RFC 9110 says',
    'href="https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.10"',
    'In plain English',
    'The common misinterpretation',
    'Sending 409 from your framework',
    'Frequently asked questions',
    'Related codes',
    'Compared with',
    'href="/409-vs-412"',
    'href="/codes/409"',
    'href="/echo/409"',
    'rel="prev"',
    'rel="next"',
    '"@type":"FAQPage"',
    '"@type":"BreadcrumbList"'
  ]) {
    t.ok(body.includes(part), part)
  }
  for (const s of r.snippets) t.ok(body.includes(`id="snippet-${s.id}"`), `snippet ${s.id}`)
  t.ok(body.includes(r.faq[0]!.question.replace(/'/g, '&#39;')) || body.includes(r.faq[0]!.question), 'the first question')
  const esri = (await get('/499/esri')).body
  t.match(esri, /Vendor-only/, 'a vendor meaning says so')
  t.match(esri, /href="\/499">499 Client Closed Request<\/a>/, 'and links the other meaning')
})

t.test('data is escaped, JSON-LD cannot close its script', async (t) => {
  const raw = readData(DATA_DIR)
  const m = raw.codes.find((c) => c.meanings[0]!.code === 409)!.meanings[0]!
  m.summary = 'Evil <img src=x onerror=alert(1)> & "quotes"'
  m.faq[0]!.answer = 'Close it: </script><script>alert(2)</script>'
  const evil = await buildApp({ config: defaultConfig(), catalog: buildCatalog(raw) })
  t.teardown(() => evil.close())
  const { body } = await evil.inject({ url: '/409', headers: { accept: BROWSER } })
  t.notOk(body.includes('<img src=x'), 'markup in a record is text')
  t.ok(body.includes('Evil &lt;img src=x onerror=alert(1)>'), 'escaped in text')
  t.ok(body.includes('content="Evil &lt;img src=x onerror=alert(1)> &amp; &quot;quotes&quot;"'), 'escaped in attributes')
  t.notOk(body.includes('</script><script>alert(2)'), 'no script break-out')
  t.ok(body.includes('\\u003c/script>\\u003cscript>alert(2)'), 'JSON-LD escapes <')
})

t.test('no page path shadows an API route, and no data value can make one', async (t) => {
  // The OpenAPI document lists every API path (pages are hidden from it), and Swagger UI lives under /docs.
  const apiPaths = [...Object.keys((app.swagger() as { paths: Record<string, unknown> }).paths), '/docs']
  t.ok(apiPaths.length > 10, 'the API paths are known')
  for (const path of apiPaths) {
    const first = path.split('/')[1]!
    if (first === '') continue
    t.ok(API_SEGMENTS.has(first), `the API's first segment "${first}" (${path}) is listed in API_SEGMENTS`)
  }
  for (const p of PAGE_SEGMENTS) t.notOk(API_SEGMENTS.has(p), `${p} is not an API segment`)
  for (const path of pages.paths) {
    const first = path.split('/')[1]!.split('?')[0]!
    t.ok(first === '' || /^[1-9]/.test(first) || PAGE_SEGMENTS.has(first), `${path} starts with a digit or a page segment`)
  }
  // Whatever id data/ gives a vendor or category, its pages stay out of the API's paths.
  const id = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  fc.assert(
    fc.property(id, fc.integer({ min: 100, max: 999 }), fc.constantFrom('class' as const, 'vendor' as const), (vendor, code, kind) => {
      for (const path of [codePath(catalog(), code, vendor), categoryPath({ id: vendor, kind }), comparePath([code, 100])]) {
        const first = path.split('/')[1]!
        if (API_SEGMENTS.has(first)) return false
      }
      return true
    })
  )
})

t.test('sitemap.xml lists every page; robots.txt points at it', async (t) => {
  const sitemap = await app.inject('/sitemap.xml')
  t.equal(sitemap.headers['content-type'], 'application/xml; charset=utf-8')
  const locs = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
  t.equal(locs.length, pages.paths.length)
  t.ok(locs.includes('http://localhost:3000/499/esri'))
  t.ok(locs.includes('http://localhost:3000/401-vs-403'))
  t.match((await app.inject('/robots.txt')).body, /Sitemap: http:\/\/localhost:3000\/sitemap\.xml/)
})

t.test('html-validate passes on every page kind and every page in the sitemap', async (t) => {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // preact writes void elements as <meta />, which HTML allows.
      'void-style': 'off',
      // Curly quotes in titles and text are meant.
      'unrecognized-char-ref': 'error'
    }
  })
  const urls = new Set([...Object.values(KINDS), ...pages.paths, '/vs?codes=401', '/search?q=' + 'a'.repeat(101), '/url-checker?url=ftp%3A%2F%2Fexample.com%2F', '/playground?code=600'])
  for (const url of urls) {
    const report = await validator.validateString((await get(url)).body)
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? ''})`))
    if (!report.valid) t.fail(`${url} is not valid`, { messages: messages.slice(0, 10) })
  }
  t.pass(`${urls.size} pages validated`)
})

t.test('a crawl from / reaches every sitemap page and finds no broken internal link', async (t) => {
  const seen = new Map<string, number>()
  const queue = ['/']
  const broken: string[] = []
  const weights: Array<[string, number]> = []
  let css = 0
  while (queue.length > 0) {
    const url = queue.shift()!
    if (seen.has(url)) continue
    let res = await get(url, { 'accept-encoding': 'br' })
    // Follow redirects (the docs, canonical comparison orders) to where they lead.
    for (let hops = 0; res.statusCode >= 300 && res.statusCode < 400 && hops < 5; hops++) {
      res = await get(new URL(String(res.headers.location), 'http://localhost').pathname, { 'accept-encoding': 'br' })
    }
    seen.set(url, res.statusCode)
    if (res.statusCode !== 200) broken.push(`${url} -> ${res.statusCode}`)
    if (!String(res.headers['content-type']).startsWith('text/html') || url.startsWith('/docs')) {
      if (url.endsWith('.css')) css = res.rawPayload.length
      continue
    }
    weights.push([url, res.rawPayload.length])
    const html = brotliDecompressSync(res.rawPayload).toString()
    for (const link of links(html)) {
      if (!link.startsWith('/') || link.startsWith('//')) continue
      const path = link.split('#')[0]!
      // /echo answers with the status it is asked for, on purpose; it is the API, not a page.
      if (path === '' || path.startsWith('/echo/') || seen.has(path)) continue
      queue.push(path)
    }
  }
  t.same(broken, [], 'no broken internal links')
  const missing = pages.paths.filter((p) => !seen.has(p))
  t.same(missing, [], 'every sitemap page is reachable from /')
  t.ok(css > 0, 'the stylesheet was fetched')
  const heaviest = weights.reduce((a, b) => (b[1] > a[1] ? b : a))
  t.ok(heaviest[1] + css < 60 * 1024, `every page is under 60 KB with its CSS, compressed (heaviest: ${heaviest[0]}, ${heaviest[1] + css} bytes)`)
  t.pass(`${seen.size} URLs crawled`)
})

t.test('every page and the home page list the tools this app serves, and only those', async (t) => {
  const served = TOOLS.filter((tool) => app.hasRoute({ method: 'GET', url: tool.path }))
  t.ok(served.some((tool) => tool.path === '/url-checker') && served.some((tool) => tool.path === '/playground'), 'the URL checker and the playground are served')
  for (const path of ['/', '/409', '/url-checker', '/playground']) {
    const html = (await get(path)).body
    const footer = html.slice(html.indexOf('<footer'))
    for (const tool of TOOLS) {
      t.equal(footer.includes(`<a href="${tool.path}">${tool.name}</a>`), served.includes(tool), `${path}: the footer ${served.includes(tool) ? 'links' : 'leaves out'} ${tool.name}`)
    }
  }
  const home = (await get('/')).body
  for (const tool of served) t.ok(home.includes(`<a href="${tool.path}">${tool.name}</a>: ${tool.description}`), `home: ${tool.name}`)
  // A tool whose page is served is listed, whatever serves it.
  const everything = new SitePages({ catalog: catalog(), origin: 'http://localhost:3000', memoEntries: 1, hasRoute: () => true })
  t.same(everything.site.tools(), TOOLS)
  const nothing = new SitePages({ catalog: catalog(), origin: 'http://localhost:3000', memoEntries: 1, hasRoute: () => false })
  t.same(nothing.site.tools(), [], 'no tool page served, none listed')
})
