import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifySchema } from 'fastify'
import { problemResponses } from '../schemas/responses.js'

export interface DocsOptions {
  version: string
}

/** Tags in the order the docs show them. */
const TAGS = [
  { name: 'codes', description: 'Status codes: list, search, and the full record of each.' },
  { name: 'categories', description: 'Groups of codes: the five classes and the vendors.' },
  { name: 'compare', description: 'How codes differ, and when to use each.' },
  { name: 'check', description: 'Check a URL from our server: its status and redirect chain.' },
  { name: 'echo', description: 'Responses with any status, correct on the wire, for testing HTTP clients.' },
  { name: 'meta', description: 'The index, health and documentation.' }
]

/**
 * Problems any operation can answer, whatever it declares, because they come before its handler
 * (src/app.ts): a malformed path or two Host headers (400), content past the body limit, or any in
 * a GET or HEAD past it (413), a target past MAX_URL_LENGTH (414), the general allowance spent
 * (429, on routes that spend it) and load shedding (503).
 */
const BEFORE_HANDLER = problemResponses(400, 413, 414, 503)
const RATE_LIMITED = problemResponses(429)

/** Adds the problems of BEFORE_HANDLER (and 429 where the general allowance applies) to a route's documented responses. */
function withServerWideResponses({ schema, url, route }: { schema: FastifySchema; url: string; route: { config?: { rateLimit?: false } } }) {
  if (schema?.response === undefined) return { schema, url }
  const limited = route.config?.rateLimit !== false ? RATE_LIMITED : {}
  return { schema: { ...schema, response: { ...BEFORE_HANDLER, ...limited, ...(schema.response as object) } }, url }
}

/** The OpenAPI 3.1 document generated from the route schemas, and Swagger UI at /docs. */
export default fp<DocsOptions>(
  async function docs(app, { version }) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'SiteError API',
          version,
          description:
            'Everything worth knowing about HTTP status codes, standard (IANA) and vendor, as JSON. Every error is an RFC 9457 ' +
            'problem (application/problem+json); data responses carry strong ETags and answer If-None-Match with 304.',
          license: { name: 'MIT', identifier: 'MIT' }
        },
        tags: TAGS
      },
      transform: withServerWideResponses as never,
      // Components are named by their $id (CodeRecord, Problem, ...) rather than def-0, def-1.
      refResolver: {
        buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`)
      }
    })
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      staticCSP: true,
      // Swagger UI sets inline styles as it renders; scripts stay limited to hashed and same-origin ones.
      transformStaticCSP: (header: string) => header.replace("style-src 'self' https:", "style-src 'self' https: 'unsafe-inline'"),
      uiConfig: { deepLinking: true, tryItOutEnabled: true }
    })
  },
  { name: 'docs' }
)
