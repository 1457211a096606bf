import helmet, { type HelmetOptions } from 'helmet'
import type { FastifyReply, FastifyRequest } from 'fastify'

/**
 * The headers every response carries, computed once at boot: helmet's security headers (helmet
 * itself decides their values, from the options below), CORS for any origin with the headers
 * clients may read, and the request id. Measured in bench/README.md: running helmet and
 * @fastify/cors on every request cost about 12% of the CPU of a data request, for the same bytes.
 */

/** Security headers that suit a JSON API; Swagger UI at /docs sets its own (DOCS_CSP in docs.ts). */
export const HELMET_OPTIONS: HelmetOptions = {
  contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  crossOriginOpenerPolicy: false,
  originAgentCluster: false,
  referrerPolicy: { policy: 'no-referrer' },
  xDnsPrefetchControl: false,
  xDownloadOptions: false,
  xFrameOptions: false,
  xPermittedCrossDomainPolicies: false,
  xXssProtection: false
}

/**
 * The Content-Security-Policy of the site's pages (src/routes/pages.ts), replacing the API's
 * "default-src 'none'": the stylesheet, script and icon come from this origin, nothing is inline
 * (JSON-LD blocks are data, not script), forms submit only here, and no page may be framed.
 * connect-src 'self' lets auditors that fetch from inside the page (Lighthouse reads /robots.txt so)
 * reach this origin; the pages themselves fetch nothing.
 */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

/** Runs helmet once against a recording response and returns the headers it sets. */
export function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {}
  const recorder = {
    setHeader: (name: string, value: string | number) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()]
  }
  helmet(options)({} as never, recorder as never, () => {})
  return headers
}

/**
 * Sets the static headers and the request id (app.ts calls it first thing, from its onRequest hook).
 * Strict-Transport-Security goes only on responses that travel over TLS: RFC 6797 Section 7.2 says a
 * server must not send it over plain HTTP. Behind a TLS-terminating proxy that is known from the
 * X-Forwarded-Proto of a trusted proxy (TRUST_PROXY), which request.protocol reads.
 */
export function staticHeaders(exposedHeaders: readonly string[]) {
  const { 'strict-transport-security': hsts, ...always } = helmetHeaders(HELMET_OPTIONS)
  const entries = Object.entries({
    ...always,
    'access-control-allow-origin': '*',
    'access-control-expose-headers': exposedHeaders.join(', ')
  })
  return function setStaticHeaders(request: FastifyRequest, reply: FastifyReply): void {
    for (const [name, value] of entries) reply.header(name, value)
    if (hsts !== undefined && request.protocol === 'https') reply.header('strict-transport-security', hsts)
    reply.header('x-request-id', request.id)
  }
}
