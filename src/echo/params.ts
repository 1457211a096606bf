import { invalid, type FieldError } from '../errors.js'
import { FAULTS, isFault, type Fault } from './faults.js'

/**
 * Parsing and validation of /echo parameters. Every rule is strict: a value that is not exactly
 * what the parameter takes is a 400 that names the parameter, never a silent clamp or coercion.
 */

export interface EchoLimits {
  maxDelayMs: number
  /** Largest `drip` duration. */
  maxDripMs: number
  /** Largest `dripBytes`. */
  maxDripBytes: number
}

export interface EchoParams {
  delayMs: number
  headers: ReadonlyArray<[string, string]>
  body: string | undefined
  /** The final status after a 1xx interim response. */
  final: number
  location: string | undefined
  hops: number
  retryAfterS: number
  /** A fault to send instead of a well-formed response (src/echo/faults.ts). */
  fault: Fault | undefined
  /** The reason phrase of the final status line, instead of the status's name (HTTP/1.1 only). */
  reason: string | undefined
  /** Milliseconds to spread the content over; 0: no drip. */
  dripMs: number
  /** With drip: the content is this many "*" bytes instead of the echo body. */
  dripBytes: number | undefined
}

const CODE = /^[1-5][0-9]{2}$/
const WHOLE = /^(0|[1-9][0-9]*)$/
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
// Visible ASCII plus space and tab. Latin-1 (obs-text) is refused too: a caller who writes é means UTF-8, and Node would send one Latin-1 byte.
const FIELD_VALUE = /^[\t\x20-\x7e]*$/
/** Optional whitespace around a header name or value (RFC 9110 Section 5.6.3): spaces and tabs, not every Unicode space trim() takes. */
const OWS = /^[ \t]+|[ \t]+$/g
const MAX_HEADERS = 10
const MAX_HEADER_VALUE = 256
export const MAX_BODY_PARAM = 1024
const MAX_LOCATION = 512
export const MAX_HOPS = 10
/** Longest reason phrase: the longest IANA name (31 characters) and room to spare. */
export const MAX_REASON = 64
/** RFC 9112 Section 4 reason-phrase, without obs-text and tabs: visible ASCII and spaces. */
const REASON = /^[\x20-\x7e]+$/

/**
 * The header names a caller may set (lower case): ones HTTP clients are worth testing against and that no
 * browser, shared cache or proxy acts on. Everything else is refused (docs/echo.md lists the rules).
 */
const ALLOWED_NAMES = [
  'Retry-After',
  'Link',
  'ETag',
  'Last-Modified',
  'Warning',
  'Deprecation',
  'Sunset',
  'WWW-Authenticate',
  'Authentication-Info',
  'Allow',
  'Accept-Ranges',
  'Accept-Patch',
  'Accept-Post',
  'Content-Language',
  'Content-Digest',
  'Repr-Digest',
  'Preference-Applied',
  'Server-Timing',
  'RateLimit'
]
export const ALLOWED_HEADERS: ReadonlySet<string> = new Set(ALLOWED_NAMES.map((n) => n.toLowerCase()))
/** Families of names a caller may set: the RateLimit fields (draft-ietf-httpapi-ratelimit-headers) and X-* names but those below. */
export const ALLOWED_PREFIXES: readonly string[] = ['ratelimit-', 'x-']
/**
 * X-* names that something acts on: proxies and servers in front of an application (nginx's X-Accel-*, X-Sendfile
 * in Apache, lighttpd and LiteSpeed, forwarding headers, Envoy, cloud load balancers, Next.js middleware), browsers
 * (legacy security policy, X-UA-Compatible, source maps), crawlers (X-Robots-Tag) and ours (X-Request-Id).
 */
export const REFUSED_X_PREFIXES: readonly string[] = [
  'x-accel-',
  'x-sendfile',
  'x-lighttpd-',
  'x-litespeed-',
  'x-forwarded-',
  'x-real-ip',
  'x-envoy-',
  'x-amz',
  'x-goog-',
  'x-middleware-',
  'x-nextjs-',
  'x-vercel-',
  'x-original-',
  'x-rewrite-url',
  'x-request-id',
  'x-content-type-options',
  'x-content-security-policy',
  'x-webkit-csp',
  'x-frame-options',
  'x-xss-protection',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-permitted-cross-domain-policies',
  'x-ua-compatible',
  'x-sourcemap',
  'x-robots-tag'
]
/** Names that would make a response storable, or change what a cache keys or keeps it by: echo responses are never cacheable. */
const CACHING = new Set(['cache-control', 'expires', 'pragma', 'age', 'vary', 'surrogate-control', 'surrogate-key', 'cdn-cache-control', 'cache-tag', 'edge-control'])

const ALLOWLIST_RULE = `only X-* names (but not those proxies, servers or browsers act on) and ${ALLOWED_NAMES.join(', ')}, RateLimit-* are accepted`

/** Why a header name may not be set, or undefined when it may (lower-case name). */
export function headerRefusal(lower: string): string | undefined {
  if (lower.startsWith('x-')) {
    const refused = REFUSED_X_PREFIXES.find((p) => lower.startsWith(p))
    return refused === undefined ? undefined : `it starts with ${refused}, and X-* names that proxies, servers or browsers act on are refused`
  }
  if (ALLOWED_HEADERS.has(lower) || ALLOWED_PREFIXES.some((p) => lower.startsWith(p))) return undefined
  if (lower === 'location') return 'use the location parameter'
  if (CACHING.has(lower) || lower.endsWith('-cache-control')) return 'echo responses are always Cache-Control: private, no-store, and the headers that govern caching are refused'
  return ALLOWLIST_RULE
}

const bad = (field: string, detail: string, where: FieldError['in'] = 'querystring'): never => {
  throw invalid(where, field, detail)
}

/** Parses the code path segment: exactly three ASCII digits, 100 to 599. */
export function parseCode(text: string, field = '/code', where: FieldError['in'] = 'path'): number {
  if (!CODE.test(text)) bad(field, `"${text}" is not a status code: /echo takes exactly three digits from 100 to 599.`, where)
  return Number(text)
}

function single(query: Record<string, unknown>, name: string): string | undefined {
  const value = query[name]
  if (value === undefined) return undefined
  if (typeof value !== 'string') bad(`/${name}`, `${name} may be given once.`)
  return value as string
}

function whole(query: Record<string, unknown>, name: string, fallback: number, max: number, unit: string): number {
  const raw = single(query, name)
  if (raw === undefined) return fallback
  if (!WHOLE.test(raw)) bad(`/${name}`, `${name} must be a whole number of ${unit} written in plain digits (got "${raw}").`)
  const value = Number(raw)
  if (value > max) bad(`/${name}`, `${name} must be at most ${max} ${unit} (got ${raw}).`)
  return value
}

export function parseHeaderParam(value: string): [string, string] {
  const colon = value.indexOf(':')
  if (colon <= 0) bad('/header', `header must be Name:Value (got "${value.slice(0, 40)}").`)
  const name = value.slice(0, colon).replace(OWS, '')
  const fieldValue = value.slice(colon + 1).replace(OWS, '')
  if (!TOKEN.test(name)) bad('/header', `header name "${name.slice(0, 40)}" is not a valid field name.`)
  const refusal = headerRefusal(name.toLowerCase())
  if (refusal !== undefined) bad('/header', `header ${name} cannot be set: ${refusal}.`)
  if (fieldValue.length > MAX_HEADER_VALUE) bad('/header', `header ${name} is longer than ${MAX_HEADER_VALUE} characters.`)
  if (!FIELD_VALUE.test(fieldValue)) bad('/header', `header ${name} may hold only visible ASCII, spaces and tabs: no control characters and no other characters (percent-encode them).`)
  return [name, fieldValue]
}

/** What a URI may hold as it is (RFC 3986 Section 2: unreserved and reserved characters, and "%" starting an escape). */
const NOT_URI = /[^A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]|%(?![0-9A-Fa-f]{2})/gu

/**
 * Only a path on this server: no scheme, no authority, no backslashes, no control characters or spaces.
 * What a URI cannot hold as it is (non-ASCII, quotes, braces, a "%" that starts no escape) is percent-encoded as
 * UTF-8, the way a browser writes a path, so Location is always ASCII. Returns the encoded path.
 */
export function parseLocation(value: string): string {
  // Encoding never shortens, so a value already over the limit is refused before it is encoded.
  if (value.length > MAX_LOCATION) bad('/location', `location is longer than ${MAX_LOCATION} characters.`)
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || /[\x00-\x20\x7f]/.test(value)) {
    bad('/location', `location must be a path on this server starting with a single "/" (got "${value.slice(0, 60)}"): absolute and protocol-relative URLs are refused.`)
  }
  if (!value.isWellFormed()) bad('/location', 'location holds a lone UTF-16 surrogate, which has no UTF-8 encoding.')
  const encoded = value.replace(NOT_URI, encodeURIComponent)
  if (encoded.length > MAX_LOCATION) bad('/location', `location is longer than ${MAX_LOCATION} characters once percent-encoded (${encoded.length}).`)
  return encoded
}

/** What parseParams gives for no parameters at all: every default. */
const DEFAULTS: EchoParams = Object.freeze({
  delayMs: 0,
  headers: Object.freeze([]),
  body: undefined,
  final: 200,
  location: undefined,
  hops: 0,
  retryAfterS: 1,
  fault: undefined,
  reason: undefined,
  dripMs: 0,
  dripBytes: undefined
})

/** Whether an object has no enumerable properties: an empty query, most of the time. */
export function isEmpty(object: object): boolean {
  for (const _ in object) return false
  return true
}

/** Validates every /echo query parameter the same way for every code. */
export function parseParams(query: Record<string, unknown>, limits: EchoLimits): EchoParams {
  if (isEmpty(query)) return DEFAULTS
  const headerValues = query.header === undefined ? [] : [query.header].flat()
  if (headerValues.length > MAX_HEADERS) bad('/header', `At most ${MAX_HEADERS} header parameters are allowed.`)
  const headers = headerValues.map((h) => parseHeaderParam(String(h)))
  const body = single(query, 'body')
  if (body !== undefined && body.length > MAX_BODY_PARAM) bad('/body', `body must be at most ${MAX_BODY_PARAM} characters.`)
  const finalText = single(query, 'final')
  let final = 200
  if (finalText !== undefined) {
    final = parseCode(finalText, '/final', 'querystring')
    if (final < 200) bad('/final', 'final must be a final status from 200 to 599, not another 1xx.')
  }
  const location = single(query, 'location')
  const faultText = single(query, 'fault')
  if (faultText !== undefined && !isFault(faultText)) bad('/fault', `fault must be one of ${FAULTS.join(', ')} (got "${faultText.slice(0, 40)}").`)
  const fault = faultText as Fault | undefined
  const reason = single(query, 'reason')
  if (reason !== undefined) {
    if (reason.length > MAX_REASON) bad('/reason', `reason must be at most ${MAX_REASON} characters.`)
    if (!REASON.test(reason)) bad('/reason', 'reason must be visible ASCII and spaces, at least one character: no tabs, control characters or other characters.')
  }
  const dripMs = whole(query, 'drip', 0, limits.maxDripMs, 'milliseconds')
  const dripBytes = query.dripBytes === undefined ? undefined : whole(query, 'dripBytes', 0, limits.maxDripBytes, 'bytes')
  if (dripBytes !== undefined && dripMs === 0) bad('/dripBytes', 'dripBytes needs drip (a duration above 0).')
  if (dripBytes === 0) bad('/dripBytes', 'dripBytes must be at least 1.')
  if (fault !== undefined && dripMs > 0) bad('/fault', 'fault and drip cannot be combined: one misbehaviour per request.')
  return {
    fault,
    reason,
    dripMs,
    dripBytes,
    delayMs: whole(query, 'delay', 0, limits.maxDelayMs, 'milliseconds'),
    headers,
    body,
    final,
    location: location === undefined ? undefined : parseLocation(location),
    hops: whole(query, 'hops', 0, MAX_HOPS, 'hops'),
    retryAfterS: whole(query, 'retryAfter', 1, 86400, 'seconds')
  }
}
