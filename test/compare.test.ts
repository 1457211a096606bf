import t, { type Test } from 'tap'
import { Value } from '@sinclair/typebox/value'
import { build, catalog } from './helper.js'
import { CodeSummarySchema } from '../src/schemas/code.js'
import { AspectSchema } from '../src/schemas/compare.js'

const app = await build(t)
const get = async (url: string) => {
  const res = await app.inject(url)
  return { res, body: JSON.parse(res.body) as Record<string, any> }
}

/** The sets people mix up that the catalog must have curated comparisons for (issue 4). */
const REQUIRED_SETS = [
  [401, 403], [301, 302], [301, 308], [302, 303, 307], [307, 308], [404, 410], [500, 502], [502, 503, 504],
  [400, 422], [409, 412], [429, 503], [200, 204], [403, 404], [413, 414, 431], [405, 501]
]

function checkShape(t: Test, body: Record<string, any>, codes: number[]) {
  t.same(body.codes.map((c: any) => c.code), codes, 'codes ascending')
  for (const c of body.codes) t.ok(Value.Check(CodeSummarySchema, c), `summary of ${c.code}`)
  for (const a of [...body.differences, ...body.similarities]) t.ok(Value.Check(AspectSchema, a), `aspect ${a.aspect}`)
  const aspects = [...body.differences, ...body.similarities].map((a: any) => a.aspect).sort()
  t.same(aspects, ['cacheableByDefault', 'class', 'contentAllowed', 'fault', 'meaning', 'redirect', 'redirectMethod', 'requiredHeaders', 'retry', 'standing'].sort())
  for (const d of body.differences) {
    t.ok(d.values.some((v: any) => JSON.stringify(v.value) !== JSON.stringify(d.values[0].value)), `${d.aspect} really differs`)
  }
  for (const s of body.similarities) {
    t.ok(s.values.every((v: any) => JSON.stringify(v.value) === JSON.stringify(s.values[0].value)), `${s.aspect} really agrees`)
  }
  t.type(body.verdict, 'string')
  t.equal(body.link, `/compare?codes=${codes.join(',')}`)
}

t.test('every required confusing set has a curated comparison, in any order', async (t) => {
  for (const set of REQUIRED_SETS) {
    const { res, body } = await get(`/compare?codes=${[...set].reverse().join(',')}`)
    t.equal(res.statusCode, 200, `${set}`)
    checkShape(t, body, set)
    t.ok(body.curated, `${set} is curated`)
    t.same(body.curated.codes, set)
    t.same(body.curated.whenToUse.map((w: any) => w.code), set)
    t.equal(body.verdict, body.curated.keyDifference, 'the verdict is ours')
    const forward = await get(`/compare?codes=${set.join(',')}`)
    t.equal(forward.res.headers.etag, res.headers.etag, 'order does not change the answer')
    t.same(forward.body, body)
  }
})

t.test('curated comparisons in the catalog all answer', async (t) => {
  for (const c of catalog().comparisons) {
    const { body } = await get(c.link)
    t.same(body.curated, c, c.link)
  }
})

t.test('GET /compare?codes=401,403 says what differs and what agrees', async (t) => {
  const { body } = await get('/compare?codes=401,403')
  const differs = body.differences.map((d: any) => d.aspect)
  t.ok(differs.includes('meaning'))
  t.ok(differs.includes('requiredHeaders'), 'WWW-Authenticate is required only on 401')
  const agrees = body.similarities.map((s: any) => s.aspect)
  t.ok(agrees.includes('class') && agrees.includes('fault'), 'both are client errors')
  t.same(body.seeAlso, [])
})

t.test('a generic pair across classes gets a verdict from the data', async (t) => {
  const { res, body } = await get('/compare?codes=500,409')
  t.equal(res.statusCode, 200)
  checkShape(t, body, [409, 500])
  t.equal(body.curated, null)
  t.match(body.verdict, /^409 Conflict and 500 Internal Server Error differ in .*class.*The deciding question is whose side must act: 409 puts it on the client and 500 puts it on the server\.$/)
  const fault = body.differences.find((d: any) => d.aspect === 'fault')
  t.same(fault.values, [{ code: 409, value: 'client' }, { code: 500, value: 'server' }])
})

t.test('a standard and a vendor code compare on standing', async (t) => {
  const { body } = await get('/compare?codes=499,408')
  checkShape(t, body, [408, 499])
  const standing = body.differences.find((d: any) => d.aspect === 'standing')
  t.same(standing.values, [{ code: 408, value: 'standard (IANA)' }, { code: 499, value: 'unofficial (nginx)' }])
  const same = await get('/compare?codes=200,201')
  t.match(same.body.verdict, /^200 OK and 201 Created differ in .*\. 200: .* 201: /, 'same class: the verdict gives each meaning')
})

t.test('a larger request that contains a curated set offers it', async (t) => {
  const { body } = await get('/compare?codes=401,403,404')
  checkShape(t, body, [401, 403, 404])
  t.equal(body.curated, null)
  const links = body.seeAlso.map((s: any) => s.link)
  t.ok(links.includes('/compare?codes=401,403'), '401/403 offered')
  t.ok(links.includes('/compare?codes=403,404'), '403/404 offered')
  const four = await get('/compare?codes=200,301,404,500')
  t.equal(four.res.statusCode, 200, 'four codes are fine')
})

t.test('GET /compare without codes lists the curated comparisons', async (t) => {
  const { res, body } = await get('/compare')
  t.equal(res.statusCode, 200)
  t.equal(body.count, catalog().comparisons.length)
  t.ok(body.count >= REQUIRED_SETS.length)
  for (const c of body.comparisons) t.match(c, { codes: Array, title: String, link: /^\/compare\?codes=\d{3}(,\d{3})+$/ })
})

t.test('GET /codes/:code links the curated comparisons it is in', async (t) => {
  const { body } = await get('/codes/401')
  t.ok(body.comparisons.some((c: any) => c.link === '/compare?codes=401,403'))
  const { body: teapot } = await get('/codes/418')
  t.same(teapot.comparisons, [], 'none for a code in no comparison')
})

t.test('bad comparisons are problems that say which code and why', async (t) => {
  const cases: Array<[string, number, RegExp]> = [
    ['401', 400, /two to four codes; got 1/],
    ['401,403,404,409,500', 400, /two to four codes; got 5/],
    ['401,401', 400, /401 is listed twice/],
    ['401,abc', 400, /"abc" is not a status code/],
    ['401,0x191', 400, /"0x191" is not a status code/],
    ['401,', 400, /"" is not a status code/],
    ['401,4e2', 400, /"4e2" is not a status code/],
    ['401,299', 404, /299 is not in the catalog/],
    ['', 400, /querystring codes/]
  ]
  for (const [codes, status, detail] of cases) {
    const { res, body } = await get(`/compare?codes=${codes}`)
    t.equal(res.statusCode, status, codes)
    t.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8')
    t.match(body.detail, detail, codes)
    if (status === 400) t.match(body.errors, [{ in: 'querystring', field: '/codes', message: String }], `${codes}: errors names the field, as every 400 does`)
  }
  const unknown = await get('/compare?code=401,403')
  t.equal(unknown.res.statusCode, 400, 'an unknown parameter is a 400')
})

t.test('comparisons revalidate with ETags', async (t) => {
  for (const url of ['/compare', '/compare?codes=401,403', '/compare?codes=409,500']) {
    const first = await app.inject(url)
    const again = await app.inject({ url, headers: { 'if-none-match': first.headers.etag as string } })
    t.equal(again.statusCode, 304, url)
    t.equal(again.body, '')
  }
})
