import t from 'tap'
import { readFileSync } from 'node:fs'
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { Validator } from '@seriousme/openapi-schema-validator'
import { openApiText } from '../src/openapi.js'
import { ERROR_CODES } from '../src/errors.js'
import { ROOT, build } from './helper.js'
import { defaultConfig } from '../src/config.js'

// Load shedding by event-loop delay is off here: the validator below blocks the loop for seconds on a busy machine,
// and a later request that lets the sampler run (the first /metrics, which loads prom-client) would then see a 503.
const app = await build(t, { pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 } })
const generated = await openApiText(app)
const doc = JSON.parse(generated)
/** A response or parameter as written, or, when it is a reference (#/components/...), what it refers to. */
const deref = (node: any): any => (typeof node?.$ref === 'string' ? node.$ref.slice(2).split('/').reduce((o: any, k: string) => o[k], doc) : node)

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
  const ids = new Set<string>()
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(item)) {
      const name = `${method.toUpperCase()} ${path}`
      t.ok(op.summary, `${name} has a summary`)
      t.ok(op.description, `${name} has a description`)
      t.ok(op.tags?.length > 0, `${name} has tags`)
      t.match(op.operationId, /^[a-z][A-Za-z0-9]*$/, `${name} has a camelCase operationId`)
      t.notOk(ids.has(op.operationId), `${name}: ${op.operationId} is unique`)
      ids.add(op.operationId)
      if (method === 'head') {
        t.same(Object.values<any>(op.responses).map(deref).filter((r) => r.content !== undefined), [], `${name} documents no content`)
      } else if (method === 'options' && !path.startsWith('/echo/')) {
        t.ok(op.responses['204'], `${name} documents its 204`)
      } else {
        t.ok(op.responses?.['200'], `${name} documents its 200`)
        const media = Object.values<any>(deref(op.responses?.['200'])?.content ?? {})
        t.ok(path.startsWith('/echo/') || media.some((m) => m.example !== undefined || m.examples !== undefined), `${name} has an example response`)
        // What the server answers before any handler runs (src/app.ts), on every operation; /health and /ready are never rate limited.
        const before = path === '/health' || path === '/ready' ? ['400', '413', '414'] : ['400', '413', '414', '429', '503']
        t.same(before.filter((status) => op.responses?.[status] === undefined), [], `${name} documents ${before.join(', ')}`)
      }
    }
  }
  t.ok(doc.paths['/codes/{code}'], 'the code path is templated')
})

t.test('the document says how to reach it and that it is public', async (t) => {
  t.same(doc.security, [], 'security: [] (no credentials)')
  t.ok(doc.servers?.length > 0, 'servers')
  t.ok(doc.info.contact && doc.info.license, 'contact and license')
})

t.test('Problem.code is the enum of the codes errors.ts names', async (t) => {
  t.same(doc.components.schemas.Problem.properties.code.enum, [...ERROR_CODES])
})

t.test('numeric and boolean parameters are typed as such', async (t) => {
  const typeOf = (path: string, name: string, method = 'get') => doc.paths[path][method].parameters.map(deref).find((p: any) => p.name === name)?.schema.type
  t.equal(typeOf('/codes/{code}', 'code'), 'integer')
  for (const name of ['code', 'delay', 'hops', 'retryAfter', 'final']) t.equal(typeOf('/echo/{code}', name), 'integer', `/echo/{code} ${name}`)
  for (const name of ['seed', 'step']) t.equal(typeOf('/echo/random', name), 'integer', `/echo/random ${name}`)
  t.equal(typeOf('/check', 'maxRedirects'), 'integer')
  t.equal(typeOf('/check', 'follow'), 'boolean')
  const body = doc.paths['/check'].post.requestBody.content['application/json'].schema.properties
  t.same([body.follow.type, body.maxRedirects.type], ['boolean', 'integer'], 'POST /check takes JSON booleans and numbers')
})

t.test('what the /echo operations repeat is written once, in components', async (t) => {
  const inline: string[] = []
  for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
    if (!path.startsWith('/echo/')) continue
    for (const [method, op] of Object.entries<any>(item)) {
      for (const [status, response] of Object.entries<any>(op.responses)) if (response.$ref === undefined) inline.push(`${method} ${path} ${status}`)
      for (const p of op.parameters ?? []) if (p.$ref === undefined) inline.push(`${method} ${path} ${p.name}`)
      if (op.requestBody !== undefined && op.requestBody.$ref === undefined) inline.push(`${method} ${path} requestBody`)
    }
  }
  t.same(inline, [], 'every response, parameter and request body of /echo is a reference')
  for (const kind of ['responses', 'parameters']) {
    const texts = Object.entries<any>(doc.components[kind]).map(([name, part]) => [name, JSON.stringify(part)] as const)
    const twins = texts.filter(([name, text], i) => texts.findIndex(([, other]) => other === text) !== i).map(([name]) => name)
    t.same(twins, [], `no two components.${kind} are the same`)
  }
  t.ok(doc.components.responses.Echo200Head && deref(doc.paths['/echo/{code}'].head.responses['200']).content === undefined, 'HEAD has a response of its own, without content')
  t.equal(doc.paths['/echo/{code}/{path}'].post.responses['4XX'].$ref, '#/components/responses/Echo4XX', 'the paths below /echo/{code} share its responses')
  t.equal(doc.paths['/echo/random'].get.responses['200'].$ref, '#/components/responses/EchoRandom200', '/echo/random, with X-Echo-Draw, has its own')
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

t.test('"Try it out" works for any path value with what Swagger UI pre-fills', async (t) => {
  // Swagger UI pre-fills every parameter that has an example, optional ones included: a person who changes
  // only the code must still get an answer, so no optional parameter may carry an example that fits one code only.
  const params: any[] = doc.paths['/codes/{code}'].get.parameters
  for (const code of ['409', '499', '418', '520']) {
    const query = new URLSearchParams(params.filter((p) => p.in === 'query' && p.example !== undefined).map((p): [string, string] => [p.name, String(p.example)]))
    const target = `/codes/${code}${query.size > 0 ? `?${query}` : ''}`
    const res = await app.inject(target)
    t.equal(res.statusCode, 200, `GET ${target}`)
  }
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

t.test('Redocly CLI lint (recommended): no errors, and a reason beside the rule of every warning', async (t) => {
  // No usage data and no update check: the lint talks to nobody.
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' }
  const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(join(ROOT, 'node_modules', '.bin', 'redocly'), ['lint', 'openapi/openapi.json', '--format=json'], { cwd: ROOT, env, timeout: 90_000 }, (err, stdout, stderr) =>
      resolve({ code: err === null ? 0 : ((err as { code?: number }).code ?? null), stdout, stderr })
    )
  })
  const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')))
  t.equal(report.totals.errors, 0, `no errors: ${report.problems.filter((p: any) => p.severity === 'error').map((p: any) => `${p.ruleId}: ${p.message}`).join('; ')}`)
  const config = readFileSync(join(ROOT, 'redocly.yaml'), 'utf8').split('\n')
  for (const rule of new Set<string>(report.problems.filter((p: any) => p.severity === 'warn').map((p: any) => p.ruleId))) {
    const at = config.findIndex((line) => line.trim().startsWith(`${rule}:`))
    t.ok(at > 0 && config[at - 1]!.trim().startsWith('#'), `${rule} warns; redocly.yaml says why, in a comment above the rule`)
  }
  t.equal(run.code, 0, 'redocly exits 0')
})

t.test('docs/http.md lists every error code', async (t) => {
  const guide = readFileSync(join(ROOT, 'docs', 'http.md'), 'utf8')
  for (const code of ERROR_CODES) t.match(guide, `\`${code}\``, `${code} is in docs/http.md`)
})
