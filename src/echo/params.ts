import { invalid, type FieldError } from '../errors.js'

/**
 * Parsing and validation of /echo parameters. Every rule is strict: a value that is not exactly
 * what the parameter takes is a 400 that names the parameter, never a silent clamp or coercion.
 */

export interface EchoLimits {
  maxDelayMs: number
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
}

const CODE = /^[1-5][0-9]{2}$/
const WHOLE = /^(0|[1-9][0-9]*)$/
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/
// Visible ASCII and Latin-1 plus space and tab: no CR, LF or other control characters.
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/
const MAX_HEADERS = 10
const MAX_HEADER_VALUE = 256
export const MAX_BODY_PARAM = 1024
const MAX_LOCATION = 512
export const MAX_HOPS = 10

/** Header names a caller may not set: framing, hop-by-hop, cookies, redirects (use `location`) and security policy. */
const REFUSED = new Set([
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  'host',
  'date',
  'location',
  'content-type',
  'content-encoding',
  'set-cookie',
  'set-cookie2',
  'content-security-policy',
  'content-security-policy-report-only',
  'strict-transport-security',
  'x-content-type-options',
  'x-frame-options',
  'cross-origin-opener-policy',
  'cross-origin-embedder-policy',
  'cross-origin-resource-policy',
  'permissions-policy',
  'referrer-policy',
  'alt-svc',
  'clear-site-data',
  'refresh',
  'link',
  'www-authenticate',
  'proxy-authenticate',
  'x-request-id'
])
const REFUSED_PREFIXES = ['access-control-', 'proxy-', 'sec-', ':']

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
  const name = value.slice(0, colon).trim()
  const fieldValue = value.slice(colon + 1).trim()
  if (!TOKEN.test(name)) bad('/header', `header name "${name.slice(0, 40)}" is not a valid field name.`)
  const lower = name.toLowerCase()
  if (REFUSED.has(lower) || REFUSED_PREFIXES.some((p) => lower.startsWith(p))) {
    bad('/header', `header ${name} cannot be set: framing, hop-by-hop, cookie, redirect and security headers are refused${lower === 'location' ? ' (use the location parameter)' : ''}.`)
  }
  if (fieldValue.length > MAX_HEADER_VALUE) bad('/header', `header ${name} is longer than ${MAX_HEADER_VALUE} characters.`)
  if (!FIELD_VALUE.test(fieldValue)) bad('/header', `header ${name} contains control characters.`)
  return [name, fieldValue]
}

/** Only a path on this server: no scheme, no authority, no backslashes, no control characters. */
export function parseLocation(value: string): string {
  if (value.length > MAX_LOCATION) bad('/location', `location is longer than ${MAX_LOCATION} characters.`)
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\') || /[\x00-\x20\x7f]/.test(value)) {
    bad('/location', `location must be a path on this server starting with a single "/" (got "${value.slice(0, 60)}"): absolute and protocol-relative URLs are refused.`)
  }
  return value
}

/** What parseParams gives for no parameters at all: every default. */
const DEFAULTS: EchoParams = Object.freeze({
  delayMs: 0,
  headers: Object.freeze([]),
  body: undefined,
  final: 200,
  location: undefined,
  hops: 0,
  retryAfterS: 1
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
  return {
    delayMs: whole(query, 'delay', 0, limits.maxDelayMs, 'milliseconds'),
    headers,
    body,
    final,
    location: location === undefined ? undefined : parseLocation(location),
    hops: whole(query, 'hops', 0, MAX_HOPS, 'hops'),
    retryAfterS: whole(query, 'retryAfter', 1, 86400, 'seconds')
  }
}
