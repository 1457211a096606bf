import { ProblemError } from '../errors.js'

/**
 * Weighted random codes for /echo/random. With a seed the picks are reproducible: draw n of seed s
 * is fixed by hash32(s, n) (below), so the same seed gives the same codes in the same positions.
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
  throw new ProblemError('ERR_VALIDATION', detail)
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

/** The key a seeded sequence is remembered by: the seed and the codes as parsed, so spacing and spelling of weights do not matter. */
export const sequenceKey = (seed: number, entries: readonly Weighted[]) => `${seed}|${entries.map((e) => `${e.code}:${e.weight}`).join(',')}`

/**
 * What one remembered sequence costs on the heap besides its key's characters: the key string's header and the
 * Map entry, measured on Node 20 (64-bit, no pointer compression) by test/echo-memory.test.ts.
 */
export const SEQUENCE_ENTRY_BYTES = 224

/**
 * Per-seed positions: the n-th request with a seed (and the same codes) gets draw n. Bounded by bytes: each
 * sequence is counted as its key's length plus SEQUENCE_ENTRY_BYTES, and the least recently used are forgotten
 * (to start again at 0) past `maxBytes`. Keys are short (sequenceKey of at most ten entries: under 200 characters).
 */
export class Sequences {
  private readonly next = new Map<string, number>()
  /**
   * The oldest key not yet forgotten. Map iterators are live, and deleted entries stay in V8's table as holes
   * until it is rehashed: a fresh keys() iterator for each eviction walked those holes from the start, which
   * cost 120 µs a request with 18,000 sequences. One iterator, kept, passes each hole once.
   */
  private oldest: Iterator<string> = this.next.keys()
  private used = 0
  constructor(private readonly maxBytes: number) {}

  /** The bytes the remembered sequences are counted as. */
  get bytes(): number {
    return this.used
  }

  get size(): number {
    return this.next.size
  }

  take(key: string): number {
    const n = this.next.get(key)
    // A key taken again moves to the end: after the cursor, so it is forgotten last.
    if (n === undefined) this.used += key.length + SEQUENCE_ENTRY_BYTES
    else this.next.delete(key)
    this.next.set(key, (n ?? 0) + 1)
    while (this.used > this.maxBytes) {
      let step = this.oldest.next()
      // An iterator that has finished stays finished, even when entries are added after it.
      if (step.done === true) step = (this.oldest = this.next.keys()).next()
      const forgotten = step.value as string
      this.next.delete(forgotten)
      this.used -= forgotten.length + SEQUENCE_ENTRY_BYTES
    }
    return n ?? 0
  }
}
