import type { FastifyInstance, FastifyReply, FastifyRequest, HTTPMethods } from 'fastify'
import type {} from '@fastify/swagger'
import { ERRORS } from '../errors.js'
import { sendProblem } from './problems.js'

/** The methods every known path answers: its own with their handlers, OPTIONS with Allow, the rest with 405. */
const METHODS: HTTPMethods[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const TOKEN_LIST = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+(\s*,\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+)*$/

/** Whether a request is a CORS preflight: OPTIONS with Access-Control-Request-Method. */
export const isPreflight = (request: FastifyRequest) => request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined

/** Sets the preflight answer's headers: the methods allowed, the request headers asked for (when well formed), a day's cache. */
export function preflightHeaders(request: FastifyRequest, reply: FastifyReply, allow: string): FastifyReply {
  const wanted = request.headers['access-control-request-headers']
  reply.header('access-control-allow-methods', allow).header('access-control-max-age', '86400')
  if (wanted !== undefined && TOKEN_LIST.test(wanted)) reply.header('access-control-allow-headers', wanted)
  return reply
}

/** Starts recording the methods of every route registered from now on; returns the record. */
export function recordRoutes(app: FastifyInstance): Map<string, Set<string>> {
  const routes = new Map<string, Set<string>>()
  app.addHook('onRoute', (route) => {
    // Wildcards are static files; '/docs/' is the same page as '/docs'.
    if (route.url.includes('*') || (route.url.length > 1 && route.url.endsWith('/'))) return
    const methods = routes.get(route.url) ?? new Set<string>()
    for (const m of [route.method].flat()) methods.add(m.toUpperCase())
    routes.set(route.url, methods)
  })
  return routes
}

/**
 * Answers OPTIONS (with Allow, and as a CORS preflight when it is one) and every other
 * unsupported method with a 405 problem carrying Allow, on each recorded path.
 */
export function answerOtherMethods(app: FastifyInstance, routes: Map<string, Set<string>>): void {
  for (const [url, own] of [...routes]) {
    const allow = [...new Set([...own, 'OPTIONS'])].sort((a, b) => METHODS.indexOf(a as HTTPMethods) - METHODS.indexOf(b as HTTPMethods)).join(', ')
    const missing = METHODS.filter((m) => !own.has(m))
    if (missing.length === 0) continue
    /** Answers from an onRequest hook, before any body is read: a body could otherwise turn the 405 into a 400 or 415. */
    async function otherMethod(request: FastifyRequest, reply: FastifyReply) {
      reply.header('allow', allow)
      if (request.method !== 'OPTIONS') {
        return sendProblem(request, reply, ERRORS.ERR_METHOD_NOT_ALLOWED, `${request.method} is not supported on ${request.url.split('?')[0]}. Allowed: ${allow}.`)
      }
      if (isPreflight(request)) preflightHeaders(request, reply, allow)
      return reply.code(204).send()
    }
    // The handler is never reached (the hook has answered); Fastify requires one.
    app.route({ method: missing, url, schema: { hide: true }, onRequest: otherMethod, handler: otherMethod })
  }
}
