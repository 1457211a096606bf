import { invalid } from '../errors.js'

/**
 * Weighted random codes for /echo/random. With a seed the picks are reproducible by construction: draw n of
 * seed s is hash32(s, n) (below), and the position n comes from the request (step), never from a counter, so the
 * same request gets the same code on any instance, at any time.
 */

export interface Weighted {
  code: number
  weight: number
}

/** A code and a weight: a plain decimal of at most six digits before the point and six after it. */
const ENTRY = /^([1-5][0-9]{2}):((?:0|[1-9][0-9]{0,5})(?:\.[0-9]{1,6})?)$/
const MAX_ENTRIES = 10
/** Ten entries of the longest form ("599:999999.999999") and the commas between them, with room for spaces. */
export const MAX_CODES_LENGTH = 256

const bad = (detail: string): never => {
  throw invalid('querystring', '/codes', detail)
}

/** Parses "200:0.9,503:0.1": two to ten distinct final codes with positive weights (they need not sum to 1). */
export function parseWeights(text: string): Weighted[] {
  if (text.length > MAX_CODES_LENGTH) bad(`codes is longer than ${MAX_CODES_LENGTH} characters.`)
  const parts = text.split(',')
  if (parts.length < 1 || parts.length > MAX_ENTRIES) bad(`codes takes one to ${MAX_ENTRIES} code:weight pairs.`)
  const entries = parts.map((part) => {
    const match = ENTRY.exec(part.trim())
    if (match === null) {
      return bad(`"${part.slice(0, 20)}" is not code:weight, e.g. 503:0.1 (codes 200-599, weights plain decimals of at most 6 digits before and 6 after the point).`)
    }
    const code = Number(match[1])
    const weight = Number(match[2])
    if (code < 200) bad(`${code}: random picks only final codes, 200 to 599.`)
    if (!(weight > 0)) bad(`${code}: weight must be greater than 0.`)
    return { code, weight }
  })
  const seen = new Set<number>()
  for (const e of entries) {
    if (seen.has(e.code)) bad(`${e.code} is listed twice in codes.`)
    seen.add(e.code)
  }
  return entries
}

/** A 32-bit integer hash of (seed, n): murmur3's finalizer over seed + n * golden ratio. Returns [0, 1). */
export function draw(seed: number, n: number): number {
  let h = (seed + Math.imul(n + 1, 0x9e3779b9)) >>> 0
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0
  h = (h ^ (h >>> 16)) >>> 0
  return h / 2 ** 32
}

/** The code a value in [0, 1) selects: codes take consecutive slices of [0, 1) in proportion to their weights. */
export function pick(entries: readonly Weighted[], value: number): number {
  const total = entries.reduce((sum, e) => sum + e.weight, 0)
  let acc = 0
  for (const e of entries) {
    acc += e.weight / total
    if (value < acc) return e.code
  }
  return entries.at(-1)!.code
}
