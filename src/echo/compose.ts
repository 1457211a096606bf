import { invalid } from '../errors.js'
import { parseCode, parseParams } from './params.js'
import { parseWeights } from './random.js'

/**
 * Composing an /echo request from the API playground's form: the fields as a person fills them in,
 * checked by the same rules /echo applies (so a composed URL is one /echo answers as asked, never
 * with a 400), and written as a URL and a shell command.
 */

export const DRAFT_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const

export interface EchoDraft {
  method: (typeof DRAFT_METHODS)[number]
  /** The status to answer with; ignored when weights are given. */
  code: string
  delay: string
  /** Extra response headers, one "Name: Value" a line. */
  headers: string
  body: string
  /** For redirects: how many times to redirect to itself first, and where to end. */
  hops: string
  location: string
  /** For /echo/random: "200:0.9,503:0.1", and an optional seed. */
  weights: string
  seed: string
}

export const EMPTY_DRAFT: EchoDraft = Object.freeze({ method: 'GET', code: '200', delay: '', headers: '', body: '', hops: '', location: '', weights: '', seed: '' })

/** Longest text any one field takes before its own rules are applied (the header lines: ten of 256 characters and a name). */
export const DRAFT_FIELD_MAX_LENGTH = 4096

const SEED = /^(0|[1-9][0-9]{0,9})$/

/** The lines of a text area, trimmed, blank ones dropped. */
const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '')

/** A query value, percent-encoded: what encodeURIComponent leaves alone (letters, digits, -_.!~*'()) stays readable. */
const pair = (name: string, value: string) => `${name}=${encodeURIComponent(value)}`

/**
 * The path and query of the /echo request a draft describes. Throws the ProblemError /echo itself
 * would answer with for the first field it would refuse.
 */
export function composeEcho(draft: EchoDraft, maxDelayMs: number): string {
  for (const [name, value] of Object.entries(draft)) {
    if (value.length > DRAFT_FIELD_MAX_LENGTH) throw invalid('querystring', `/${name}`, `${name} must be at most ${DRAFT_FIELD_MAX_LENGTH} characters.`)
  }
  if (!(DRAFT_METHODS as readonly string[]).includes(draft.method)) throw invalid('querystring', '/method', `method must be one of ${DRAFT_METHODS.join(', ')}.`)
  const random = draft.weights.trim() !== ''
  const query: string[] = []
  if (random) {
    parseWeights(draft.weights.trim())
    query.push(pair('codes', draft.weights.trim()))
    const seed = draft.seed.trim()
    if (seed !== '') {
      if (!SEED.test(seed) || Number(seed) > 0xffffffff) throw invalid('querystring', '/seed', `seed must be a whole number from 0 to 4294967295 (got "${seed.slice(0, 20)}").`)
      query.push(pair('seed', seed))
    }
  } else {
    parseCode(draft.code.trim(), '/code', 'querystring')
    if (draft.seed.trim() !== '') throw invalid('querystring', '/seed', 'A seed only fixes the picks of random codes: give weights too, or leave the seed empty.')
  }
  const params: Record<string, string | string[]> = {}
  const add = (name: string, value: string) => {
    if (value === '') return
    params[name] = value
    query.push(pair(name, value))
  }
  add('delay', draft.delay.trim())
  add('hops', draft.hops.trim())
  add('location', draft.location.trim())
  const headers = lines(draft.headers)
  if (headers.length > 0) params.header = headers
  // Header values keep their own spaces; "Name: Value" is sent as "Name:Value", as /echo reads it.
  for (const header of headers) query.push(pair('header', header.replace(/^([^:]*?)[ \t]*:[ \t]*/, '$1:')))
  // The body goes in as typed: spaces and line breaks are part of it.
  if (draft.body !== '') {
    params.body = draft.body
    query.push(pair('body', draft.body))
  }
  // The form composes no drip, so its limits never apply.
  parseParams(params, { maxDelayMs, maxDripMs: 0, maxDripBytes: 0 })
  const path = `/echo/${random ? 'random' : draft.code.trim()}`
  return query.length === 0 ? path : `${path}?${query.join('&')}`
}

/** A word for a POSIX shell: single-quoted, each single quote written as '\'' (close, escaped quote, reopen). */
export function shellQuote(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`
}

/** The curl command that sends the request and shows the response's status line and headers. */
export function curlCommand(method: EchoDraft['method'], url: string): string {
  const how = method === 'GET' ? '-i' : method === 'HEAD' ? '--head' : `-i -X ${method}`
  return `curl ${how} ${shellQuote(url)}`
}
