import { createHash } from 'node:crypto'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { FastifyReply, FastifyRequest } from 'fastify'

/** Bodies larger than this are also offered brotli- and gzip-compressed. */
export const COMPRESS_MIN_BYTES = 1024

type Coding = 'br' | 'gzip' | 'identity'

/**
 * How hard compressed variants are compressed. 'best' (brotli 11, gzip 9) for the representations
 * made at boot and kept for the life of the process: up to tens of milliseconds, once. 'fast'
 * (brotli 4, gzip 6) for answers computed on demand, which a client can make the server compute
 * for every request by varying the query: brotli 4 costs about a seventieth of brotli 11 and its
 * output is about a quarter larger (docs/performance.md).
 */
export type Compression = 'best' | 'fast'

const LEVELS: Record<Compression, { br: number; gzip: number }> = { best: { br: 11, gzip: 9 }, fast: { br: 4, gzip: 6 } }

/**
 * A response body serialized once, with its strong validator. Compressed variants of a large body
 * are made on first use and kept, so no request after the first compresses or hashes anything.
 */
export class Representation {
  readonly body: Buffer
  readonly etag: string
  private readonly variants = new Map<Coding, { body: Buffer; etag: string }>()

  constructor(
    value: unknown,
    private readonly compression: Compression = 'best'
  ) {
    this.body = Buffer.from(JSON.stringify(value))
    this.etag = `"${createHash('sha256').update(this.body).digest('base64url').slice(0, 27)}"`
    this.variants.set('identity', { body: this.body, etag: this.etag })
  }

  get compressible(): boolean {
    return this.body.length > COMPRESS_MIN_BYTES
  }

  /** The body and ETag in a content coding; each coding has its own strong ETag. */
  variant(coding: Coding): { body: Buffer; etag: string } {
    let v = this.variants.get(coding)
    if (v === undefined) {
      const level = LEVELS[this.compression]
      const body =
        coding === 'br'
          ? brotliCompressSync(this.body, { params: { [constants.BROTLI_PARAM_QUALITY]: level.br, [constants.BROTLI_PARAM_SIZE_HINT]: this.body.length } })
          : gzipSync(this.body, { level: level.gzip })
      v = { body, etag: `${this.etag.slice(0, -1)}-${coding === 'br' ? 'br' : 'gz'}"` }
      this.variants.set(coding, v)
    }
    return v
  }
}

export const represent = (value: unknown, compression: Compression = 'best') => new Representation(value, compression)

const codings = new Map<string, Coding>()

/**
 * The coding an Accept-Encoding header prefers (RFC 9110 Section 12.5.3): of br and gzip, the one
 * with the higher q (a name's own q, else that of "*"), br when they tie; identity when neither is
 * acceptable.
 */
export function chooseCoding(header: string | undefined): Coding {
  if (header === undefined || header === '') return 'identity'
  const known = codings.get(header)
  if (known !== undefined) return known
  const q = new Map<string, number>()
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    const weight = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((w) => w !== undefined)
    if (name) q.set(name, weight === undefined ? 1 : Number(weight))
  }
  const qOf = (c: string) => q.get(c) ?? q.get('*') ?? 0
  const br = qOf('br')
  const gzip = qOf('gzip')
  const chosen: Coding = br > 0 && br >= gzip ? 'br' : gzip > 0 ? 'gzip' : 'identity'
  if (codings.size < 256) codings.set(header, chosen)
  return chosen
}

/**
 * If-None-Match evaluation (RFC 9110 Section 13.1.2): true when the header is "*" or lists an
 * entity tag that weakly matches ours, in which case a GET or HEAD gets 304.
 */
export function noneMatchFails(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  // The usual revalidation sends back the one ETag it was given.
  if (header === etag) return true
  if (header.trim() === '*') return true
  const opaque = etag.replace(/^W\//, '')
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque)
}

/** The Cache-Control of data responses; every route passes the same max-age, so its text is made once. */
let lastMaxAge = -1
let lastCacheControl = ''
function cacheControl(maxAgeSeconds: number): string {
  if (maxAgeSeconds !== lastMaxAge) lastCacheControl = `public, max-age=${(lastMaxAge = maxAgeSeconds)}`
  return lastCacheControl
}

/**
 * Sends a precomputed JSON representation, compressed when the client accepts it, with its ETag and
 * caching headers, or a 304. Handlers that use it are synchronous and return nothing: no promise per request.
 */
export function sendRepresentation(request: FastifyRequest, reply: FastifyReply, rep: Representation, maxAgeSeconds: number): void {
  const coding = rep.compressible ? chooseCoding(request.headers['accept-encoding']) : 'identity'
  const { body, etag } = rep.variant(coding)
  reply.header('etag', etag).header('cache-control', cacheControl(maxAgeSeconds))
  if (rep.compressible) reply.header('vary', 'Accept-Encoding')
  if (noneMatchFails(request.headers['if-none-match'], etag)) {
    reply.code(304).send()
    return
  }
  if (coding !== 'identity') reply.header('content-encoding', coding)
  reply.type('application/json; charset=utf-8').send(body)
}

/**
 * A bounded memo of representations for answers computed on demand (filtered lists, uncurated
 * comparisons): the same key is answered from memory, and the oldest entry goes when it is full.
 */
export function representationMemo(size: number) {
  const memo = new Map<string, Representation>()
  return function remember(key: string, make: () => Representation): Representation {
    let rep = memo.get(key)
    if (rep === undefined) {
      rep = make()
      if (memo.size >= size) memo.delete(memo.keys().next().value!)
      memo.set(key, rep)
    }
    return rep
  }
}
