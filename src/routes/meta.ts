import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { Representation, represent, sendRepresentation } from '../http/representation.js'
import { prefersHtml } from '../http/accept.js'
import { PAGE_CSP } from '../plugins/headers.js'
import { COMMON_PROBLEMS, notModified, problemResponses } from '../schemas/responses.js'
import { sendProblem } from '../plugins/problems.js'
import { ERRORS } from '../errors.js'
import type { Readiness } from '../http/lifecycle.js'

export interface MetaOptions {
  version: string
  cacheMaxAgeS: number
  /** Seconds a 503 from /health or /ready asks load balancers to wait. */
  retryAfterS: number
  /** Whether the instance should take traffic now, and why not (src/http/lifecycle.ts). */
  readiness: () => Readiness
  /** The site's home page, which / sends to browsers instead of the index. */
  homePage?: () => Representation
}

const Link = (description: string) => Type.String({ description })

const IndexSchema = Type.Object(
  {
    name: Type.String({ description: 'The service.' }),
    version: Type.String({ description: 'Its version.' }),
    description: Type.String({ description: 'What it does.' }),
    links: Type.Object(
      {
        codes: Link('List and search status codes.'),
        code: Link('One status code, as a URI template.'),
        categories: Link('The categories that group codes.'),
        category: Link('One category, as a URI template.'),
        compare: Link('Compare codes, as a URI template; without codes, the curated comparisons.'),
        questions: Link('A quiz question from a seeded sequence, as a URI template.'),
        question: Link('One quiz question, as a URI template; add /answer?choice= to answer it.'),
        echo: Link('A response with any status, as a URI template.'),
        random: Link('A weighted random status, as a URI template.'),
        check: Link('Check a URL, as a URI template.'),
        health: Link('Liveness check.'),
        ready: Link('Readiness check, for load balancers.'),
        docs: Link('Swagger UI.'),
        openapi: Link('The OpenAPI 3.1 document.')
      },
      { additionalProperties: false, description: 'Where everything is.' }
    )
  },
  { additionalProperties: false, description: 'The API index.' }
)

const HealthSchema = Type.Object(
  {
    status: Type.Union([Type.Literal('ok'), Type.Literal('under-pressure')], {
      description: '"ok", or "under-pressure" (with a 503) while the server sheds load.'
    }),
    version: Type.String({ description: 'The running version.' }),
    pressure: Type.Object(
      {
        eventLoopDelayMs: Type.Number({ description: 'Recent event-loop delay, in milliseconds.' }),
        heapUsedBytes: Type.Integer({ description: 'V8 heap in use.' }),
        rssBytes: Type.Integer({ description: 'Resident set size of the process.' }),
        underPressure: Type.Boolean({ description: 'Whether a load-shedding threshold is crossed.' })
      },
      { additionalProperties: false, description: 'The figures load shedding watches.' }
    )
  },
  { additionalProperties: false, description: 'Liveness of the server.' }
)

const ReadySchema = Type.Object(
  {
    status: Type.Literal('ready', { description: 'Always "ready": an instance that is not ready answers 503 with a problem.' }),
    checks: Type.Object(
      {
        catalog: Type.Literal('loaded', { description: 'The catalog is loaded (the listener opens only after it is).' }),
        draining: Type.Literal(false, { description: 'Not shutting down.' }),
        redis: Type.Union([Type.Literal('off'), Type.Literal('ok'), Type.Literal('failing-open')], {
          description: 'The shared rate limits\' Redis: off (limits in memory), ok, or failing-open (limits per process until it recovers).'
        }),
        redisRequired: Type.Boolean({ description: 'Whether a failing Redis makes the instance not ready (REDIS_REQUIRED).' })
      },
      { additionalProperties: false, description: 'What readiness was decided from.' }
    )
  },
  { additionalProperties: false, description: 'The instance takes traffic.' }
)

const meta: FastifyPluginAsyncTypebox<MetaOptions> = async function meta(app, { version, cacheMaxAgeS, retryAfterS, homePage, readiness }) {
  const indexValue = {
    name: 'SiteError API',
    version,
    description: 'Everything worth knowing about HTTP status codes, standard and vendor, as JSON.',
    links: {
      codes: '/codes',
      code: '/codes/{code}',
      categories: '/categories',
      category: '/categories/{id}',
      compare: '/compare{?codes}',
      questions: '/questions{?seed,position}',
      question: '/questions/{id}',
      echo: '/echo/{code}',
      random: '/echo/random{?codes,seed,step}',
      check: '/check{?url}',
      health: '/health',
      ready: '/ready',
      docs: '/docs',
      openapi: '/openapi.json'
    }
  }
  // Both representations of / say that Accept chose them.
  const index = new Representation(indexValue, 'best', undefined, homePage === undefined ? null : 'Accept')

  app.get(
    '/',
    {
      schema: {
        tags: ['meta'],
        operationId: 'getIndex',
        summary: 'API index',
        description:
          'Links to every endpoint and to the documentation. A client that prefers text/html to application/json in Accept ' +
          '(a browser navigating) gets the site\'s home page instead, as text/html; the response varies on Accept.',
        response: { 200: { ...IndexSchema, examples: [indexValue] }, ...notModified, ...problemResponses(...COMMON_PROBLEMS) }
      }
    },
    function getIndex(request, reply) {
      if (homePage !== undefined && prefersHtml(request.headers.accept)) {
        reply.header('content-security-policy', PAGE_CSP)
        return sendRepresentation(request, reply, homePage(), cacheMaxAgeS)
      }
      sendRepresentation(request, reply, index, cacheMaxAgeS)
    }
  )

  app.get(
    '/health',
    {
      // Load balancers poll it; it never spends a client's allowance.
      config: { rateLimit: false },
      schema: {
        tags: ['meta'],
        operationId: 'getHealth',
        summary: 'Health check',
        description: 'Answers 200 while the server is up, and 503 with Retry-After while it sheds load; reports the figures load shedding watches. Never cached.',
        response: {
          200: { ...HealthSchema, examples: [{ status: 'ok', version, pressure: { eventLoopDelayMs: 1.2, heapUsedBytes: 31457280, rssBytes: 83886080, underPressure: false } }] },
          503: { ...HealthSchema, description: 'The server is shedding load.' },
          // Never rate limited, and load shedding leaves /health alone: its 503 is the one above.
          ...problemResponses(400, 413, 414, 500)
        }
      }
    },
    async function getHealth(_request, reply) {
      const usage = app.memoryUsage()
      const underPressure = app.isUnderPressure()
      reply.header('cache-control', 'no-store')
      if (underPressure) reply.code(503).header('retry-after', String(retryAfterS))
      return reply.send({
        status: underPressure ? 'under-pressure' : 'ok',
        version,
        pressure: { eventLoopDelayMs: Math.round(usage.eventLoopDelay * 10) / 10, heapUsedBytes: usage.heapUsed, rssBytes: usage.rssBytes, underPressure }
      })
    }
  )

  app.get(
    '/ready',
    {
      // Load balancers poll it; it never spends a client's allowance, and load shedding leaves it alone.
      config: { rateLimit: false },
      schema: {
        tags: ['meta'],
        operationId: 'getReady',
        summary: 'Readiness check',
        description:
          'Whether this instance should be sent traffic: 200 when it should; a 503 problem with Retry-After while it drains ' +
          'before shutting down (SIGTERM), and while Redis is failing if the operator made Redis required (REDIS_REQUIRED). ' +
          '/health is liveness: it stays 200 while the instance drains. Never cached.',
        response: {
          200: { ...ReadySchema, examples: [{ status: 'ready', checks: { catalog: 'loaded', draining: false, redis: 'off', redisRequired: false } }] },
          // Never rate limited, and load shedding leaves /ready alone: its 503 is the drain's or Redis's.
          ...problemResponses(400, 413, 414, 500, 503)
        }
      }
    },
    async function getReady(request, reply) {
      const { ready, reason, checks } = readiness()
      if (!ready) return sendProblem(request, reply, ERRORS.ERR_UNAVAILABLE, reason!, { headers: { 'retry-after': String(retryAfterS) } })
      reply.header('cache-control', 'no-store')
      // Ready implies not draining.
      return reply.send({ status: 'ready', checks: { ...checks, draining: false as const } })
    }
  )
}

export default meta
