import t, { type Test } from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { loadCatalog } from '../src/catalog/catalog.js'
import { DataError, readData } from '../src/catalog/load.js'
import { searchCodes } from '../src/catalog/search.js'
import { snippetsFor } from '../src/catalog/snippets.js'
import { CodeRecordSchema, type CodeData } from '../src/schemas/code.js'
import { buildApp } from '../src/app.js'
import { defaultConfig } from '../src/config.js'
import { DATA_DIR, catalog } from './helper.js'

const read = (name: string) => readFileSync(join(DATA_DIR, name), 'utf8')
const model = (JSON.parse(read('codes/409.json')) as { meanings: CodeData[] }).meanings[0]!

/** A small consistent data set: 409 and 410 pointing at each other, plus any changes. */
function fixture(
  t: Test,
  change: (files: { m409: CodeData; m410: CodeData; vendors: any[]; comparisons: any[]; popular: unknown[]; extra: Record<string, unknown> }) => void = () => {}
) {
  const m409: CodeData = structuredClone({ ...model, related: [{ code: 410, reason: 'Its neighbour.' }], misinterpretation: { ...model.misinterpretation, useInstead: [] } })
  const m410: CodeData = structuredClone({ ...m409, code: 410, name: 'Gone', related: [{ code: 409, reason: 'Its other neighbour.' }], example: { ...m409.example, status: 410 } })
  const vendors = JSON.parse(read('vendors.json'))
  const extra: Record<string, unknown> = {}
  const comparisons = [
    {
      codes: [409, 410],
      title: '409 vs 410',
      keyDifference: 'One clashes, one is gone.',
      whenToUse: [
        { code: 409, when: 'A clash.' },
        { code: 410, when: 'Gone for good.' }
      ],
      commonMistake: 'Mixing them up.',
      example: 'An edit conflict against a deleted page.'
    }
  ]
  const popular: unknown[] = [410, 409]
  change({ m409, m410, vendors, comparisons, popular, extra })
  return t.testdir({
    data: {
      'categories.json': read('categories.json'),
      'vendors.json': JSON.stringify(vendors),
      'comparisons.json': JSON.stringify(comparisons),
      'popular.json': JSON.stringify(popular),
      codes: { '409.json': JSON.stringify({ meanings: [m409] }), '410.json': JSON.stringify({ meanings: [m410] }), ...extra }
    }
  })
}

t.test('a consistent data set loads', async (t) => {
  const dir = fixture(t)
  const cat = loadCatalog(join(dir, 'data'))
  t.same(cat.records.map((r) => r.code), [409, 410])
  t.equal(cat.find(409)?.next?.code, 410)
  t.equal(cat.find(410)?.previous?.code, 409)
  t.same(cat.popular, [410, 409], 'the popular codes in their order')
  t.ok(Object.isFrozen(cat.records[0]), 'records are frozen')
  t.throws(() => {
    ;(cat.records[0] as { name: string }).name = 'changed'
  }, TypeError)
})

t.test('every record keeps its fields in order, the snippets made on first read in their place', async (t) => {
  // The order is the JSON's, and so the ETag's: the data's fields, then the derived ones.
  const derived = ['class', 'categories', 'otherMeanings', 'previous', 'next', 'snippets', 'comparisons', 'link']
  const raw = readData(DATA_DIR).codes.flatMap((c) => c.meanings)
  const records = catalog().records
  t.equal(records.length, raw.length)
  records.forEach((record, i) => {
    const order = [...new Set([...Object.keys(raw[i]!), ...derived])]
    t.same(Object.keys(JSON.parse(JSON.stringify(record))), order, `${record.link}: the JSON's keys in order`)
  })
  t.same(derived.filter((k) => !(k in CodeRecordSchema.properties)), [], 'every derived field is in the schema')
  const record = catalog().find(409)!
  t.same(record.snippets, snippetsFor(record), 'the snippets are those of the data')
  t.equal(record.snippets, record.snippets, 'made once and kept')
  t.ok(Object.isFrozen(record.snippets) && Object.isFrozen(record.snippets[0]), 'and frozen like the rest of the record')
})

t.test('invalid data is a DataError naming the file and the field', async (t) => {
  const cases: Array<[string, Parameters<typeof fixture>[1], RegExp]> = [
    ['an empty summary', ({ m409 }) => void (m409.summary = ''), /^data\/codes\/409\.json: \/meanings\/0\/summary: /],
    ['a missing field', ({ m409 }) => void delete (m409 as Partial<CodeData>).faq, /^data\/codes\/409\.json: \/meanings\/0\/faq: /],
    ['an unknown field', ({ m410 }) => void Object.assign(m410, { colour: 'red' }), /^data\/codes\/410\.json: \/meanings\/0\/colour: /],
    ['a bad status', ({ m409 }) => void Object.assign(m409, { status: 'official' }), /^data\/codes\/409\.json: \/meanings\/0\/status: /],
    ['too few causes', ({ m409 }) => void (m409.commonCauses = ['one']), /^data\/codes\/409\.json: \/meanings\/0\/commonCauses: /],
    ['a bad url', ({ m409 }) => void (m409.mdn = 'javascript:alert(1)'), /^data\/codes\/409\.json: \/meanings\/0\/mdn: /],
    ['a code that is not the file', ({ m410 }) => void (m410.code = 411), /^data\/codes\/410\.json: \/meanings\/0\/code: is 411 but the file is for 410$/],
    ['a bad file name', ({ extra }) => void (extra['4xx.json'] = '{}'), /^data\/codes\/4xx\.json: file name must be a three-digit status code/],
    ['invalid JSON', ({ extra }) => void (extra['411.json'] = '{ "meanings": [ }'), /^data\/codes\/411\.json: is not valid JSON/],
    ['an unknown vendor', ({ m410 }) => Object.assign(m410, { vendor: 'acme', status: 'unofficial', spec: null }), /^data\/codes\/410\.json: \/meanings\/0\/vendor: "acme" is not in data\/vendors\.json$/],
    ['a vendor code marked standard', ({ m410 }) => Object.assign(m410, { vendor: 'nginx' }), /^data\/codes\/410\.json: \/meanings\/0\/status: "standard" does not fit vendor nginx/],
    ['an IANA code marked unofficial', ({ m410 }) => Object.assign(m410, { status: 'unofficial' }), /\/meanings\/0\/status: "unofficial" does not fit vendor null/],
    ['an unknown related code', ({ m409 }) => void (m409.related = [{ code: 418, reason: 'Tea.' }]), /^data\/codes\/409\.json: \/meanings\/0\/related\/0\/code: 418 is not in the catalog$/],
    ['a code related to itself', ({ m409 }) => void (m409.related = [{ code: 409, reason: 'Itself.' }]), /related\/0\/code: a code is not related to itself/],
    ['an unknown code to use instead', ({ m409 }) => void (m409.misinterpretation.useInstead = [412]), /misinterpretation\/useInstead\/0: 412 is not in the catalog/],
    ['a vendor in an unknown category', ({ vendors }) => void (vendors[0].category = 'nowhere'), /^data\/vendors\.json: vendor "nginx": category "nowhere" does not exist$/],
    ['a vendor listed twice', ({ vendors }) => void vendors.push({ ...vendors[0] }), /^data\/vendors\.json: vendor "nginx" is listed twice$/],
    ['a bad vendors file', ({ vendors }) => void (vendors[0].id = 'Not Kebab'), /^data\/vendors\.json: \/0\/id: /],
    ['a comparison of an unknown code', ({ comparisons }) => void (comparisons[0].codes = [409, 418]), /^data\/comparisons\.json: \/0\/codes\/1: 418 is not in the catalog$/],
    ['a comparison out of order', ({ comparisons }) => void (comparisons[0].codes = [410, 409]), /^data\/comparisons\.json: \/0\/codes: codes must be distinct and ascending$/],
    ['a comparison missing a code', ({ comparisons }) => void comparisons[0].whenToUse.pop(), /^data\/comparisons\.json: \/0\/whenToUse: /],
    ['a comparison made twice', ({ comparisons }) => void comparisons.push(comparisons[0]), /^data\/comparisons\.json: \/1\/codes: 409,410 is compared twice$/],
    ['a popular code not in the catalog', ({ popular }) => void popular.push(418), /^data\/popular\.json: \/2: 418 is not in the catalog$/],
    ['a popular code listed twice', ({ popular }) => void popular.push(409), /^data\/popular\.json: /],
    [
      'two meanings with one vendor',
      ({ extra, m410 }) => void (extra['410.json'] = JSON.stringify({ meanings: [m410, m410] })),
      /^data\/codes\/410\.json: \/meanings\/1\/vendor: another meaning of 410 has vendor null$/
    ]
  ]
  for (const [name, change, message] of cases) {
    const dir = fixture(t, change)
    t.throws(() => loadCatalog(join(dir, 'data')), { name: 'DataError', message }, name)
  }
})

t.test('a missing data directory is a DataError', async (t) => {
  const dir = t.testdir({})
  t.throws(() => readData(join(dir, 'data')), DataError)
})

t.test('buildApp refuses to start on invalid data', async (t) => {
  const dir = fixture(t, ({ m409 }) => void (m409.name = ''))
  await t.rejects(buildApp({ config: defaultConfig(), dataDir: join(dir, 'data') }), {
    name: 'DataError',
    message: /^data\/codes\/409\.json: \/meanings\/0\/name: /
  })
})

t.test('the real data loads once and is consistent', async (t) => {
  const cat = catalog()
  t.equal(cat.find(409)?.name, 'Conflict')
  t.equal(cat.find(409, 'nginx'), undefined)
  t.equal(cat.category('constructor'), undefined, 'lookups are Maps, not objects')
  t.equal(cat.meaningsOf(Number('__proto__')), undefined)
  t.equal(cat.classCategory(777), undefined)
  t.equal(cat.classCategory(299)?.id, 'success')
})

t.test('searchCodes combines filters', async (t) => {
  const cat = catalog()
  t.same(searchCodes(cat, { q: '  CONFLICT ' }).map((s) => s.code), [409])
  t.same(searchCodes(cat, { class: '4xx', vendor: 'iana', q: 'conflict' }).map((s) => s.code), [409])
  t.same(searchCodes(cat, { class: '5xx', q: 'conflict' }), [])
  t.same(searchCodes(cat, { q: '' }).length, cat.records.length, 'an empty search matches everything')
})

t.test('snippets follow the rules of the code', async (t) => {
  const make = (change: Partial<CodeData>) => snippetsFor({ ...model, ...change } as CodeData)
  const conflict = make({})
  t.same(conflict.map((s) => s.id), ['express', 'fastify', 'node-http', 'python-flask', 'go-net-http', 'java-spring', 'csharp-aspnet-core', 'php', 'ruby-rails', 'rust-axum'])
  t.equal(
    conflict.find((s) => s.id === 'express')!.code,
    [
      "import express from 'express'",
      '',
      'const app = express()',
      '',
      "app.get('/example', (req, res) => {",
      "  res.status(409).type('application/problem+json').json({",
      "    type: 'https://example.com/problems/edit-conflict',",
      "    title: 'Edit conflict',",
      '    status: 409,',
      "    detail: 'Article 42 is at revision 8; your changes are based on revision 7.',",
      '    currentRevision: 8',
      '  })',
      '})',
      '',
      'app.listen(3000)'
    ].join('\n'),
    'the example body, as JSON, under the example Content-Type'
  )
  const noContent = make({
    code: 204,
    name: 'No Content',
    semantics: { ...model.semantics, contentAllowed: false, recommendedHeaders: [] },
    example: { ...model.example, status: 204, headers: [], body: null }
  })
  for (const s of noContent) t.notMatch(s.code, /revision|echo|\.body\(|render json/, `${s.id}: no content on 204`)
  t.equal(noContent.find((s) => s.id === 'node-http')!.code, "import http from 'node:http'\n\nhttp.createServer((req, res) => {\n  res.writeHead(204)\n  res.end()\n}).listen(3000)")
  const unauthorized = make({
    code: 401,
    name: 'Unauthorized',
    semantics: { ...model.semantics, requiredHeaders: ['WWW-Authenticate'], recommendedHeaders: [] },
    example: { ...model.example, status: 401, headers: [{ name: 'WWW-Authenticate', value: 'Bearer realm="api", error="it\'s"' }], body: null }
  })
  for (const s of unauthorized) t.match(s.code, /WWW-Authenticate/, `${s.id} sets WWW-Authenticate`)
  t.match(unauthorized.find((s) => s.id === 'express')!.code, "res.set('WWW-Authenticate', 'Bearer realm=\"api\", error=\"it\\'s\"')", 'quotes are escaped')
})

t.test('snippets set Content-Type once', async (t) => {
  for (const s of snippetsFor(model)) {
    t.ok((s.code.match(/Content-Type|contentType|content_type|type\(/g) ?? []).length <= 1, `${s.id} sets Content-Type at most once`)
  }
})

t.test('Go and Python snippets use the standard libraries\' named constants where they exist', async (t) => {
  const conflict = snippetsFor(model)
  t.match(conflict.find((s) => s.id === 'go-net-http')!.code, /w\.WriteHeader\(http\.StatusConflict\)/)
  t.match(conflict.find((s) => s.id === 'python-flask')!.code, /^from http import HTTPStatus\n[\s\S]*, HTTPStatus\.CONFLICT(, \{.*\})?\n/)
  const cat = catalog()
  t.match(cat.find(422)!.snippets.find((s) => s.id === 'python-flask')!.code, /\}, 422, \{/, 'a number where Python renamed the constant in 3.13')
  const esri = cat.find(499, 'esri')!.snippets
  t.match(esri.find((s) => s.id === 'go-net-http')!.code, /w\.WriteHeader\(499\)/, 'a vendor code keeps its number')
  t.notMatch(esri.find((s) => s.id === 'python-flask')!.code, /HTTPStatus/)
  t.match(cat.find(306)!.snippets.find((s) => s.id === 'go-net-http')!.code, /WriteHeader\(306\)/, 'Go names no constant for 306')
  t.match(cat.find(494, 'nginx')!.snippets.find((s) => s.id === 'go-net-http')!.code, /WriteHeader\(http\.StatusBadRequest\)/, 'a code sent as 400 names 400')
})
