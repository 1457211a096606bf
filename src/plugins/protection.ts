import type { Socket } from 'node:net'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { ERRORS, ProblemError, problemType, type ErrorKind } from '../errors.js'
import type { Allowance, UnitLimiter } from '../http/limiter.js'
import type { Log } from '../logging.js'

/**
 * The pieces of abuse resistance that are ours rather than a plugin's: per-client limits (one
 * request, one unit; /check counts URLs and /echo delays against allowances of their own), the
 * request-target length limit, and problem responses for errors Node's HTTP parser raises before
 * Fastify sees a request.
 */

declare module 'fastify' {
  interface FastifyContextConfig {
    /** false: the route does not spend the general allowance (limitRequests). */
    rateLimit?: false
  }
  interface FastifyRequest {
    /**
     * The client for per-client limits and caps: request.ip for IPv4, its IPv6 prefix for IPv6
     * (CLIENT_IPV6_PREFIX_BITS; src/http/client-key.ts). Every per-client limiter keys by this.
     */
    readonly clientKey: string
  }
}

/** Sets the RateLimit headers (draft-ietf-httpapi-ratelimit-headers) and returns the 429 problem when the allowance is spent. */
function applyAllowance(reply: FastifyReply, a: Allowance, refusal: (a: Allowance) => string): ProblemError | undefined {
  reply.header('ratelimit-limit', String(a.limit)).header('ratelimit-remaining', String(a.remaining)).header('ratelimit-reset', String(a.resetS))
  return a.allowed ? undefined : new ProblemError('ERR_RATE_LIMITED', refusal(a), { 'retry-after': String(a.resetS) })
}

const crowdedDetail = (a: Allowance) => `The server is tracking as many clients as it can; new clients may retry in ${a.resetS} s.`

/** Spends units of a client's allowance, with the RateLimit headers; a 429 problem when it is spent. */
export async function spend(limiter: UnitLimiter, request: FastifyRequest, reply: FastifyReply, units: number, what: string): Promise<void> {
  const a = await limiter.take(request.clientKey, units)
  const refused = applyAllowance(reply, a, () =>
    a.crowded === true ? crowdedDetail(a) : `${what} is limited to ${a.limit} per minute per client; this request needs ${units}.`
  )
  if (refused !== undefined) throw refused
}

/**
 * onRequest hook for the general allowance: one unit per request, per client IP. It answers synchronously when
 * the limiter can (in memory; the shared limiter while its lease lasts), asynchronously when it must ask Redis.
 * It replaced @fastify/rate-limit, which cost about a tenth of the CPU of a data request (bench/README.md) for
 * the same headers and 429s; the weighted allowances already used this limiter.
 */
export function limitRequests(limiter: UnitLimiter) {
  const refusal = (a: Allowance) => (a.crowded === true ? crowdedDetail(a) : `Requests are limited to ${a.limit} per minute per client; retry in ${a.resetS} s.`)
  return function rateLimit(request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) {
    const now = limiter.takeNow?.(request.clientKey)
    if (now !== undefined) return done(applyAllowance(reply, now, refusal))
    limiter.take(request.clientKey).then((a) => done(applyAllowance(reply, a, refusal)), done)
  }
}

/** The scheme and authority of an absolute-form request target (RFC 9112 Section 3.2.2). */
const ABSOLUTE_FORM = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/

/**
 * The request target, checked first: an absolute-form target is rewritten to origin form, so that
 * no route, log line or problem `instance` takes the scheme and host for a path; then one longer
 * than `maxUrlLength` is a 414 problem (returned), or undefined.
 */
export function checkTarget(maxUrlLength: number) {
  return function checkUrl(request: FastifyRequest): ProblemError | undefined {
    const raw = request.raw
    if (raw.url!.charCodeAt(0) !== 0x2f /* / */) originForm(raw)
    if (request.url.length <= maxUrlLength) return undefined
    return new ProblemError('ERR_URI_TOO_LONG', `The request target is ${request.url.length} characters long; the limit is ${maxUrlLength}.`)
  }
}

/**
 * What else is wrong with a request's head that Node's parser lets through, as a problem, or
 * undefined: more than one Host (400, RFC 9112 Section 3.2); a GET or HEAD announcing content
 * larger than `bodyLimit` (413: those bodies are never read, and would otherwise be drained for a 200).
 */
export function checkHead(bodyLimit: number) {
  return function checkFields(request: FastifyRequest): ProblemError | undefined {
    const headers = request.raw.rawHeaders
    let hosts = 0
    for (let i = 0; i < headers.length; i += 2) {
      if (headers[i]!.length === 4 && headers[i]!.toLowerCase() === 'host') hosts++
    }
    if (hosts > 1) return new ProblemError('ERR_BAD_REQUEST', 'The request has more than one Host header (RFC 9112 Section 3.2).')
    const length = request.headers['content-length']
    if (length !== undefined && Number(length) > bodyLimit && (request.method === 'GET' || request.method === 'HEAD')) {
      // The body is not read: the connection ends after the answer.
      return new ProblemError('ERR_PAYLOAD_TOO_LARGE', `The request content is ${length} bytes; the limit is ${bodyLimit}, and a ${request.method} request needs none.`, {
        connection: 'close'
      })
    }
    return undefined
  }
}

/** Rewrites an absolute-form target (http://host/path?q) to origin form (/path?q); an asterisk-form one stays. */
function originForm(raw: FastifyRequest['raw']): void {
  const origin = ABSOLUTE_FORM.exec(raw.url!)
  if (origin === null) return
  const rest = raw.url!.slice(origin[0].length)
  raw.url = rest.charCodeAt(0) === 0x2f ? rest : `/${rest}`
}

const REASONS: Record<number, string> = { 400: 'Bad Request', 408: 'Request Timeout', 414: 'URI Too Long', 431: 'Request Header Fields Too Large' }

function rawProblem(kind: ErrorKind, detail: string): string {
  const body = JSON.stringify({ type: problemType(kind.code), title: kind.title, status: kind.status, detail, instance: '', code: kind.code })
  return [
    `HTTP/1.1 ${kind.status} ${REASONS[kind.status]}`,
    'Content-Type: application/problem+json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Access-Control-Allow-Origin: *',
    'X-Content-Type-Options: nosniff',
    'Cache-Control: no-store',
    'Connection: close',
    '',
    body
  ].join('\r\n')
}

/**
 * Answers what Node's HTTP parser refuses (a request head too large, one too slow to arrive,
 * malformed bytes) with a problem, then closes the connection.
 */
export function clientErrorHandler(maxUrlLength: number, log?: Log) {
  const logged = log?.isLevelEnabled('info') === true ? log : undefined
  return function onClientError(err: Error & { code?: string; rawPacket?: unknown }, socket: Socket): void {
    if (err.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy()
      return
    }
    const { status, response } = clientErrorResponse(err, maxUrlLength)
    // The access log's line for it: there is no request, so no id, method or URL.
    logged?.info({ status, ms: 0, ip: socket.remoteAddress ?? null, parserError: err.code ?? null }, 'request')
    socket.end(response)
  }
}

function clientErrorResponse(err: Error & { code?: string; rawPacket?: unknown }, maxUrlLength: number): { status: number; response: string } {
  const kind = clientErrorKind(err, maxUrlLength)
  return { status: kind[0].status, response: rawProblem(...kind) }
}

function clientErrorKind(err: Error & { code?: string; rawPacket?: unknown }, maxUrlLength: number): [ErrorKind, string] {
  if (err.code === 'HPE_HEADER_OVERFLOW') {
    // A request line longer than the target limit makes the head overflow: that is a 414; otherwise the headers are (431).
    const head = Buffer.isBuffer(err.rawPacket) ? err.rawPacket.toString('latin1') : ''
    const line = head.indexOf('\r\n') === -1 ? head.length : head.indexOf('\r\n')
    return line > maxUrlLength
      ? [ERRORS.ERR_URI_TOO_LONG, 'The request target is longer than the server accepts.']
      : [ERRORS.ERR_HEADERS_TOO_LARGE, 'The request headers are larger than the server accepts.']
  }
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return [ERRORS.ERR_REQUEST_TIMEOUT, 'The request did not arrive in time.']
  return [ERRORS.ERR_BAD_REQUEST, 'The request could not be parsed as HTTP/1.1.']
}
