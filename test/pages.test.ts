import t from 'tap'
import fc from 'fast-check'
import { brotliDecompressSync } from 'node:zlib'
import { HtmlValidate } from 'html-validate'
import { build, catalog, DATA_DIR, PAGE_KINDS, pageStatus } from './helper.js'
import { buildApp } from '../src/app.js'
import { defaultConfig } from '../src/config.js'
import { buildCatalog } from '../src/catalog/catalog.js'
import { readData } from '../src/catalog/load.js'
import { API_SEGMENTS, PAGE_SEGMENTS, categoryPath, codePath, comparePath } from '../src/pages/urls.js'
import { prefersHtml } from '../src/http/accept.js'
import { SitePages } from '../src/routes/pages.js'
import { TOOLS } from '../src/pages/tools.js'

// The crawl and the validation make several hundred requests from one client. Validating a page blocks
// this process for a while on a loaded machine: event-loop delay must not turn the pages into 503s.
const app = await build(t, { rateLimitPerMin: 1_000_000, pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 } })
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
const get = (url: string, headers: Record<string, string> = {}) => app.inject({ url, headers: { accept: BROWSER, ...headers } })
const pages = new SitePages({ catalog: catalog(), origin: 'http://localhost:3000', memoEntries: 10 })
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
  for (const [kind, url] of Object.entries(PAGE_KINDS)) {
    const res = await get(url)
    t.equal(res.statusCode, pageStatus(kind), `${kind}: status`)
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
  const urls = new Set([
    ...Object.values(PAGE_KINDS),
    ...pages.paths,
    '/vs?codes=401',
    '/search?q=' + 'a'.repeat(101),
    '/url-checker?url=ftp%3A%2F%2Fexample.com%2F',
    '/playground?code=600',
    '/quiz/answer?seed=pages&n=0&right=0',
    '/quiz/question?seed=pages&n=0&right=1',
    // One question of each kind, and its answer, right and wrong.
    ...[0, 1, 2, 3].flatMap((n) => [`/quiz/question?seed=kinds&n=${n}&right=0`, `/quiz/answer?seed=kinds&n=${n}&right=0&choice=A`, `/quiz/answer?seed=kinds&n=${n}&right=0&choice=D`])
  ])
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

/** Parses RFC 4180 CSV strictly: CRLF record ends, fields quoted when they hold a quote, comma or line break. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i < text.length) {
    let field = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') (field += '"'), (i += 2)
        else if (text[i] === '"') break
        else if (i >= text.length) throw new Error('unterminated quote')
        else field += text[i++]
      }
      i++
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`)
        field += text[i++]
      }
    }
    row.push(field)
    if (text[i] === ',') i++
    else if (text.startsWith('\r\n', i)) (rows.push(row), (row = []), (i += 2))
    else throw new Error(`expected , or CRLF at ${i}`)
  }
  return rows
}

t.test('the cheat sheet lists every meaning in the catalog exactly once, as a page, Markdown and CSV', async (t) => {
  const records = catalog().records
  const paths = records.map((r) => codePath(catalog(), r.code, r.vendor))
  const page = (await get('/cheat-sheet')).body
  const sheet = page.slice(page.indexOf('<div class="cheat-sheet'), page.indexOf('</main>'))
  for (const path of paths) t.equal(sheet.split(`<a href="${path}">`).length - 1, 1, `page: ${path} once`)
  t.equal(sheet.match(/<li>/g)?.length, records.length, 'page: one line per meaning')
  t.match(sheet, /<b>499<\/b> Token Required<\/a><span class="tag">Esri ArcGIS<\/span>/, 'vendor codes are marked')
  t.match(sheet, /<b>305<\/b> Use Proxy<\/a><span class="tag">deprecated<\/span>/, 'deprecated codes are marked')
  t.match(sheet, /<b>306<\/b> \(Unused\)<\/a><span class="tag">unused<\/span>/, 'unused codes are marked')

  const md = await get('/cheat-sheet.md')
  t.equal(md.statusCode, 200)
  t.equal(md.headers['content-type'], 'text/markdown; charset=utf-8; variant=CommonMark')
  t.equal(md.headers['content-disposition'], 'attachment; filename="http-status-codes.md"')
  t.ok(md.headers.etag)
  const lines = md.body.split('\n').filter((l) => l.startsWith('- ['))
  t.equal(lines.length, records.length, 'Markdown: one line per meaning')
  for (const path of paths) t.equal(lines.filter((l) => l.includes(`](http://localhost:3000${path})`)).length, 1, `Markdown: ${path} once`)
  t.ok(lines.includes('- [499 Token Required](http://localhost:3000/499/esri) *(Esri ArcGIS)*: ' + catalog().find(499, 'esri')!.summary), 'Markdown: a vendor line')

  const csv = await get('/cheat-sheet.csv')
  t.equal(csv.headers['content-type'], 'text/csv; charset=utf-8; header=present')
  t.equal(csv.headers['content-disposition'], 'attachment; filename="http-status-codes.csv"')
  const rows = parseCsv(csv.body)
  t.same(rows[0], ['code', 'name', 'class', 'vendor', 'status', 'summary', 'url'], 'CSV: the header line')
  t.equal(rows.length - 1, records.length, 'CSV: one record per meaning')
  t.same(
    rows.slice(1).map((r) => `${r[0]}|${r[3]}`).sort(),
    records.map((r) => `${r.code}|${r.vendor ?? ''}`).sort(),
    'CSV: every meaning once'
  )
  for (const [i, r] of rows.slice(1).entries()) {
    const record = records.find((x) => String(x.code) === r[0] && (x.vendor ?? '') === r[3])!
    if (r[1] !== record.name || r[5] !== record.summary) t.fail(`CSV row ${i + 1} does not round-trip`, { row: r })
  }
  // Spreadsheets run a field that starts with one of these as a formula (OWASP, "CSV Injection"). Every field is
  // catalog text or a URL of ours, so none may start with one: a record that did would fail here, not reach a sheet.
  t.same(rows.flat().filter((field) => /^[=+\-@\t\r]/.test(field)), [], 'CSV: no field a spreadsheet would take for a formula')
  t.ok(csv.body.includes('"An interim go-ahead: the server has read the request headers, has not rejected them, and is ready to receive the body."'), 'a comma is quoted')
  t.throws(() => parseCsv('a,b\nc'), 'the parser is strict about line ends')
})

t.test('the quiz pages: a start without a seed, the score in the URL, mistakes as 400 pages', async (t) => {
  const start = await get('/quiz/question')
  t.equal(start.statusCode, 303)
  t.match(start.headers.location, /^\/quiz\/question\?seed=[A-Za-z0-9_-]{8}&n=0&right=0$/)
  t.equal(start.headers['cache-control'], 'no-store')
  const question = await get('/quiz/question?seed=pages&n=3&right=2')
  t.equal(question.statusCode, 200)
  t.equal(question.headers['cache-control'], 'public, max-age=3600', 'a question page is cacheable')
  t.match(question.body, /<h1>Question 4<\/h1>/)
  t.match(question.body, /Score: 2 right out of 3\./)
  for (const field of ['name="seed" value="pages"', 'name="n" value="3"', 'name="right" value="2"']) t.ok(question.body.includes(field), field)
  t.equal(question.body.match(/type="radio" name="choice"/g)?.length, 4)
  t.equal((await get('/quiz/question?seed=pages&n=3&right=2', { 'if-none-match': String(question.headers.etag) })).statusCode, 304)

  const quiz = pages.quiz
  const q = quiz.question(quiz.idAt('pages', 3))
  const wrong = q.choices.find((c) => c.key !== q.answer)!.key
  const right = await get(`/quiz/answer?seed=pages&n=3&right=2&choice=${q.answer}`)
  t.match(right.body, /<h1>Right!<\/h1>/)
  t.match(right.body, /Score: 3 right out of 4\./)
  t.ok(right.body.includes('href="/quiz/question?seed=pages&amp;n=4&amp;right=3">Next question'), 'the next question carries the score')
  const missed = await get(`/quiz/answer?seed=pages&n=3&right=2&choice=${wrong}`)
  t.match(missed.body, /<h1>Not quite<\/h1>/)
  t.match(missed.body, /Score: 2 right out of 4\./)
  t.ok(missed.body.includes(`The answer is <strong>${q.answer}</strong>`), 'the right answer is shown')
  t.ok(missed.body.includes('href="/quiz/question?seed=pages&amp;n=4&amp;right=2">Next question'))
  t.ok(missed.body.includes(`Read more: <a href="`), 'a link to the page that explains it')

  for (const url of [
    '/quiz/question?seed=a!b&n=0&right=0',
    `/quiz/question?seed=${'a'.repeat(33)}&n=0&right=0`,
    '/quiz/question?seed=ok&n=-1&right=0',
    '/quiz/question?seed=ok&n=01&right=0',
    '/quiz/question?seed=ok&n=10000&right=0',
    '/quiz/question?seed=ok&n=2&right=3',
    '/quiz/question?seed=ok&n=2',
    '/quiz/answer?seed=ok&n=x&right=0&choice=A'
  ]) {
    const res = await get(url)
    t.equal(res.statusCode, 400, url)
    t.equal(res.headers['cache-control'], 'no-store')
    t.match(res.body, /The quiz link is broken/)
    t.match(res.body, /Start the quiz/, 'and a way to start again')
  }
  for (const url of ['/quiz/answer?seed=ok&n=0&right=0', '/quiz/answer?seed=ok&n=0&right=0&choice=E', '/quiz/answer?seed=ok&n=0&right=0&choice=']) {
    const res = await get(url)
    t.equal(res.statusCode, 400, url)
    t.match(res.body, /Choose one of the answers/)
    t.match(res.body, /aria-describedby="choice-error"/, 'the error is tied to the choices')
  }
})

t.test('every page and the home page link the four tools, and each is served', async (t) => {
  for (const tool of TOOLS) t.equal((await get(tool.path)).statusCode, 200, `${tool.name} is served at ${tool.path}`)
  for (const path of ['/', '/409', '/url-checker', '/playground', '/quiz', '/cheat-sheet']) {
    const html = (await get(path)).body
    const footer = html.slice(html.indexOf('<footer'))
    for (const tool of TOOLS) t.ok(footer.includes(`<a href="${tool.path}">${tool.name}</a>`), `${path}: the footer links ${tool.name}`)
  }
  const home = (await get('/')).body
  for (const tool of TOOLS) t.ok(home.includes(`<a href="${tool.path}">${tool.name}</a>: ${tool.description}`), `home: ${tool.name}`)
})
