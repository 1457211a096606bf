import { ProblemError, invalid } from '../errors.js'
import { jsonString } from '../json.js'
import { MAX_HOPS, isEmpty, type EchoParams } from './params.js'

/**
 * What /echo answers, as plain data: the status, the interim response before it, the headers
 * and the body, following the rules RFC 9110 gives each code. No Fastify here.
 */

export interface EchoRequest {
  method: string
  /** Path without the query. */
  path: string
  query: Record<string, unknown>
  headers: Record<string, string | string[] | undefined>
  /** Returns JSON.stringify(headers), perhaps remembered: the caller may know it without serializing again. */
  headersJson?: () => string
  /** The request content as received, or null when there was none. */
  body: string | null
}

export interface CodeInfo {
  name: string
  summary: string
  /** Whether IANA or a vendor we track assigns the code. */
  assigned: boolean
}

/**
 * Header names are lower-case, as they go on the wire: Fastify and Node lower-case them anyway, and
 * a name already in lower case costs them less. Custom ones (the header parameter) are as given.
 */
export interface EchoResponse {
  interim: { status: number; reason: string; headers: Array<[string, string]> } | null
  status: number
  reason: string
  headers: Array<[string, string]>
  body: string | null
}

/** Picks the best of the offered media types for the request's Accept, or false. */
export type Negotiate = (types: readonly string[]) => string | false

/**
 * The validator every 2xx and 304 echo response carries, so a 304 has the ETag a 200 would. Weak
 * (RFC 9110 Section 8.8.1): the body describes each request, so its bytes differ from one to the next.
 */
export const ECHO_ETAG = 'W/"siteerror-echo-v1"'
/** The representation that 206 and 416 describe: 100 bytes of text. */
export const RANGE_RESOURCE = 'The quick brown fox jumps over the lazy dog. '.repeat(3).slice(0, 100)

const REDIRECTS = new Set([301, 302, 303, 305, 307, 308])
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

function redirectTarget(code: number, params: EchoParams): string {
  if (params.hops > 0) {
    const next = new URLSearchParams({ hops: String(Math.min(params.hops, MAX_HOPS) - 1) })
    if (params.location !== undefined) next.set('location', params.location)
    return `/echo/${code}?${next}`
  }
  return params.location ?? '/echo/200'
}

/**
 * What /echo/206 answers a Range header with (RFC 9110 Section 14.2): one satisfiable byte range of
 * RANGE_RESOURCE is a 206 of that range (clipped to the end); a range that starts past the end, or an
 * empty suffix, is a 416. Several ranges, another unit or a malformed header get the whole
 * representation as a 200: RFC 9110 lets a server ignore Range, and we serve no multipart/byteranges.
 * Without a Range header at all, /echo/206 shows a partial response of the first ten bytes.
 */
type RangeAnswer = { kind: 'partial'; start: number; end: number } | { kind: 'unsatisfiable' } | { kind: 'whole' }

export function rangeAnswer(header: string | string[] | undefined): RangeAnswer {
  const size = RANGE_RESOURCE.length
  if (header === undefined) return { kind: 'partial', start: 0, end: 9 }
  const match = typeof header === 'string' ? /^bytes=(\d{0,15})-(\d{0,15})$/.exec(header.trim()) : null
  if (match === null || (match[1] === '' && match[2] === '')) return { kind: 'whole' }
  if (match[1] === '') {
    const suffix = Math.min(Number(match[2]), size)
    return suffix > 0 ? { kind: 'partial', start: size - suffix, end: size - 1 } : { kind: 'unsatisfiable' }
  }
  const start = Number(match[1])
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  if (match[2] !== '' && Number(match[2]) < start) return { kind: 'whole' }
  return start < size ? { kind: 'partial', start, end } : { kind: 'unsatisfiable' }
}

/** The media types an echo body can take; the same arrays every time, so negotiation can be remembered per offer. */
const SUCCESS_TYPES: readonly string[] = ['application/json', 'text/plain']
const ERROR_TYPES: readonly string[] = ['application/json', 'application/problem+json', 'text/plain']

function bodyFor(status: number, info: CodeInfo, request: EchoRequest, params: EchoParams, negotiate: Negotiate): [string, string] {
  if (params.body !== undefined) {
    let json = false
    try {
      JSON.parse(params.body)
      json = true
    } catch {
      json = false
    }
    return [json ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8', params.body]
  }
  const offered = status >= 400 ? ERROR_TYPES : SUCCESS_TYPES
  const type = negotiate(offered)
  if (type === false) {
    throw new ProblemError('ERR_NOT_ACCEPTABLE', `/echo can answer with ${offered.join(', ')}; the Accept header allows none of them.`)
  }
  if (type === 'text/plain') return ['text/plain; charset=utf-8', `${status} ${info.name}`]
  if (type === 'application/problem+json') {
    return [
      'application/problem+json; charset=utf-8',
      JSON.stringify({ type: 'about:blank', title: info.name, status, detail: info.summary, instance: request.path })
    ]
  }
  // The same JSON as JSON.stringify({ ...opening, request: { method, path, query, headers, body } }), without building the
  // objects, and without JSON.stringify where the common case is cheaper (a plain method and path, no query, no body):
  // on Node 20 those four calls cost about 0.2 µs per body (bench/README.md).
  const { method, path, query, headers, body } = request
  const described =
    `{"method":${jsonString(method)},"path":${jsonString(path)},"query":${isEmpty(query) ? '{}' : JSON.stringify(query)},` +
    `"headers":${request.headersJson?.() ?? JSON.stringify(headers)},"body":${body === null ? 'null' : JSON.stringify(body)}}`
  return ['application/json; charset=utf-8', `${describe(status, info)}"request":${described}}`]
}

/** The start of the default JSON body, up to "request", which is the same for every request with this status. */
const openings = new WeakMap<CodeInfo, Map<number, string>>()
function describe(status: number, info: CodeInfo): string {
  let byStatus = openings.get(info)
  if (byStatus === undefined) openings.set(info, (byStatus = new Map()))
  let opening = byStatus.get(status)
  if (opening === undefined) {
    const extra = status === 300 ? { choices: ['/echo/200', '/echo/204', '/echo/404'] } : {}
    const json = JSON.stringify({ code: status, name: info.name, summary: info.summary, assigned: info.assigned, ...extra, request: null })
    opening = json.slice(0, -'"request":null}'.length)
    byStatus.set(status, opening)
  }
  return opening
}

/**
 * Every echo response: a body that repeats the request's headers (Cookie and Authorization included) must never be
 * stored by a shared cache, nor by the browser; the header parameter cannot set any header that governs caching.
 */
export const ECHO_CACHE_CONTROL = 'private, no-store'

/** The final (non-1xx) response for a status. */
function finalResponse(asked: number, infoOf: (code: number) => CodeInfo, request: EchoRequest, params: EchoParams, negotiate: Negotiate): EchoResponse {
  // A HEAD gets the headers a GET would (RFC 9110 Section 9.3.2), so its body is made as the GET's, then dropped.
  const head = request.method === 'HEAD'
  if (head) request = { ...request, method: 'GET' }
  const range = asked === 206 ? rangeAnswer(request.headers.range) : undefined
  const status = range === undefined || range.kind === 'partial' ? asked : range.kind === 'whole' ? 200 : 416
  const info = infoOf(status)
  const headers: Array<[string, string]> = [['cache-control', ECHO_CACHE_CONTROL]]
  if ((status >= 200 && status < 300) || status === 304) headers.push(['etag', ECHO_ETAG])
  if (REDIRECTS.has(status) || status === 300) headers.push(['location', redirectTarget(status, params)])
  if (status === 201) headers.push(['location', '/echo/200'])
  if (status === 401) headers.push(['www-authenticate', 'Bearer realm="siteerror-echo"'])
  if (status === 407) headers.push(['proxy-authenticate', 'Basic realm="siteerror-echo", charset="UTF-8"'])
  if (status === 405) headers.push(['allow', METHODS.filter((m) => m !== request.method && !(request.method === 'GET' && m === 'HEAD')).join(', ')])
  if (status === 416) headers.push(['content-range', `bytes */${RANGE_RESOURCE.length}`])
  if (status === 426) {
    // Upgrade must be named in Connection (RFC 9110 Section 7.8); keep a client's request to close.
    const close = /(^|,)\s*close\s*(,|$)/i.test(String(request.headers.connection ?? ''))
    headers.push(['upgrade', 'h2c'], ['connection', close ? 'Upgrade, close' : 'Upgrade'])
  }
  if (status === 429 || status === 503) headers.push(['retry-after', String(params.retryAfterS)])
  if (params.headers.length > 0) {
    // A custom header replaces ours of the same name (Retry-After, WWW-Authenticate, ETag, Allow); Cache-Control is not among them.
    const custom = new Set(params.headers.map(([name]) => name.toLowerCase()))
    const own = headers.filter(([name]) => !custom.has(name.toLowerCase()))
    headers.splice(0, headers.length, ...own, ...params.headers)
  }

  let body: string | null = null
  if (status === 204 || status === 304) {
    // no content, and so no Content-Type or Content-Length either
  } else if (status === 205) {
    headers.push(['content-length', '0'])
  } else if (range !== undefined && range.kind !== 'unsatisfiable') {
    const [start, end] = range.kind === 'partial' ? [range.start, range.end] : [0, RANGE_RESOURCE.length - 1]
    if (range.kind === 'partial') headers.push(['content-range', `bytes ${start}-${end}/${RANGE_RESOURCE.length}`])
    headers.push(['content-type', 'text/plain; charset=utf-8'])
    body = RANGE_RESOURCE.slice(start, end + 1)
  } else {
    const [type, content] = bodyFor(status, info, request, params, negotiate)
    headers.push(['content-type', type])
    body = content
  }
  if (head && body !== null) {
    // HEAD: the headers a GET would get, Content-Length included, and no content.
    headers.push(['content-length', String(Buffer.byteLength(body))])
    body = null
  }
  return { interim: null, status, reason: params.reason ?? info.name, headers, body }
}

/**
 * The whole answer of /echo/:code. 1xx codes become a real interim response followed by the
 * `final` status; 101 is refused, since this endpoint cannot switch protocols.
 */
export function respond(code: number, request: EchoRequest, params: EchoParams, info: (code: number) => CodeInfo, negotiate: Negotiate): EchoResponse {
  if (code === 101) {
    throw invalid(
      'path',
      '/code',
      '101 Switching Protocols can only answer a request with an Upgrade header, and the server must then speak the new protocol on the connection. /echo cannot switch protocols, so it will not send 101.'
    )
  }
  if (code >= 200) return finalResponse(code, info, request, params, negotiate)
  const interimHeaders: Array<[string, string]> = code === 103 ? [['link', '</docs/static/swagger-ui.css>; rel=preload; as=style']] : []
  return { ...finalResponse(params.final, info, request, params, negotiate), interim: { status: code, reason: info(code).name, headers: interimHeaders } }
}
