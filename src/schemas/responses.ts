import { Type } from '@sinclair/typebox'

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed: a parameter is invalid or unknown. The problem lists what was wrong.',
  403: 'The request is understood but refused.',
  404: 'Nothing is there. The problem detail says why.',
  405: 'The path exists but not for this method; the Allow header lists the methods it supports.',
  406: 'None of the media types in Accept can be produced.',
  413: 'The request content is larger than the server accepts (for GET and HEAD, which need none, larger than the body limit).',
  414: 'The request target is longer than the server accepts.',
  429: 'Too many requests from this client; wait for Retry-After seconds.',
  503: 'The server is overloaded or shutting down; try again after Retry-After seconds.'
}

/** Response schemas for the problem statuses a route can answer with, served as application/problem+json. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: DESCRIPTIONS[s] ?? 'A problem.', content: { 'application/problem+json': { schema: Type.Ref('Problem') } } }
    ])
  )
}

/** A 200 response whose schema is a named component, with an example value shown in the docs. */
export function refResponse(id: string, description: string, example: unknown) {
  // A bare $ref loses its sibling keywords in the document, so the reference sits inside allOf.
  return { description, allOf: [Type.Ref(id)], ...(example === undefined ? {} : { examples: [example] }) }
}

/** The 304 a data endpoint answers to If-None-Match with a current ETag. */
export const notModified = {
  304: Type.Null({ description: 'Not Modified: the ETag in If-None-Match is current. No content; ETag and Cache-Control as on the 200.' })
}
