import { createHash } from 'node:crypto'
import type { FastifyReply, FastifyRequest } from 'fastify'

/** A response body serialized once at boot, with its strong validator. */
export interface Representation {
  readonly body: Buffer
  readonly etag: string
}

export function represent(value: unknown): Representation {
  const body = Buffer.from(JSON.stringify(value))
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
  return Object.freeze({ body, etag })
}

/**
 * If-None-Match evaluation (RFC 9110 Section 13.1.2): true when the header is "*" or lists an
 * entity tag that weakly matches ours, in which case a GET or HEAD gets 304.
 */
export function noneMatchFails(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false
  if (header.trim() === '*') return true
  const opaque = etag.replace(/^W\//, '')
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque)
}

/** Sends a precomputed JSON representation with its ETag and caching headers, or a 304. */
export function sendRepresentation(request: FastifyRequest, reply: FastifyReply, rep: Representation, maxAgeSeconds: number) {
  reply.header('etag', rep.etag).header('cache-control', `public, max-age=${maxAgeSeconds}`)
  if (noneMatchFails(request.headers['if-none-match'], rep.etag)) {
    return reply.code(304).send()
  }
  return reply.type('application/json; charset=utf-8').send(rep.body)
}
