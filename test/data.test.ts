// Accuracy tests over every record in data/: the data is the product, so each invariant here is
// checked against the primary sources in ../shared/reference where they are at hand.
import t from 'tap'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadCatalog } from '../src/catalog/catalog.js'
import type { CodeRecord } from '../src/schemas/code.js'
import { DATA_DIR, REFERENCE_DIR } from './helper.js'

// DATA_PARTIAL=1 skips the cross-reference checks, for running these tests while records are being written.
const partial = process.env.DATA_PARTIAL === '1'
const catalog = loadCatalog(DATA_DIR, { checkReferences: !partial })
const records = catalog.records
const where = (r: CodeRecord) => `data/codes/${r.code}.json (${r.vendor ?? 'iana'})`
const iana = records.filter((r) => r.vendor === null)
const hasReference = existsSync(join(REFERENCE_DIR, 'iana-status-codes.json'))

interface IanaEntry {
  code: number
  description: string
  reference: string
  status: 'assigned' | 'unused' | 'obsoleted' | 'temporary'
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim()

// What RFC 9110 says of each code, independent of the data: the checks below compare the data to this.
const NO_CONTENT = new Set([100, 101, 102, 103, 104, 204, 205, 304])
const REQUIRED_EXAMPLE_HEADERS: Record<number, string[]> = {
  101: ['Upgrade', 'Connection'],
  201: ['Location'],
  206: ['Content-Range'],
  301: ['Location'],
  302: ['Location'],
  303: ['Location'],
  307: ['Location'],
  308: ['Location'],
  401: ['WWW-Authenticate'],
  405: ['Allow'],
  407: ['Proxy-Authenticate'],
  416: ['Content-Range'],
  426: ['Upgrade'],
  429: ['Retry-After'],
  503: ['Retry-After']
}
const REDIRECTS: Record<number, { permanent: boolean | null; method: string }> = {
  301: { permanent: true, method: 'may-change' },
  302: { permanent: false, method: 'may-change' },
  303: { permanent: false, method: 'changed-to-get' },
  307: { permanent: false, method: 'preserved' },
  308: { permanent: true, method: 'preserved' }
}

// Codes that never are the status of a whole response: the example shows the response that carries them.
// RFC 5842 Section 7.1 defines 208 for DAV:response elements inside a 207 Multi-Status body.
const EXAMPLE_CARRIER: Record<number, number> = { 208: 207 }
// Where waiting gains nothing and the same request may go again at once: 421 on a new connection
// (RFC 9110 Section 15.5.20), 425 once the TLS handshake has completed (RFC 8470 Section 5.2).
const RETRY_IMMEDIATELY = new Set([421, 425])

if (!hasReference) {
  t.comment(`!!! SKIPPED the registry and quotation checks: ${REFERENCE_DIR} is not here. Run the tests beside ../shared to check the data against its sources.`)
}

t.test('every data file loads and validates', async (t) => {
  t.ok(records.length > 0, 'the catalog has records')
  t.notOk(partial, 'DATA_PARTIAL is off, so related codes and vendors were checked')
})

t.test('IANA meanings match the registry exactly', { skip: !hasReference && 'no ../shared/reference' }, async (t) => {
  const registry = JSON.parse(readFileSync(join(REFERENCE_DIR, 'iana-status-codes.json'), 'utf8')) as { codes: IanaEntry[] }
  const byCode = new Map(registry.codes.map((e) => [e.code, e]))
  for (const entry of registry.codes) {
    t.ok(catalog.find(entry.code, null), `data/codes/${entry.code}.json has the IANA meaning of ${entry.code}`)
  }
  for (const r of iana) {
    const entry = byCode.get(r.code)
    if (entry === undefined) {
      t.fail(`${where(r)}: vendor is null but IANA has no ${r.code}`)
      continue
    }
    // The registry appends status notes to some descriptions; the status field carries them here.
    const name = entry.description.replace(/ \((TEMPORARY - .*|OBSOLETED)\)$/, '')
    t.equal(r.name, name, `${where(r)}: name`)
    const status = { assigned: r.code === 305 ? 'deprecated' : 'standard', unused: 'unused', obsoleted: 'obsolete', temporary: 'temporary' }[entry.status]
    t.equal(r.status, status, `${where(r)}: status`)
    const spec = r.spec
    if (spec === null) {
      t.fail(`${where(r)}: spec is null for a registered code`)
      continue
    }
    const doc = spec.document.replace(/^RFC (\d+)$/, 'RFC$1')
    const reference = `[${doc}${spec.section === null ? '' : `, Section ${spec.section}`}]`
    t.ok(entry.reference.startsWith(reference), `${where(r)}: spec ${reference} is the registry's ${entry.reference}`)
  }
})

t.test('spec links and quotations are verbatim', async (t) => {
  const texts = new Map<string, string>()
  const rfcText = (number: string) => {
    const path = join(REFERENCE_DIR, 'rfc', `rfc${number}.txt`)
    if (!texts.has(number)) texts.set(number, existsSync(path) ? collapse(readFileSync(path, 'utf8')) : '')
    return texts.get(number)!
  }
  for (const r of records) {
    if (r.spec === null) {
      t.not(r.status, 'standard', `${where(r)}: a standard code has a spec`)
      continue
    }
    const rfc = /^RFC (\d+)$/.exec(r.spec.document)?.[1]
    if (rfc !== undefined) {
      const anchor = r.spec.section === null ? '' : `#section-${r.spec.section}`
      t.ok(r.spec.url.startsWith(`https://www.rfc-editor.org/rfc/rfc${rfc}.html${anchor}`), `${where(r)}: spec.url points at RFC ${rfc}${anchor}`)
    }
    if (r.spec.quote === null || !hasReference) continue
    const text = rfc === undefined ? '' : rfcText(rfc)
    if (text === '') {
      t.fail(`${where(r)}: spec.quote: ${r.spec.document} is not in ../shared/reference/rfc, so the quote cannot be checked; set it to null`)
      continue
    }
    t.ok(text.includes(collapse(r.spec.quote)), `${where(r)}: spec.quote appears word for word in ${r.spec.document}`)
  }
})

t.test('cacheableByDefault is exactly the RFC lists', { skip: !hasReference && 'no ../shared/reference' }, async (t) => {
  const rfc9110 = collapse(readFileSync(join(REFERENCE_DIR, 'rfc', 'rfc9110.txt'), 'utf8'))
  const list = /defined as heuristically cacheable \(e\.g\., ([0-9, and]+) in this specification\)/.exec(rfc9110)
  t.ok(list, 'found the list in RFC 9110 Section 15.1')
  const expected = new Set(list![1]!.match(/\d{3}/g)!.map(Number))
  // RFC 7725 makes 451 cacheable by default as well.
  const rfc7725 = collapse(readFileSync(join(REFERENCE_DIR, 'rfc', 'rfc7725.txt'), 'utf8'))
  t.ok(rfc7725.includes('A 451 response is cacheable by default'), 'RFC 7725 says 451 is cacheable by default')
  expected.add(451)
  for (const r of records) {
    const want = r.vendor === null && expected.has(r.code)
    t.equal(r.semantics.cacheableByDefault, want, `${where(r)}: semantics.cacheableByDefault`)
  }
})

t.test('semantics follow the rules of each code', async (t) => {
  for (const r of iana) {
    t.equal(r.semantics.contentAllowed, !NO_CONTENT.has(r.code), `${where(r)}: semantics.contentAllowed`)
    t.same(r.semantics.redirect, REDIRECTS[r.code] ?? (r.code === 300 ? r.semantics.redirect : null), `${where(r)}: semantics.redirect`)
    t.equal(r.semantics.sentAs, null, `${where(r)}: semantics.sentAs is null for IANA codes`)
    t.equal(r.semantics.reachesClient, true, `${where(r)}: semantics.reachesClient`)
    if (r.code >= 400) t.not(r.semantics.retry, 'not-needed', `${where(r)}: an error needs some retry advice`)
    if (r.code < 400) t.equal(r.semantics.retry, 'not-needed', `${where(r)}: semantics.retry`)
  }
  for (const r of records) {
    const immediate = r.vendor === null && RETRY_IMMEDIATELY.has(r.code)
    t.equal(r.semantics.retry === 'immediately', immediate, `${where(r)}: semantics.retry is 'immediately' exactly for ${[...RETRY_IMMEDIATELY].join(' and ')}`)
  }
})

t.test('208 is shown inside the 207 that carries it', async (t) => {
  const r = catalog.find(208, null)!
  t.equal(r.example.status, 207, 'the example response is a 207 Multi-Status')
  t.match(r.example.raw, /^HTTP\/1\.1 207 Multi-Status\r\n/, 'its status line says 207 Multi-Status')
  t.match(r.example.body, /<d:multistatus[^]*<d:status>HTTP\/1\.1 208 Already Reported<\/d:status>/, 'its multistatus body holds the 208 entry')
})

t.test('example responses obey their code', async (t) => {
  for (const r of records) {
    const ex = r.example
    const names = ex.headers.map((h) => h.name.toLowerCase())
    t.equal(ex.status, r.semantics.sentAs ?? EXAMPLE_CARRIER[r.code] ?? r.code, `${where(r)}: example.status is what goes on the wire`)
    if (!r.semantics.contentAllowed) t.equal(ex.body, null, `${where(r)}: example.body is null where content is forbidden`)
    if (ex.status === 204 || ex.status < 200) {
      t.notOk(names.includes('content-length') || names.includes('content-type'), `${where(r)}: no Content-Length or Content-Type on ${ex.status}`)
    }
    for (const h of [...(REQUIRED_EXAMPLE_HEADERS[r.code] ?? []), ...r.semantics.requiredHeaders]) {
      t.ok(names.includes(h.toLowerCase()), `${where(r)}: example has ${h}`)
    }
    const length = ex.headers.find((h) => h.name.toLowerCase() === 'content-length')
    if (length !== undefined && ex.status !== 304) {
      t.equal(length.value, String(Buffer.byteLength(ex.body ?? '')), `${where(r)}: example Content-Length matches the body`)
    }
    if (ex.body !== null && ex.body !== '') t.ok(names.includes('content-type'), `${where(r)}: example with a body has Content-Type`)
    if (r.vendor === null) {
      for (const h of REQUIRED_EXAMPLE_HEADERS[r.code] ?? []) {
        t.ok(
          [...r.semantics.requiredHeaders, ...r.semantics.recommendedHeaders].includes(h),
          `${where(r)}: semantics lists ${h} as required or recommended`
        )
      }
    }
  }
})

t.test('prose is complete, original and free of placeholders', async (t) => {
  const PLACEHOLDER = /\b(TODO|TBD|FIXME|lorem|ipsum|placeholder|XXX)\b/i
  const seen = new Map<string, string>()
  const walk = (value: unknown, path: string, r: CodeRecord): void => {
    if (typeof value === 'string') {
      if (/^\/(example|snippets|spec|sources|categories|comparisons)\//.test(path)) return
      t.ok(value.trim() !== '', `${where(r)}: ${path} is not empty`)
      t.notOk(PLACEHOLDER.test(value), `${where(r)}: ${path} has no placeholder words`)
      // A question may fairly be asked on two pages ("401 or 403?"); its answers may not repeat.
      if (value.length >= 40 && !/\/(link|url|mdn|name|question)$/.test(path)) {
        const key = collapse(value).toLowerCase()
        const other = seen.get(key)
        t.notOk(other, `${where(r)}: ${path} repeats ${other ?? ''} word for word`)
        seen.set(key, `${where(r)} ${path}`)
      }
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}/${i}`, r))
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k !== 'otherMeanings' && k !== 'previous' && k !== 'next') walk(v, `${path}/${k}`, r)
      }
    }
  }
  for (const r of records) walk(r, '', r)
})

t.test('misinterpretations point elsewhere', async (t) => {
  for (const r of records) {
    t.notOk(r.misinterpretation.useInstead.includes(r.code), `${where(r)}: useInstead does not name the code itself`)
  }
})

// The vendor meanings the catalog promises (issue 3), each in its number's file, most common meaning first.
const VENDOR_MEANINGS: Array<[number, string]> = [
  [218, 'apache'],
  [419, 'laravel'],
  [419, 'spring'],
  [420, 'twitter'],
  [420, 'spring'],
  [430, 'shopify'],
  [440, 'iis'],
  [444, 'nginx'],
  [449, 'iis'],
  [450, 'iis'],
  [451, 'iis'],
  [460, 'aws-elb'],
  [463, 'aws-elb'],
  [464, 'aws-elb'],
  [494, 'nginx'],
  [495, 'nginx'],
  [496, 'nginx'],
  [497, 'nginx'],
  [498, 'esri'],
  [499, 'nginx'],
  [499, 'esri'],
  [508, 'cloudlinux'],
  [509, 'cpanel'],
  [520, 'cloudflare'],
  [521, 'cloudflare'],
  [522, 'cloudflare'],
  [523, 'cloudflare'],
  [524, 'cloudflare'],
  [525, 'cloudflare'],
  [526, 'cloudflare'],
  [527, 'cloudflare'],
  [529, 'qualys'],
  [530, 'cloudflare'],
  [530, 'pantheon'],
  [530, 'shopify'],
  [561, 'aws-elb'],
  [598, 'http-proxies'],
  [599, 'http-proxies'],
  [999, 'linkedin']
]
const PRIMARY: Record<number, string | null> = { 419: 'laravel', 420: 'twitter', 451: null, 499: 'nginx', 508: null, 530: 'cloudflare' }

t.test('every promised vendor meaning is there, the most common first', async (t) => {
  for (const [code, vendor] of VENDOR_MEANINGS) {
    t.ok(catalog.find(code, vendor), `data/codes/${code}.json has the ${vendor} meaning`)
  }
  for (const [code, vendor] of Object.entries(PRIMARY)) {
    t.equal(catalog.find(Number(code))?.vendor, vendor, `data/codes/${code}.json lists ${vendor ?? 'the IANA meaning'} first`)
  }
  for (const r of records.filter((r) => r.vendor !== null)) {
    t.equal(r.spec, null, `${where(r)}: an unofficial code has no spec`)
    t.equal(r.mdn, null, `${where(r)}: MDN has no page for a vendor code`)
  }
})

t.test('nginx codes say how they reach the wire', async (t) => {
  for (const code of [494, 495, 496, 497]) t.equal(catalog.find(code, 'nginx')?.semantics.sentAs, 400, `data/codes/${code}.json: nginx sends it as 400`)
  for (const code of [444, 499]) t.equal(catalog.find(code, 'nginx')?.semantics.reachesClient, false, `data/codes/${code}.json: never seen by a client`)
})

// A redirect in the HTTP sense names its target in Location; Exchange ActiveSync's 451 uses X-MS-Location and is no redirect.
t.test('only meanings whose example sends Location are redirects', async (t) => {
  for (const r of records) {
    if (r.semantics.redirect === null) continue
    const names = r.example.headers.map((h) => h.name.toLowerCase())
    t.ok(names.includes('location') || r.code === 300 || r.code === 304, `${where(r)}: semantics.redirect is set, so the example sends Location`)
  }
  t.equal(catalog.find(451, 'iis')?.semantics.redirect, null, 'data/codes/451.json (iis): semantics.redirect is null')
})

// nginx's error_page parser (ngx_http_core_error_page in src/http/ngx_http_core_module.c) defaults 495-497 to 400
// when no =code is given, and 494 only since 1.17.9 (before that the client saw 494): the catalog's advice spells the code out.
t.test('error_page advice for nginx 494-497 names the status it sends', async (t) => {
  const text = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : Array.isArray(value) ? value.flatMap(text) : value !== null && typeof value === 'object' ? Object.values(value).flatMap(text) : []
  for (const r of records) {
    for (const s of text(r)) {
      for (const m of s.matchAll(/error_page((?:\s+49[4-7])+)\s+(=\S*|[/@]\S*|https?:\S*)/g)) {
        t.match(m[2], /^=\d{3}\b/, `${where(r)}: "${m[0]}" gives an explicit =code`)
      }
    }
  }
})

// The prose a reader sees, field by field: what the rules on repeated sentences apply to.
const proseOf = (r: CodeRecord): Array<[string, string]> => [
  ['summary', r.summary],
  ['meaning', r.meaning],
  ['definition', r.definition],
  ['explanation', r.explanation],
  ...r.commonCauses.map((c, i): [string, string] => [`commonCauses/${i}`, c]),
  ['misinterpretation/mistake', r.misinterpretation.mistake],
  ['misinterpretation/correction', r.misinterpretation.correction],
  ...r.faq.flatMap((f, i): Array<[string, string]> => [[`faq/${i}/question`, f.question], [`faq/${i}/answer`, f.answer]]),
  ['example/description', r.example.description],
  ...r.related.map((x, i): [string, string] => [`related/${i}/reason`, x.reason])
]

t.test('503 tells the AWS load balancers apart', async (t) => {
  const text = proseOf(catalog.find(503, null)!).map(([, s]) => s).join(' ')
  // AWS: an Application Load Balancer fails open when every target is unhealthy, and answers 503
  // when a target group has no registered targets; a Classic Load Balancer answers 503 with no healthy instances.
  t.match(text, /Application Load Balancer[^.]*no registered targets/, 'an ALB answers 503 for a target group with no registered targets')
  t.match(text, /fails open/, 'an ALB whose targets are all unhealthy fails open')
  t.match(text, /Classic Load Balancer[^.]*no healthy instances/, 'a Classic Load Balancer answers 503 with no healthy instances')
  t.notMatch(text, /AWS load balancers? (without|with no) healthy targets/, 'no claim that any AWS load balancer sends 503 for unhealthy targets')
})

t.test('409 warns against using it for validation failures', async (t) => {
  const r = catalog.find(409, null)!
  t.match(r.misinterpretation.mistake, /validation/i, 'the misinterpretation is about validation failures')
  t.same([...r.misinterpretation.useInstead].sort(), [400, 422], 'and sends them to 400 or 422')
})
