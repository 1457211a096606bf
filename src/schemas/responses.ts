import { Type } from '@sinclair/typebox'

/**
 * The responses and response headers every route shares, as OpenAPI components. Routes name the problem
 * statuses they can answer with (problemResponses); finishDocument (src/schemas/document.ts) puts a
 * reference to the shared component in place of each, and the headers on every response.
 */

const integer = { type: 'integer', minimum: 0 }

/** Response headers clients read, by the name they have on the wire (components.headers). */
export const HEADERS = {
  'X-Request-Id': { description: 'Id of the request in our logs (a problem carries it as requestId); quote it when reporting one.', required: true, schema: { type: 'string' } },
  ETag: { description: 'Validator of this representation: send it back in If-None-Match to get a 304 while it is current.', required: true, schema: { type: 'string' } },
  'Cache-Control': {
    description: '`public, max-age=<CACHE_MAX_AGE_S>` on data, `no-store` on problems and /check reports, `private, no-store` on /echo.',
    schema: { type: 'string' }
  },
  Vary: { description: '`Accept-Encoding` on bodies large enough to be served compressed.', schema: { type: 'string' } },
  'RateLimit-Limit': { description: 'Requests this client may make per minute (draft-ietf-httpapi-ratelimit-headers); /check counts upstream requests.', schema: integer },
  'RateLimit-Remaining': { description: 'Requests left in the current window.', schema: integer },
  'RateLimit-Reset': { description: 'Seconds until the window starts again.', schema: integer },
  'Retry-After': { description: 'Seconds to wait before trying again.', schema: integer },
  Location: { description: 'Where a redirect points, or where a created resource is.', schema: { type: 'string' } },
  Allow: { description: 'The methods this path supports.', schema: { type: 'string' } },
  'Content-Range': { description: 'Which bytes of the 100-byte text this is (`bytes 0-9/100`), or `bytes */100` on a 416.', schema: { type: 'string', pattern: '^bytes ([0-9]+-[0-9]+|\\*)/100$' } },
  'WWW-Authenticate': { description: 'On /echo/401: the challenge.', schema: { type: 'string' } },
  'X-Echo-Draw': { description: 'With seed: the position of the draw that answered.', schema: integer },
  'Access-Control-Allow-Methods': { description: 'On a CORS preflight: the methods allowed.', schema: { type: 'string' } },
  'Access-Control-Allow-Headers': { description: 'On a CORS preflight: the request headers asked for, when they are well formed.', schema: { type: 'string' } },
  'Access-Control-Max-Age': { description: 'On a CORS preflight: seconds a browser may remember the answer.', schema: integer }
} as const satisfies Record<string, { description: string; required?: boolean; schema: Record<string, unknown> }>
export type HeaderName = keyof typeof HEADERS

/** The headers of every response; the RateLimit ones on every route with an allowance, once the limiter has run. */
export const RATE_LIMIT_HEADERS: HeaderName[] = ['RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset']

/** Problem responses by status: component name, description, and the headers beyond the ones every problem has. */
export const PROBLEMS: Record<number, { name: string; description: string; headers?: HeaderName[] }> = {
  400: { name: 'BadRequest', description: 'The request is malformed: a parameter is invalid or unknown (`errors` lists each), or the path has a malformed percent-escape.' },
  403: { name: 'Forbidden', description: 'The request is understood but refused.' },
  404: { name: 'NotFound', description: 'Nothing is there. The problem detail says why.' },
  405: { name: 'MethodNotAllowed', description: 'Every path answers the methods it lacks with this: the Allow header lists the ones it supports.', headers: ['Allow'] },
  413: { name: 'ContentTooLarge', description: 'The request content is larger than the server accepts.' },
  414: { name: 'UriTooLong', description: 'The request target, or one path segment, is longer than the server accepts.' },
  415: { name: 'UnsupportedMediaType', description: 'The request content is not of a media type this operation takes.' },
  429: { name: 'TooManyRequests', description: 'Too many requests from this client; wait for Retry-After seconds.', headers: ['Retry-After'] },
  500: { name: 'InternalError', description: 'Something went wrong on our side; the detail says nothing more, the requestId finds it in our logs.' },
  503: { name: 'ServiceUnavailable', description: 'The server is overloaded, at a concurrency cap, or shutting down; try again after Retry-After seconds.', headers: ['Retry-After'] }
}

/** The problem statuses any operation can answer with: a malformed or over-long target, the rate limit, a failure, load shedding. */
export const COMMON_PROBLEMS = [400, 413, 414, 429, 500, 503] as const

/** Response schemas for the problem statuses a route can answer with, served as application/problem+json. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [s, { description: PROBLEMS[s]?.description ?? 'A problem.', content: { 'application/problem+json': { schema: Type.Ref('Problem') } } }])
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
