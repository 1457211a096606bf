import t from 'tap'
import { execFileSync } from 'node:child_process'
import { HtmlValidate } from 'html-validate'
import { build } from './helper.js'
import { defaultConfig } from '../src/config.js'
import { composeEcho, curlCommand, shellQuote, EMPTY_DRAFT } from '../src/echo/compose.js'
import { EXAMPLES, examples } from '../src/pages/playground.js'

const app = await build(t, { rateLimitPerMin: 1_000_000, pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 } })
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
const page = (query: string) => app.inject({ url: `/playground${query}`, headers: { accept: BROWSER } })
const unescape = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
/** The composed URL and curl command a page shows. */
function shown(html: string): { url: string; curl: string } {
  const url = /<pre data-copy="URL"[^>]*><code>([^<]*)<\/code><\/pre>/.exec(html)?.[1]
  const curl = /<pre data-copy="curl command"[^>]*><code>([^<]*)<\/code><\/pre>/.exec(html)?.[1]
  return { url: unescape(url ?? ''), curl: unescape(curl ?? '') }
}
/** The words a POSIX shell makes of a command line, with curl replaced by a function that prints them one a line (NUL-separated). */
function words(command: string): string[] {
  const out = execFileSync('sh', ['-c', `curl() { for a in "$@"; do printf '%s\\0' "$a"; done; }\n${command}`], { encoding: 'utf8' })
  return out.split('\0').slice(0, -1)
}
const ORIGIN = 'http://localhost:3000'

t.test('GET /playground is the page: cached, in the sitemap, with runnable examples', async (t) => {
  const res = await page('')
  t.equal(res.statusCode, 200)
  t.match(res.headers['cache-control'], /^public, max-age=\d+/)
  t.notMatch(res.body, /noindex/)
  t.match(res.body, /<form action="\/playground" method="get">/)
  t.match(res.body, /<a href="\/docs">The whole API in Swagger UI<\/a>/)
  t.equal(examples(10_000).length, EXAMPLES.length, 'every example composes under the default limits')
  for (const example of examples(10_000)) {
    t.ok(res.body.includes(`<code>${curlCommand(example.full.method, ORIGIN + example.path).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</code>`), `${example.title}: its command`)
  }
  t.equal(examples(1000).length, EXAMPLES.length - 1, 'an example /echo would refuse under a lower ECHO_MAX_DELAY_MS is left out')
  t.match((await app.inject('/sitemap.xml')).body, /<loc>http:\/\/localhost:3000\/playground<\/loc>/)
})

t.test('every example is a request /echo answers as it says', async (t) => {
  for (const example of examples(10_000)) {
    if (example.full.delay !== '') continue // composed and checked above; no need to wait for it
    const res = await app.inject({ method: example.full.method, url: example.path })
    const expected = example.full.weights === '' ? [Number(example.full.code)] : example.full.weights.split(',').map((p) => Number(p.split(':')[0]))
    t.ok(expected.includes(res.statusCode), `${example.title}: ${res.statusCode}`)
  }
  const retry = await app.inject(examples(10_000).find((e) => e.full.code === '503')!.path)
  t.equal(retry.headers['retry-after'], '5')
})

t.test('a composed request: the exact URL and a curl command, not indexed', async (t) => {
  const res = await page('?code=503&headers=Retry-After%3A%2030%0AX-Test%3A%20yes&delay=100&method=GET')
  t.equal(res.statusCode, 200)
  t.match(res.headers['cache-control'], /^public, max-age=\d+/, 'the same for everyone: cached like any page')
  t.match(res.body, /<meta name="robots" content="noindex"/)
  const { url, curl } = shown(res.body)
  t.equal(url, `${ORIGIN}/echo/503?delay=100&header=Retry-After%3A30&header=X-Test%3Ayes`)
  t.equal(curl, `curl -i '${url}'`)
  t.match(res.body, /<a href="\/echo\/503\?delay=100&amp;header=Retry-After%3A30&amp;header=X-Test%3Ayes">Open the request in your browser<\/a>/)
  const echo = await app.inject(new URL(url).pathname + new URL(url).search)
  t.equal(echo.statusCode, 503)
  t.equal(echo.headers['retry-after'], '30')
  t.equal(echo.headers['x-test'], 'yes')
  t.match(res.body, /<input type="text" id="code-field" name="code" value="503"/, 'the form keeps the draft')
  const random = shown((await page('?weights=200%3A0.7%2C503%3A0.3&seed=42')).body)
  t.equal(random.url, `${ORIGIN}/echo/random?codes=200%3A0.7%2C503%3A0.3&seed=42`)
  const head = shown((await page('?code=204&method=HEAD')).body)
  t.equal(head.curl, `curl --head '${ORIGIN}/echo/204'`)
  const redirect = shown((await page('?code=302&hops=2&location=%2Fecho%2F204&method=DELETE')).body)
  t.equal(redirect.curl, `curl -i -X DELETE '${ORIGIN}/echo/302?hops=2&location=%2Fecho%2F204'`)
})

t.test('the curl command survives hostile input: the shell gets exactly the URL', async (t) => {
  const hostile = [`it's`, `'; rm -rf / #`, '$(touch /tmp/pwned)', '`id`', '"double" \\back\\slash', 'line\nbreak', "''", "\\'", '&& echo', '$HOME ${PATH}', '!event', '*?[glob]']
  for (const word of hostile) {
    t.same(words(`curl ${shellQuote(word)}`), [word], `shellQuote: ${JSON.stringify(word)}`)
  }
  const body = hostile.join(' ')
  const res = await page(`?code=418&method=POST&body=${encodeURIComponent(body)}&headers=${encodeURIComponent("X-Quote: it's `x` $(y)")}`)
  t.equal(res.statusCode, 200)
  const { url, curl } = shown(res.body)
  t.match(url, /'/, "the URL keeps a ' (encodeURIComponent leaves it), so quoting matters")
  t.same(words(curl), ['-i', '-X', 'POST', url], 'the shell splits the command into curl -i -X POST and the URL')
  const echo = await app.inject({ method: 'POST', url: url.slice(ORIGIN.length), headers: { accept: 'text/plain' } })
  t.equal(echo.statusCode, 418)
  t.equal(echo.body, body, '/echo answers with the body as typed')
  t.equal(echo.headers['x-quote'], "it's `x` $(y)")
  const tag = await page(`?code=200&body=${encodeURIComponent('</code><script>alert(1)</script>')}`)
  t.notMatch(tag.body, /<script>alert/, 'the page escapes what it shows')
})

t.test('what /echo would refuse is a 400 page naming the field, with /echo\'s own message', async (t) => {
  const cases: Array<[string, string, string]> = [
    ['?code=600', 'code', '/echo/600'],
    ['?code=abc', 'code', '/echo/abc'],
    ['?code=', 'code', '/echo/%20'],
    ['?code=200&headers=Set-Cookie%3A%20a%3Db', 'headers', '/echo/200?header=Set-Cookie:a%3Db'],
    ['?code=200&delay=99999999', 'delay', '/echo/200?delay=99999999'],
    ['?code=302&location=https%3A%2F%2Fevil.example%2F', 'location', '/echo/302?location=https%3A%2F%2Fevil.example%2F'],
    ['?code=302&hops=11', 'hops', '/echo/302?hops=11'],
    ['?weights=200%3A0.5%2C200%3A1', 'weights', '/echo/random?codes=200%3A0.5%2C200%3A1'],
    ['?weights=200%3A1&seed=-1', 'seed', '/echo/random?codes=200%3A1&seed=-1'],
    [`?code=200&body=${'b'.repeat(1025)}`, 'body', `/echo/200?body=${'b'.repeat(1025)}`]
  ]
  for (const [query, field, echoUrl] of cases) {
    const res = await page(query)
    t.equal(res.statusCode, 400, `${query.slice(0, 50)}: 400`)
    t.equal(res.headers['cache-control'], 'no-store')
    t.match(res.body, new RegExp(`<a href="#${field}-field">`), `${query.slice(0, 50)}: names ${field}`)
    t.match(res.body, new RegExp(`id="${field}-field"[^>]*aria-invalid="true"`), `${field} is marked invalid`)
    const echo = await app.inject(echoUrl)
    t.equal(echo.statusCode, 400, `${echoUrl.slice(0, 50)}: /echo refuses it too`)
    if (field !== 'code') t.ok(unescape(res.body).includes(JSON.parse(echo.body).detail), `${field}: /echo's detail`)
  }
  for (const query of ['?seed=4', '?code=200&method=TRACE', `?code=200&headers=${'x'.repeat(5000)}`]) {
    const res = await page(query)
    t.equal(res.statusCode, 400, `${query.slice(0, 40)}: 400, not a 500`)
    t.match(res.body, /role="alert"/)
  }
})

t.test('the playground\'s pages are valid HTML', async (t) => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'void-style': 'off' } })
  for (const query of ['', '?code=503&headers=Retry-After%3A%2030', '?code=600', `?weights=${encodeURIComponent('200:1,503:1')}&seed=1&method=HEAD`]) {
    const report = await validator.validateString((await page(query)).body)
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (${m.selector ?? ''})`))
    t.same(messages, [], `/playground${query}`)
  }
  t.equal(composeEcho(EMPTY_DRAFT, 0), '/echo/200', 'the empty draft is a plain 200')
})
