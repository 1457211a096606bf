import { lookup as dnsLookup } from 'node:dns/promises'
import type { LookupAddress } from 'node:dns'
import { isIP, type Socket } from 'node:net'
import type * as Undici from 'undici'
import { parseTarget, TargetError, type TargetRules } from './target.js'

/**
 * The redirect walker behind /check. Every connection goes through one guarded connector: the
 * host's addresses are checked when they are resolved (all of them: a mixed answer fails closed),
 * IP literals before connecting, and the connected socket's remote address again, so neither a
 * spelling, a DNS answer, a redirect nor DNS rebinding reaches a non-public address.
 */

export type Resolver = (hostname: string) => Promise<LookupAddress[]>

export const systemResolver: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true })

export type CheckErrorCode =
  | 'DNS_ERROR'
  | 'CONNECTION_REFUSED'
  | 'TIMEOUT'
  | 'TLS_ERROR'
  | 'PROTOCOL_ERROR'
  | 'RESPONSE_HEADERS_TOO_LARGE'
  | 'TOO_MANY_REDIRECTS'
  | 'REDIRECT_LOOP'
  | 'INVALID_REDIRECT'
  | 'DESTINATION_NOT_ALLOWED'
  | 'NETWORK_UNREACHABLE'
  | 'RATE_LIMITED'

export interface Hop {
  url: string
  method: 'HEAD' | 'GET'
  status: number
  name: string | null
  location: string | null
  durationMs: number
  remoteFamily: 'IPv4' | 'IPv6' | null
  httpVersion: string | null
}

export interface CheckReport {
  url: string
  finalUrl: string
  status: number | null
  name: string | null
  ok: boolean
  hops: Hop[]
  durationMs: number
  checkedAt: string
  cached: boolean
  error: { code: CheckErrorCode; message: string; hop: number } | null
}

export interface CheckRequest {
  method: 'HEAD' | 'GET'
  follow: boolean
  maxRedirects: number
}

export interface CheckerConfig {
  rules: TargetRules
  resolver: Resolver
  connectTimeoutMs: number
  headersTimeoutMs: number
  /** One deadline for the whole chain. */
  totalTimeoutMs: number
  maxHeaderBytes: number
  userAgent: string
  nameOf: (status: number) => string | null
}

/** Thrown inside the connector when an address is refused; never carries the address. */
export class DestinationError extends Error {
  override name = 'DestinationError'
  readonly code = 'DESTINATION_NOT_ALLOWED'
  constructor() {
    super('The destination is not a publicly routable address.')
  }
}

const MESSAGES: Record<CheckErrorCode, string> = {
  DNS_ERROR: 'The host name could not be resolved.',
  CONNECTION_REFUSED: 'The server refused the connection.',
  TIMEOUT: 'The server did not answer in time.',
  TLS_ERROR: 'The TLS handshake failed or the certificate was not valid.',
  PROTOCOL_ERROR: 'The server sent something that is not a valid HTTP response, or closed the connection.',
  RESPONSE_HEADERS_TOO_LARGE: 'The response headers were larger than the checker accepts.',
  TOO_MANY_REDIRECTS: 'The redirect chain is longer than maxRedirects.',
  REDIRECT_LOOP: 'The redirect chain returns to a URL it already visited.',
  INVALID_REDIRECT: 'A redirect had an unusable Location: missing scheme support, unparseable, or given more than once.',
  DESTINATION_NOT_ALLOWED: 'A redirect pointed to an address or port that is not allowed.',
  NETWORK_UNREACHABLE: 'There is no network route from our server to the host.',
  RATE_LIMITED: "The chain was stopped: the client's /check allowance ran out, and each upstream request spends one unit."
}

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_|HOSTNAME_MISMATCH|ERR_OSSL)/

/** Maps whatever the connection threw to a report code. */
export function classify(err: unknown): CheckErrorCode {
  for (let e = err as { code?: string; name?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (e instanceof DestinationError || e.code === 'DESTINATION_NOT_ALLOWED') return 'DESTINATION_NOT_ALLOWED'
    const code = e.code ?? ''
    if (['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'ENODATA', 'EAI_FAIL', 'ESERVFAIL'].includes(code)) return 'DNS_ERROR'
    if (code === 'ECONNREFUSED') return 'CONNECTION_REFUSED'
    if (['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN'].includes(code)) return 'NETWORK_UNREACHABLE'
    if (['UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'ETIMEDOUT'].includes(code) || e.name === 'TimeoutError' || e.name === 'AbortError') return 'TIMEOUT'
    if (code === 'UND_ERR_HEADERS_OVERFLOW' || code === 'HPE_HEADER_OVERFLOW') return 'RESPONSE_HEADERS_TOO_LARGE'
    if (TLS_CODES.test(code)) return 'TLS_ERROR'
  }
  return 'PROTOCOL_ERROR'
}

/** undici, loaded on the first check rather than at boot, where it was about a tenth of startup. */
let undici: Promise<typeof Undici> | undefined
const loadUndici = () => (undici ??= import('undici'))

/** An undici Agent whose every connection passes the address policy, and which remembers the last remote family. */
function guardedAgent(config: CheckerConfig, { Agent, buildConnector }: typeof Undici) {
  const state: { family: Hop['remoteFamily'] } = { family: null }
  const lookup = (hostname: string, options: { all?: boolean; family?: number }, callback: (...args: unknown[]) => void) => {
    config.resolver(hostname).then(
      (answers) => {
        if (answers.length === 0) return callback(Object.assign(new Error('no addresses'), { code: 'ENOTFOUND' }))
        if (answers.some((a) => !config.rules.policy.allows(a.address))) return callback(new DestinationError())
        const usable = options.family === 4 || options.family === 6 ? answers.filter((a) => a.family === options.family) : answers
        if (usable.length === 0) return callback(Object.assign(new Error('no addresses'), { code: 'ENOTFOUND' }))
        return options.all === true ? callback(null, usable) : callback(null, usable[0]!.address, usable[0]!.family)
      },
      (err: unknown) => callback(err)
    )
  }
  const base = buildConnector({ timeout: config.connectTimeoutMs, lookup } as Parameters<typeof Undici.buildConnector>[0])
  const connect: Undici.buildConnector.connector = (options, callback) => {
    // IP literals skip the lookup, so they are checked here.
    const host = options.hostname.startsWith('[') ? options.hostname.slice(1, -1) : options.hostname
    if (isIP(host) !== 0 && !config.rules.policy.allows(host)) return callback(new DestinationError(), null)
    base(options, (err, socket) => {
      if (err !== null) return callback(err, null)
      const remote = (socket as Socket).remoteAddress
      if (remote === undefined || !config.rules.policy.allows(remote)) {
        socket!.destroy()
        return callback(new DestinationError(), null)
      }
      state.family = (socket as Socket).remoteFamily === 'IPv6' ? 'IPv6' : 'IPv4'
      return callback(null, socket!)
    })
  }
  const agent = new Agent({
    connect,
    headersTimeout: config.headersTimeoutMs,
    bodyTimeout: config.headersTimeoutMs,
    maxHeaderSize: config.maxHeaderBytes,
    keepAliveTimeout: 1000,
    pipelining: 1
  })
  return { agent, state }
}

const INVALID_TARGET: Record<string, CheckErrorCode> = {
  INVALID_URL: 'INVALID_REDIRECT',
  UNSUPPORTED_SCHEME: 'INVALID_REDIRECT',
  CREDENTIALS_NOT_ALLOWED: 'DESTINATION_NOT_ALLOWED',
  PORT_NOT_ALLOWED: 'DESTINATION_NOT_ALLOWED',
  DESTINATION_NOT_ALLOWED: 'DESTINATION_NOT_ALLOWED'
}

/** Stops a chain when the client may make no more upstream requests. */
class AllowanceSpent extends Error {}

/**
 * Checks a vetted URL (see parseTarget): one request per hop, redirects followed by hand, the body
 * never read. A HEAD answered 405 or 501 is retried as GET, and the rest of the chain uses GET.
 * `more` is asked before every upstream request after the first; false ends the chain with
 * RATE_LIMITED. Upstream trouble is reported in `error`, never thrown.
 */
export async function runCheck(
  start: URL,
  options: CheckRequest,
  config: CheckerConfig,
  signal?: AbortSignal,
  more?: () => boolean | Promise<boolean>
): Promise<CheckReport> {
  const http = await loadUndici()
  const begun = performance.now()
  // One deadline for the chain. A plain timer rather than AbortSignal.timeout inside AbortSignal.any,
  // whose timeout can be garbage-collected before it fires on Node 20.
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(new DOMException('The check took too long.', 'TimeoutError')), config.totalTimeoutMs)
  const stop = () => controller.abort(signal?.reason)
  signal?.addEventListener('abort', stop, { once: true })
  const deadline = controller.signal
  const { agent, state } = guardedAgent(config, http)
  const hops: Hop[] = []
  const visited = new Set<string>()
  let url = start
  let error: CheckReport['error'] = null
  let requests = 0
  // Once a server has refused HEAD, the chain asks with GET: one request per hop, not two.
  let method = options.method
  try {
    for (;;) {
      visited.add(url.href.split('#')[0]!)
      const hopStart = performance.now()
      let status: number
      let location: string | string[] | undefined
      try {
        const send = async (m: 'HEAD' | 'GET') => {
          if (requests++ > 0 && more !== undefined && !(await more())) throw new AllowanceSpent()
          const res = await http.request(url, {
            dispatcher: agent,
            method: m,
            signal: deadline,
            headers: { 'user-agent': config.userAgent, accept: '*/*', 'accept-encoding': 'identity' }
          })
          res.body.on('error', () => {}).destroy() // the body is never read
          return res
        }
        let res = await send(method)
        if (method === 'HEAD' && (res.statusCode === 405 || res.statusCode === 501)) {
          method = 'GET'
          res = await send(method)
        }
        status = res.statusCode
        location = res.headers.location
      } catch (err) {
        error = { code: err instanceof AllowanceSpent ? 'RATE_LIMITED' : classify(err), message: '', hop: hops.length }
        break
      }
      const single = Array.isArray(location) ? null : (location ?? null)
      hops.push({
        url: url.href,
        method,
        status,
        name: config.nameOf(status),
        location: Array.isArray(location) ? location.join(', ') : single,
        durationMs: Math.round(performance.now() - hopStart),
        remoteFamily: state.family,
        httpVersion: '1.1'
      })
      if (!options.follow || status < 300 || status > 399 || location === undefined) break
      if (Array.isArray(location)) {
        error = { code: 'INVALID_REDIRECT', message: '', hop: hops.length }
        break
      }
      let next: URL
      try {
        next = parseTarget(location, config.rules, url)
      } catch (err) {
        error = { code: INVALID_TARGET[(err as TargetError).code] ?? 'INVALID_REDIRECT', message: '', hop: hops.length }
        break
      }
      if (visited.has(next.href.split('#')[0]!)) {
        error = { code: 'REDIRECT_LOOP', message: '', hop: hops.length }
        break
      }
      if (hops.length > options.maxRedirects) {
        error = { code: 'TOO_MANY_REDIRECTS', message: '', hop: hops.length }
        break
      }
      url = next
    }
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', stop)
    agent.destroy().catch(() => {})
  }
  const last = hops.at(-1)
  return {
    url: start.href,
    finalUrl: last?.url ?? start.href,
    status: last?.status ?? null,
    name: last?.name ?? null,
    ok: error === null && last !== undefined && last.status < 400,
    hops,
    durationMs: Math.round(performance.now() - begun),
    checkedAt: new Date().toISOString(),
    cached: false,
    error: error === null ? null : { ...error, message: MESSAGES[error.code] }
  }
}

