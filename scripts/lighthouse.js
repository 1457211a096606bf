// Lighthouse (12.2.3, pinned: 13 needs Node 22) against Debian's Chromium, mobile profile, for the
// home page, /409, a comparison and a vendor group. Prints a table of the four category scores.
// Not part of npm test: a run takes a minute or more and its performance score depends on the machine.
//   npm run lighthouse            (builds, starts the server on a free loopback port, runs, stops it)
import { existsSync } from 'node:fs'
import lighthouse from 'lighthouse'
import * as chromeLauncher from 'chrome-launcher'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const PATHS = ['/', '/409', '/401-vs-403', '/vendor/nginx']

if (!existsSync(CHROMIUM)) {
  console.error(`No Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`)
  process.exit(1)
}
const { buildApp } = await import('../dist/app.js')
const { defaultConfig } = await import('../dist/config.js')
// The origin is known only once listening; canonical links must name it, so the app is built twice.
const probe = await buildApp({ config: defaultConfig() })
await probe.listen({ port: 0, host: '127.0.0.1' })
const port = probe.server.address().port
await probe.close()
const origin = `http://127.0.0.1:${port}`
const app = await buildApp({ config: defaultConfig({ siteOrigin: origin, rateLimitPerMin: 1_000_000 }) })
await app.listen({ port, host: '127.0.0.1' })

const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox'] })
const rows = []
try {
  for (const path of PATHS) {
    const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' })
    const c = result.lhr.categories
    const score = (k) => Math.round((c[k]?.score ?? 0) * 100)
    rows.push({ path, performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') })
    const failed = Object.values(result.lhr.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    for (const a of failed) console.error(`${path}: ${a.id}: ${a.title}`)
  }
} finally {
  await chrome.kill()
  await app.close()
}
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile, ${new Date().toISOString()}`)
console.log('| page | performance | accessibility | best practices | SEO |')
console.log('|---|---|---|---|---|')
for (const r of rows) console.log(`| ${r.path} | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} |`)
