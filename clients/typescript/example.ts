// How an app uses the typed client: openapi-fetch with the types generated from the OpenAPI document.
// Every parameter, body and answer below is typed from the document; there is not one cast.
// Run against a server: npx tsc && node dist/clients/typescript/example.js http://localhost:3000 https://example.com/
import { pathToFileURL } from 'node:url'
import createClient from 'openapi-fetch'
import type { components, paths } from './schema.js'

type Problem = components['schemas']['Problem']

/** What each call answered, one line each. */
export async function example(baseUrl: string, urlToCheck: string): Promise<string[]> {
  const api = createClient<paths>({ baseUrl })
  const lines: string[] = []
  const problem = (p: Problem) => `${p.status} ${p.code}: ${p.detail}`

  // A status code's record: the path parameter is a number.
  const record = await api.GET('/codes/{code}', { params: { path: { code: 409 } } })
  if (record.data !== undefined) lines.push(`${record.data.code} ${record.data.name}: ${record.data.summary}`)
  else lines.push(problem(record.error))

  // Revalidation: the ETag comes back as a typed header parameter, and a 304 has no data.
  const etag = record.response.headers.get('etag')
  if (etag !== null) {
    const again = await api.GET('/codes/{code}', { params: { path: { code: 409 }, header: { 'If-None-Match': etag } } })
    lines.push(`revalidated: ${again.response.status}`)
  }

  // A comparison: without `codes` the answer is the list of curated ones, so the two shapes are told apart.
  const comparison = await api.GET('/compare', { params: { query: { codes: '401,403' } } })
  if (comparison.data !== undefined && 'verdict' in comparison.data) lines.push(`401 vs 403: ${comparison.data.verdict}`)
  const unknown = await api.GET('/compare', { params: { query: { codes: '401,299' } } })
  if (unknown.error !== undefined) lines.push(problem(unknown.error))

  // The echo: any status on request; numbers for the code and Retry-After.
  const echo = await api.GET('/echo/{code}', { params: { path: { code: 503 }, query: { retryAfter: 2 } } })
  lines.push(`echo: ${echo.response.status}, Retry-After ${echo.response.headers.get('retry-after')}`)
  const created = await api.POST('/echo/{code}', { params: { path: { code: 201 } }, body: { name: 'new thing' } })
  lines.push(`echo POST: ${created.response.status} at ${created.response.headers.get('location')}`)

  // A URL check: a boolean and a number in the query, JSON booleans and numbers in the POST body.
  const checked = await api.GET('/check', { params: { query: { url: urlToCheck, follow: true, maxRedirects: 3 } } })
  if (checked.data !== undefined) lines.push(`check: ${checked.data.url} -> ${checked.data.status} in ${checked.data.hops.length} hop(s)`)
  else lines.push(problem(checked.error))
  const batch = await api.POST('/check', { body: { urls: [urlToCheck], follow: false, maxRedirects: 0 } })
  if (batch.data !== undefined) lines.push(`batch: ${batch.data.reports.map((r) => r.error?.code ?? r.status).join(', ')}`)
  else lines.push(problem(batch.error))
  return lines
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [baseUrl = 'http://localhost:3000', url = 'https://example.com/'] = process.argv.slice(2)
  for (const line of await example(baseUrl, url)) process.stdout.write(`${line}\n`)
}
