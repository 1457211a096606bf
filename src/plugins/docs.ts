import fp from 'fastify-plugin'
import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import { withDocumentedTypes } from '../schemas/documented.js'
import { finishDocument } from '../schemas/document.js'

export interface DocsOptions {
  version: string
}

/** Tags in the order the docs show them. */
const TAGS = [
  { name: 'codes', description: 'Status codes: list, search, and the full record of each.' },
  { name: 'categories', description: 'Groups of codes: the five classes and the vendors.' },
  { name: 'compare', description: 'How codes differ, and when to use each.' },
  { name: 'quiz', description: 'A status-code quiz: questions made from the catalog, and their answers.' },
  { name: 'check', description: 'Check a URL from our server: its status and redirect chain.' },
  { name: 'echo', description: 'Responses with any status, correct on the wire, for testing HTTP clients.' },
  { name: 'meta', description: 'The index, health and documentation.' }
]

/**
 * The Content-Security-Policy of /docs, ours rather than @fastify/swagger-ui's: that one carries
 * upgrade-insecure-requests, which over plain HTTP on any host but localhost makes the browser ask for
 * https://host:3000/docs/static/... and leaves the page blank, and it allows styles and fonts from any
 * https: origin. Swagger UI's scripts are files from this origin (no inline script, so no hashes); it
 * sets inline styles as it renders.
 */
export const DOCS_CSP = [
  "default-src 'self'",
  "base-uri 'self'",
  "connect-src 'self'",
  "font-src 'self' data:",
  "form-action 'self'",
  "frame-ancestors 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'"
].join('; ')

/**
 * A route ending in a wildcard, as the document shows it: `/echo/:code/*` becomes `/echo/:code/:path`, its `*`
 * parameter `path` (OpenAPI path templates take names, and `{*}` is none a client generator can use).
 */
export function wildcardAsPath<S extends { params?: unknown } | undefined>(route: { schema: S; url: string }): { schema: S; url: string } {
  const { schema, url } = route
  if (!url.endsWith('/*')) return route
  const params = (schema as { params?: { properties?: Record<string, unknown>; required?: string[] } } | undefined)?.params
  if (params?.properties?.['*'] === undefined) return route
  const { '*': rest, ...others } = params.properties
  const renamed = { ...params, properties: { ...others, path: rest }, required: (params.required ?? []).map((n) => (n === '*' ? 'path' : n)) }
  return { schema: { ...schema, params: renamed } as S, url: `${url.slice(0, -1)}:path` }
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
        tags: TAGS,
        // Swagger UI shows this under the title: the pages for people at the same origin.
        externalDocs: { description: 'The SiteError site: every status code as a page to read', url: '/' }
      },
      // Parameters checked as text on the wire are shown as the integers and booleans they stand for.
      // A trailing wildcard (/echo/:code/*) is shown as a {path} parameter: OpenAPI has no name for "the rest of the path".
      transform: ({ schema, url }) => wildcardAsPath({ schema: schema === undefined ? schema : (withDocumentedTypes(schema) as typeof schema), url }),
      transformObject: (documentObject) => finishDocument((documentObject as { openapiObject: Record<string, any> }).openapiObject),
      // Components are named by their $id (CodeRecord, Problem, ...) rather than def-0, def-1.
      refResolver: {
        buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`)
      }
    })
    await app.register(swaggerUi, {
      routePrefix: '/docs',
      staticCSP: DOCS_CSP,
      // "Try it out" starts as a button a person presses, not already on (which shows "Cancel" first).
      uiConfig: { deepLinking: true }
    })
  },
  { name: 'docs' }
)
