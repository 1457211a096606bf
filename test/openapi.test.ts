import t from 'tap'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Validator } from '@seriousme/openapi-schema-validator'
import { openApiText } from '../src/openapi.js'
import { ROOT, build } from './helper.js'

const app = await build(t)
const generated = await openApiText(app)
const doc = JSON.parse(generated)

t.test('openapi/openapi.json is what the code generates', async (t) => {
  const committed = readFileSync(join(ROOT, 'openapi', 'openapi.json'), 'utf8')
  t.ok(committed === generated, 'openapi/openapi.json is out of date: run `npm run openapi` and commit the result')
})

t.test('the document is valid OpenAPI 3.1', async (t) => {
  const result = await new Validator().validate(doc)
  t.same(result.errors ?? [], [], 'no validation errors')
  t.equal(result.valid, true)
  t.equal(doc.openapi, '3.1.0')
})

t.test('every operation is documented', async (t) => {
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const name = `${method.toUpperCase()} ${path}`
      t.ok(op.summary, `${name} has a summary`)
      t.ok(op.description, `${name} has a description`)
      t.ok(op.tags?.length > 0, `${name} has tags`)
      t.ok(op.responses?.['200'], `${name} documents its 200`)
      const media = Object.values<any>(op.responses?.['200']?.content ?? {})
      t.ok(media.some((m) => m.example !== undefined || m.examples !== undefined), `${name} has an example response`)
      // What the server answers before any handler runs (src/app.ts), on every operation; /health is never
      // rate limited, and its 503 is its own report of the pressure.
      const before = path === '/health' ? ['400', '413', '414'] : ['400', '413', '414', '429', '503']
      t.same(before.filter((status) => op.responses?.[status]?.content?.['application/problem+json'] === undefined), [], `${name} documents ${before.join(', ')}`)
    }
  }
  t.ok(doc.paths['/codes/{code}'], 'the code path is templated')
})

t.test('shared schemas are named components', async (t) => {
  for (const name of ['Problem', 'CodeRecord', 'CodeSummary', 'Category', 'CategorySummary']) {
    t.ok(doc.components?.schemas?.[name], `components.schemas.${name}`)
  }
  t.notMatch(generated, /"def-\d+"/, 'no anonymous def-N components')
})

t.test('every schema field has a description', async (t) => {
  const missing: string[] = []
  const walk = (schema: any, path: string): void => {
    if (schema === null || typeof schema !== 'object') return
    if (schema.properties !== undefined) {
      for (const [key, sub] of Object.entries<any>(schema.properties)) {
        if (sub.description === undefined && sub.$ref === undefined) missing.push(`${path}.${key}`)
        walk(sub, `${path}.${key}`)
      }
    }
    for (const key of ['items', 'anyOf', 'oneOf', 'allOf']) {
      const value = schema[key]
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}.${key}[${i}]`))
      else if (value !== undefined) walk(value, `${path}.${key}`)
    }
  }
  for (const [name, schema] of Object.entries(doc.components.schemas)) walk(schema, name)
  t.same(missing, [], 'every property is described')
})

t.test('"Try it out" with the documented examples succeeds', async (t) => {
  // Swagger UI fills every parameter that has an example; together they must make a valid request.
  // /check would fetch the example URL from the internet, and /echo answers the status asked for.
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    if (path.startsWith('/check') || path.startsWith('/echo')) continue
    const params: any[] = item.get?.parameters ?? []
    let url = path
    const query = new URLSearchParams()
    for (const p of params) {
      if (p.example === undefined) continue
      if (p.in === 'path') url = url.replace(`{${p.name}}`, encodeURIComponent(p.example))
      if (p.in === 'query') query.set(p.name, p.example)
    }
    const target = query.size > 0 ? `${url}?${query}` : url
    const res = await app.inject(target)
    t.ok(res.statusCode < 400, `GET ${target} answers ${res.statusCode}`)
  }
})
