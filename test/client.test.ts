// The typed client: its generated types match the document, and the example runs against a live server.
import t from 'tap'
import net from 'node:net'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildApp } from '../src/app.js'
import { defaultConfig } from '../src/config.js'
import { clientTypesText } from '../src/client-types.js'
import type { Resolver } from '../src/check/checker.js'
import { example } from '../clients/typescript/example.js'
import { ROOT, catalog } from './helper.js'

t.test('clients/typescript/schema.d.ts is what openapi-typescript makes of the document', async (t) => {
  const document = JSON.parse(readFileSync(join(ROOT, 'openapi', 'openapi.json'), 'utf8'))
  const committed = readFileSync(join(ROOT, 'clients', 'typescript', 'schema.d.ts'), 'utf8')
  t.ok(committed === (await clientTypesText(document)), 'clients/typescript/schema.d.ts is out of date: run `npm run openapi` and commit the result')
})

t.test('the example calls /codes/{code}, /compare, /echo/{code} and /check on a live server', async (t) => {
  // The server checks a URL on itself, on 127.0.0.2, under a name only this resolver knows.
  const host = '127.0.0.2'
  const resolver: Resolver = async (hostname) => {
    if (hostname === 'upstream.test') return [{ address: host, family: 4 }]
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
  }
  const reserve = net.createServer()
  await new Promise<void>((resolve) => reserve.listen(0, host, resolve))
  const { port } = reserve.address() as net.AddressInfo
  await new Promise((resolve) => reserve.close(resolve))
  const base = defaultConfig()
  const app = await buildApp({
    config: defaultConfig({ check: { ...base.check, allowAddresses: [host], ports: [port], cacheTtlMs: 0 }, pressure: { ...base.pressure, maxEventLoopDelayMs: 0 } }),
    catalog: catalog(),
    checkResolver: resolver
  })
  t.teardown(() => app.close())
  await app.listen({ port, host })
  const lines = await example(`http://${host}:${port}`, `http://upstream.test:${port}/echo/301`)
  t.match(lines, [
    /^409 Conflict: /,
    'revalidated: 304',
    /^401 vs 403: /,
    /^404 ERR_UNKNOWN_CODE: 299 is not in the catalog/,
    'echo: 503, Retry-After 2',
    'echo POST: 201 at /echo/200',
    `check: http://upstream.test:${port}/echo/301 -> 200 in 2 hop(s)`,
    'batch: 301'
  ])
  t.equal(lines.length, 8)
})
