import t from 'tap'
import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { buildApp } from '../src/app.js'
import { defaultConfig } from '../src/config.js'
import { catalog, PAGE_KINDS, pageStatus } from './helper.js'

/**
 * The pages in a real browser: Debian's chromium driven by playwright-core, axe-core for accessibility.
 * .ci/run installs chromium; without it these tests skip and say why. CHROMIUM_PATH overrides the path.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const missing = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`
if (missing) console.log(`# browser tests skipped: ${missing}`)
// A browser on a loaded two-core machine needs longer than the suite's two minutes per file.
t.setTimeout(600_000)


t.test('the site in Chromium', { skip: missing, timeout: 600_000 }, async (t) => {
  // Chromium and axe share the two cores with this process: event-loop delay must not turn pages into 503s.
  const app = await buildApp({ config: defaultConfig({ rateLimitPerMin: 1_000_000, pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 } }), catalog: catalog() })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] })
  t.teardown(async () => {
    await browser.close()
    await app.close()
  })

  /** A page that records console errors, page errors and CSP violations, and requests to other origins. */
  async function open(context: BrowserContext): Promise<{ page: Page; problems: string[] }> {
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`)
    })
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
    page.on('request', (r) => {
      if (!r.url().startsWith(origin)) problems.push(`request to another origin: ${r.url()}`)
    })
    return { page, problems }
  }

  t.test('every page kind: no console errors, no CSP violations, axe finds nothing, light and dark', async (t) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme })
      const { page, problems } = await open(context)
      for (const [kind, path] of Object.entries(PAGE_KINDS)) {
        const res = await page.goto(origin + path)
        t.equal(res?.status(), pageStatus(kind), `${kind} (${colorScheme}): status`)
        // A CSP violation also fires this event in the page.
        const violations = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              let n = 0
              document.addEventListener('securitypolicyviolation', () => n++)
              setTimeout(() => resolve(n), 50)
            })
        )
        t.equal(violations, 0, `${kind} (${colorScheme}): no CSP violations`)
        const axe = await new AxeBuilder({ page }).analyze()
        t.same(
          axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
          [],
          `${kind} (${colorScheme}): axe reports no violations`
        )
      }
      // The 404 page's own status is logged by Chromium as a failed resource; nothing else may be.
      t.same(
        problems.filter((p) => !/status of 40[34]/.test(p)),
        [],
        `${colorScheme}: no console errors, page errors or requests elsewhere`
      )
      await context.close()
    }
  })

  t.test('the 409 page shows every part, on a phone and on a desktop', async (t) => {
    for (const viewport of [
      { width: 320, height: 640 },
      { width: 1280, height: 800 }
    ]) {
      const context = await browser.newContext({ viewport })
      const { page, problems } = await open(context)
      await page.goto(`${origin}/409`)
      const headings = await page.locator('h1, h2').allInnerTexts()
      for (const h of [
        '409 Conflict',
        'What does this mean?',
        'At a glance',
        'Example response',
        'Common causes',
        'Technical definition',
        'RFC 9110 says',
        'In plain English',
        'The common misinterpretation',
        'Sending 409 from your framework',
        'Frequently asked questions',
        'Related codes',
        'Compared with',
        'Use it and read more'
      ]) {
        t.ok(headings.some((x) => x.includes(h)), `${viewport.width}px: ${h}`)
      }
      t.ok(await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: '4xx Client Error' }).isVisible(), 'breadcrumb')
      t.ok(await page.getByText('HTTP/1.1 409 Conflict').isVisible(), 'the example response')
      t.ok((await page.locator('button.copy').count()) > 0, 'copy buttons are added by the script')
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      t.ok(overflow <= 0, `${viewport.width}px: no sideways scrolling of the page (${overflow})`)
      t.same(problems, [], 'nothing logged')
      if (process.env.SCREENSHOT_DIR !== undefined) await page.screenshot({ path: `${process.env.SCREENSHOT_DIR}/409-${viewport.width}.png`, fullPage: false })
      await context.close()
    }
  })

  t.test('searching "payload" finds 413; home -> code -> back; the compare form', async (t) => {
    const context = await browser.newContext()
    const { page, problems } = await open(context)
    await page.goto(`${origin}/`)
    await page.getByRole('main').getByLabel('Search codes').fill('payload')
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(`${origin}/search?q=payload`)
    t.ok(await page.getByRole('link', { name: '413 Content Too Large' }).isVisible(), 'search finds 413')

    await page.goto(`${origin}/`)
    await page.getByRole('main').getByRole('link', { name: '404 Not Found' }).click()
    await page.waitForURL(`${origin}/404`)
    t.match(await page.locator('h1').innerText(), /404 Not Found$/, 'the code page')
    await page.goBack()
    await page.waitForURL(`${origin}/`)
    t.equal(await page.locator('h1').innerText(), 'HTTP status codes, explained', 'back home')

    await page.goto(`${origin}/vs`)
    await page.getByLabel('Codes to compare').fill('410 404')
    await page.getByRole('button', { name: 'Compare' }).click()
    await page.waitForURL(`${origin}/404-vs-410`)
    t.match(await page.locator('h1').innerText(), /404 vs 410/, 'the comparison page')
    await page.goto(`${origin}/vs`)
    await page.getByLabel('Codes to compare').fill('401')
    await page.getByRole('button', { name: 'Compare' }).click()
    t.match(await page.getByRole('alert').innerText(), /Compare two to four codes/, 'a mistake is explained')
    t.same(
      problems.filter((p) => !/status of 400/.test(p)),
      [],
      'nothing logged but the 400 of the mistake'
    )
    await context.close()
  })

  t.test('the cheat sheet prints on two pages of A4 and of Letter', async (t) => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`${origin}/cheat-sheet`)
    for (const format of ['A4', 'Letter']) {
      const pdf = (await page.pdf({ format })).toString('latin1')
      // Each page of the document is one object of /Type /Page (the tree above them is /Type /Pages).
      const pages = pdf.match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0
      t.equal(pages, 2, `${format}: ${pages} pages`)
    }
    await context.close()
  })

  t.test('the quiz with JavaScript off: a mistake is explained, an answer scored, the next question follows', async (t) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${origin}/quiz`)
    await page.getByRole('button', { name: 'Start the quiz' }).click()
    await page.waitForURL(/\/quiz\/question\?seed=[A-Za-z0-9_-]+&n=0&right=0$/)
    t.equal(await page.locator('h1').innerText(), 'Question 1')
    await page.getByRole('button', { name: 'Check my answer' }).click()
    t.match(await page.getByRole('alert').innerText(), /Choose one of the answers/, 'no choice is a mistake, explained')
    await page.getByRole('radio').first().check()
    await page.getByRole('button', { name: 'Check my answer' }).click()
    await page.waitForURL(/\/quiz\/answer\?/)
    const verdict = await page.locator('h1').innerText()
    t.match(verdict, /^(Right!|Not quite)$/, 'a verdict')
    t.match(await page.locator('.score').innerText(), verdict === 'Right!' ? /1 right out of 1/ : /0 right out of 1/, 'the score counts it')
    await page.getByRole('link', { name: 'Next question' }).click()
    await page.waitForURL(new RegExp(`n=1&right=${verdict === 'Right!' ? 1 : 0}$`))
    t.equal(await page.locator('h1').innerText(), 'Question 2', 'the next question, the score in its address')
    await context.close()
  })

  t.test('with JavaScript off, pages and forms still work', async (t) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${origin}/409`)
    t.ok(await page.getByText('What does this mean?').isVisible())
    t.equal(await page.locator('button.copy').count(), 0, 'no copy buttons without the script')
    await page.getByRole('banner').getByLabel('Search codes').fill('teapot')
    await page.getByRole('banner').getByRole('button', { name: 'Search' }).click()
    await page.waitForURL(`${origin}/search?q=teapot`)
    t.ok(await page.getByRole('link', { name: /^418 / }).first().isVisible(), 'search works')
    // The URL checker: a private destination is refused, as the API refuses it, with no connection made.
    await page.goto(`${origin}/url-checker`)
    await page.getByLabel('URL', { exact: true }).fill('http://169.254.169.254/latest/meta-data/')
    await page.getByRole('button', { name: 'Check', exact: true }).click()
    await page.waitForURL(/\/url-checker\?url=http%3A%2F%2F169\.254\.169\.254/)
    t.ok(await page.getByRole('heading', { name: 'Destination not allowed' }).isVisible(), 'the checker shows the refusal')
    // The list's form posts, and the answer is the page.
    await page.getByLabel('URLs', { exact: true }).fill('http://127.0.0.1/\nhttp://[::1]/')
    await page.getByRole('button', { name: 'Check all' }).click()
    await page.waitForURL(`${origin}/url-checker`)
    t.equal(await page.locator('table.hops tbody tr').count(), 2, 'the list is a table')
    // The playground composes a request.
    await page.goto(`${origin}/playground`)
    await page.getByLabel('Status code').fill('429')
    await page.getByLabel('Extra headers').fill('Retry-After: 10')
    await page.getByRole('button', { name: 'Compose' }).click()
    await page.waitForURL(/\/playground\?/)
    t.equal(await page.locator('pre[data-copy="URL"] code').textContent(), `http://localhost:3000/echo/429?header=Retry-After%3A10`, 'the composed URL')
    t.match(await page.locator('pre[data-copy="curl command"] code').textContent(), /^curl -i 'http:\/\/localhost:3000\/echo\/429\?header=Retry-After%3A10'$/)
    await context.close()
  })
})
