import { isDeepStrictEqual } from 'node:util'
import { COMMON_PROBLEMS, HEADERS, PROBLEMS, RATE_LIMIT_HEADERS, type HeaderName } from './responses.js'

/**
 * Finishes the OpenAPI document @fastify/swagger generates from the route schemas, with what route schemas
 * cannot say: shared response and header components, the headers of each response, If-None-Match where a
 * 304 is possible, HEAD and OPTIONS operations, request bodies on /echo, servers and security. What the /echo
 * operations repeat is written once, as components.
 */

type Json = Record<string, any>
const METHODS = ['get', 'head', 'post', 'put', 'patch', 'delete', 'options'] as const
const ref = (kind: 'headers' | 'responses' | 'parameters' | 'requestBodies', name: string) => ({ $ref: `#/components/${kind}/${name}` })
const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1)

/** The headers of a problem response: every problem's, and those of its status. */
function problemHeaders(status: number): HeaderName[] {
  return ['X-Request-Id', 'Cache-Control', ...RATE_LIMIT_HEADERS, ...(PROBLEMS[status]?.headers ?? [])]
}

function components(): Json {
  const responses: Json = {}
  for (const [status, { name, description }] of Object.entries(PROBLEMS)) {
    responses[name] = {
      description,
      headers: Object.fromEntries(problemHeaders(Number(status)).map((h) => [h, ref('headers', h)])),
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } }
    }
  }
  return {
    headers: Object.fromEntries(Object.entries(HEADERS).map(([name, h]) => [name, { ...h }])),
    responses,
    requestBodies: {
      EchoContent: {
        required: false,
        description: 'Any content of any type, at most ECHO_BODY_LIMIT_BYTES; echoed back as text in request.body.',
        content: { '*/*': { schema: {} } }
      }
    },
    parameters: {
      IfNoneMatch: {
        name: 'If-None-Match',
        in: 'header',
        required: false,
        description: 'The ETag of a representation you hold: while it is current, the answer is a 304 with no content.',
        schema: { type: 'string' }
      }
    }
  }
}

/** Whether a response is a plain problem, which the shared component of its status describes. */
function isPlainProblem(response: Json): boolean {
  const types = Object.keys(response.content ?? {})
  return types.length === 1 && types[0] === 'application/problem+json' && response.content['application/problem+json'].schema?.$ref === '#/components/schemas/Problem'
}

/** The headers a non-problem response carries, by operation and status. */
function headersOf(path: string, method: string, status: string, rateLimited: boolean, cached: boolean): HeaderName[] {
  const names: HeaderName[] = ['X-Request-Id']
  if (rateLimited) names.push(...RATE_LIMIT_HEADERS)
  if (cached && (status === '200' || status === '304')) names.push('ETag', 'Cache-Control', 'Vary')
  if (path === '/check' && status === '200') names.push('Cache-Control')
  if (path === '/metrics' && status === '200') names.push('Cache-Control')
  if (path === '/health') names.push('Cache-Control', ...(status === '503' ? (['Retry-After'] as HeaderName[]) : []))
  if (path.startsWith('/echo/')) {
    names.push('Cache-Control')
    // Every 2xx and 304 but a CORS preflight's 204.
    if ((status.startsWith('2') || status === '304') && !(method === 'options' && status === '204')) names.push('ETag')
    if (status.startsWith('3') || status === '201' || status === '2XX') names.push('Location')
    if (status === '206' || status === '4XX') names.push('Content-Range')
    if (status === '4XX') names.push('Allow', 'WWW-Authenticate')
    if (status === '429' || status === '503' || status === '5XX') names.push('Retry-After')
    if (path === '/echo/random') names.push('X-Echo-Draw')
  }
  if (method === 'options' && status === '204') names.push('Allow', 'Access-Control-Allow-Methods', 'Access-Control-Allow-Headers', 'Access-Control-Max-Age')
  return [...new Set(names)]
}

/**
 * Each response of an operation with its headers, or a reference to the shared problem of its status (a HEAD's
 * to `<name>Head`, the same without content, made in `shared` at its first use).
 */
function finishResponses(path: string, method: string, op: Json, rateLimited: boolean, shared: Json): void {
  const cached = op.responses['304'] !== undefined && !path.startsWith('/echo/')
  for (const [status, response] of Object.entries<Json>(op.responses)) {
    const problem = PROBLEMS[Number(status)]
    if (isPlainProblem(response) && problem !== undefined) {
      if (method === 'head') {
        const { content: _, ...headersOnly } = shared[problem.name]
        shared[`${problem.name}Head`] ??= headersOnly
      }
      op.responses[status] = ref('responses', method === 'head' ? `${problem.name}Head` : problem.name)
      continue
    }
    response.headers = Object.fromEntries(headersOf(path, method, status, rateLimited, cached).map((h) => [h, ref('headers', h)]))
    // HEAD: the headers of the GET, and no content.
    if (method === 'head') delete response.content
  }
  if (cached) op.parameters = [...(op.parameters ?? []), ref('parameters', 'IfNoneMatch')]
}

/** The HEAD of a GET: the same parameters and statuses, no content. */
function headOf(get: Json): Json {
  const head = structuredClone(get)
  head.operationId = `${get.operationId}Head`
  head.summary = `${get.summary} (headers only)`
  head.description = 'The headers the GET would get, Content-Length included, and no content (RFC 9110 Section 9.3.2).'
  return head
}

/** OPTIONS on a path: its Allow list, and a CORS preflight's answer when it is one. */
function optionsOf(base: Json, rateLimited: boolean): Json {
  return {
    operationId: `${base.operationId}Options`,
    summary: 'The methods of this path; CORS preflight',
    description:
      'Answers 204 with Allow. A CORS preflight (with Access-Control-Request-Method) also gets the allowed methods, the request ' +
      'headers asked for when they are well formed, and a day\'s Access-Control-Max-Age.',
    tags: base.tags,
    ...(base.parameters?.some((p: Json) => p.in === 'path') ? { parameters: base.parameters.filter((p: Json) => p.in === 'path') } : {}),
    responses: {
      204: { description: 'No content: the methods are in Allow.' },
      ...Object.fromEntries(COMMON_PROBLEMS.filter((s) => rateLimited || s !== 429).map((s) => [s, { description: PROBLEMS[s]!.description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } }]))
    }
  }
}

/** TypeBox writes a union of literals as anyOf of one-value enums; the document shows it as one enum. */
function collapseEnums(node: unknown): void {
  if (node === null || typeof node !== 'object') return
  for (const value of Object.values(node)) collapseEnums(value)
  const { anyOf, ...rest } = node as Json
  const single = (s: Json) => s.type === 'string' && Array.isArray(s.enum) && s.enum.length === 1 && Object.keys(s).length === 2
  if (Array.isArray(anyOf) && anyOf.length > 1 && anyOf.every(single)) {
    delete (node as Json).anyOf
    Object.assign(node, { type: 'string', enum: anyOf.map((s: Json) => s.enum[0]), ...rest })
  }
}

export function finishDocument(doc: Json): Json {
  collapseEnums(doc.components?.schemas)
  collapseEnums(doc.paths)
  doc.info.contact = { name: 'SiteError API maintainers' }
  doc.servers = [{ url: '/', description: 'The server this document is served from.' }]
  // Public: no operation needs credentials.
  doc.security = []
  doc.components = { ...doc.components, ...components() }
  for (const [path, item] of Object.entries<Json>(doc.paths)) {
    const rateLimited = path !== '/health'
    const echo = path.startsWith('/echo/')
    if (item.get !== undefined && item.head === undefined) item.head = headOf(item.get)
    const first = item.get ?? item.post
    if (item.options === undefined) item.options = optionsOf(first, rateLimited)
    for (const method of METHODS) {
      if (item[method] === undefined) continue
      // @fastify/swagger gives the methods of one route the same object; each is finished on its own.
      const op = (item[method] = structuredClone(item[method]))
      // One route answers several methods on /echo: each operation gets the route's id and its method.
      if (echo && method !== 'get') op.operationId = `${op.operationId}${capitalized(method)}`
      if (echo && ['post', 'put', 'patch', 'delete'].includes(method)) op.requestBody = ref('requestBodies', 'EchoContent')
      finishResponses(path, method, op, rateLimited, doc.components.responses)
    }
    // Paths in the order of the methods above.
    doc.paths[path] = Object.fromEntries(METHODS.filter((m) => item[m] !== undefined).map((m) => [m, item[m]]))
  }
  shareEchoParts(doc)
  return doc
}

/**
 * Each /echo path answers seven methods with the same parameters and nearly the same responses: written out in
 * every operation they were two thirds of the document and of the client types generated from it. Each is
 * written once in components and referenced. The first path's are `Echo<status>` (`Echo200`, `Echo4XX`), with
 * the method added where that method's response differs (`Echo200Head`, without content; `Echo204Options`, a
 * preflight's), and `Echo<Name>` for a parameter. The other paths use those where theirs are the same, and names
 * of their own where not (`EchoRandom200`: /echo/random adds X-Echo-Draw). A name for two different parts is an error.
 */
function shareEchoParts(doc: Json): void {
  /** A reference to `part`: the first of `reuse` that names the same part, or else the first of `own` free for it. */
  const shared = (kind: 'responses' | 'parameters', reuse: string[], own: string[], part: Json): Json => {
    const components: Json = (doc.components[kind] ??= {})
    const name = reuse.find((n) => isDeepStrictEqual(components[n], part)) ?? own.find((n) => components[n] === undefined || isDeepStrictEqual(components[n], part))
    if (name === undefined) throw new Error(`OpenAPI: no free name for an /echo part among ${own.join(', ')}`)
    components[name] ??= part
    return ref(kind, name)
  }
  // The generic paths first (/echo/{code}, then /echo/{code}/{path}); /echo/random last.
  const paths = Object.keys(doc.paths)
    .filter((p) => p.startsWith('/echo/'))
    .sort((a, b) => Number(!a.includes('{')) - Number(!b.includes('{')))
  paths.forEach((path, i) => {
    const item = doc.paths[path]
    const prefix = i === 0 ? 'Echo' : capitalized(item.get.operationId)
    const names = (key: string, variant = '') => ({ reuse: i === 0 ? [] : [`Echo${key}`, `Echo${key}${variant}`], own: [`${prefix}${key}`, `${prefix}${key}${variant}`] })
    for (const [method, op] of Object.entries<Json>(item)) {
      for (const [status, response] of Object.entries<Json>(op.responses)) {
        if (response.$ref !== undefined) continue
        const { reuse, own } = names(status, capitalized(method))
        op.responses[status] = shared('responses', reuse, own, response)
      }
      op.parameters = op.parameters?.map((p: Json) => {
        if (p.$ref !== undefined) return p
        const { reuse, own } = names(capitalized(p.name))
        return shared('parameters', reuse, own, p)
      })
    }
  })
}
