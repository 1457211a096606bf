import { randomUUID } from 'node:crypto'
import Fastify, { type FastifyReply, type FastifyRequest, type onRequestHookHandler } from 'fastify'
import underPressure from '@fastify/under-pressure'
import pino from 'pino'
import type { Redis } from 'ioredis'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Config } from './config.js'
import { loadCatalog, type Catalog } from './catalog/catalog.js'
import { CodeRecordSchema, CodeSummarySchema } from './schemas/code.js'
import { CategorySchema, CategorySummarySchema } from './schemas/category.js'
import { EchoProblemSchema, ProblemSchema } from './schemas/problem.js'
import { ComparisonSchema, CuratedSchema } from './schemas/compare.js'
import problems, { sendProblem } from './plugins/problems.js'
import { checkHead, checkTarget, clientErrorHandler, limitRequests } from './plugins/protection.js'
import { staticHeaders } from './plugins/headers.js'
import { AppLogController, accessLog, type Log } from './logging.js'
import { clientKeyer } from './http/client-key.js'
import { addressMatcher, limitConnections, type ConnectionStats } from './http/connections.js'
import { createH2c } from './http2.js'
import { SharedWindowLimiter, WindowLimiter, type UnitLimiter } from './http/limiter.js'
import { RedisLink, type RedisHealth } from './http/redis.js'
import { RedisReports } from './check/shared-reports.js'
import { ERRORS, ProblemError, unavailable } from './errors.js'
import { COMMON_PROBLEMS, problemResponses } from './schemas/responses.js'
import docs from './plugins/docs.js'
import { answerOtherMethods, recordRoutes } from './plugins/methods.js'
import meta from './routes/meta.js'
import codes from './routes/codes.js'
import categories from './routes/categories.js'
import compare from './routes/compare.js'
import echo, { EchoBodySchema } from './routes/echo.js'
import check, { Checks } from './routes/check.js'
import quizRoutes from './routes/quiz.js'
import { Quiz } from './quiz/quiz.js'
import { QuizAnswerSchema, QuizQuestionSchema } from './schemas/quiz.js'
import metricsRoute from './routes/metrics.js'
import { AppMetrics } from './metrics.js'
import { acceptedRequestId, traceIdOf } from './http/trace.js'
import pages, { SitePages, pageNotFound } from './routes/pages.js'
import { CheckReportSchema } from './schemas/check.js'
import type { Resolver } from './check/checker.js'
import { Lifecycle } from './http/lifecycle.js'
import { lazyValidators } from './http/lazy-validators.js'
import { DATA_DIR, VERSION } from './paths.js'

declare module 'fastify' {
  interface FastifyInstance {
    /** Counts of connections refused by the caps (src/http/connections.ts). */
    connections: ConnectionStats
    /** Readiness and the drain: server.ts calls app.lifecycle.drain() on SIGTERM (src/http/lifecycle.ts). */
    lifecycle: Lifecycle
    /** The shared limiter's Redis: off, ok or failing open, since when, and its failures so far. */
    redisHealth(): RedisHealth
    /** The metrics /metrics serves (src/metrics.ts). */
    metrics: AppMetrics
  }
  interface FastifyRequest {
    /** The trace id of the request's traceparent header (W3C Trace Context), or null when it has none that is valid. */
    readonly traceId: string | null
    /** The template of the route that took the request (its first hook sets it), or null before that. */
    routeTemplate: string | null
  }
}

export interface AppOptions {
  config: Readonly<Config>
  /** The data directory; defaults to the data/ folder beside src/ and dist/. */
  dataDir?: string
  /** An already loaded catalog, to share one between apps (tests). */
  catalog?: Catalog
  /** DNS resolution for /check; tests inject one. */
  checkResolver?: Resolver
  /** A Redis client for shared rate limits and the /check cache; by default one is made from config.redisUrl, if set (and quit on close). */
  redis?: Redis
  /** The logger (pino); none by default. The access log is written at info. */
  log?: Log
}

/** How long ioredis waits for a connection, and an app for its first one before it is ready (then Redis counts as failing). */
const REDIS_CONNECT_TIMEOUT_MS = 500

/**
 * Headers a browser client may read, on every response: those any route may send. /echo adds, per
 * response, the ones only it sends (Location, WWW-Authenticate, Content-Range, X-Echo-Draw, custom ones).
 */
export const EXPOSED_HEADERS = ['ETag', 'Retry-After', 'Allow', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'X-Request-Id']

/**
 * Builds the application: no environment reads, no listening, no signal handlers (server.ts does those).
 * Throws DataError when data/ is invalid.
 */
export async function buildApp(options: AppOptions) {
  const { config } = options
  const log = options.log ?? pino({ level: 'silent' })
  const catalog = options.catalog ?? loadCatalog(options.dataDir ?? DATA_DIR)

  const { server } = config
  const setStaticHeaders = staticHeaders(EXPOSED_HEADERS)
  const app = Fastify({
    // Fastify's logger stays off: the access log and error lines go to ours (src/logging.ts).
    logger: false,
    logController: new AppLogController(log),
    // The caller's X-Request-Id when it is short and of safe characters (src/http/trace.ts), else a new UUID.
    genReqId: (req) => acceptedRequestId(req.headers['x-request-id'], config.requestIdMaxLength) ?? randomUUID(),
    // Unknown query parameters are a 400, not silently dropped; errors carry their schema for readable messages.
    // Our schemas are TypeBox-built and checked by test/openapi.test.ts, so ajv does not re-check them against
    // the JSON Schema meta-schema at every boot (that was about 40 ms of startup).
    ajv: { customOptions: { removeAdditional: false, verbose: true, validateSchema: false } },
    // Each route's validators compiled on first use, not at startup (src/http/lazy-validators.ts).
    schemaController: { compilersFactory: { buildValidator: lazyValidators() } },
    // A request that reaches the router while the app closes (its head was still arriving when the listener
    // closed, or it came on a connection that was not idle) is answered as any other, with Connection: close,
    // within the grace period: Fastify's alternative is a 503 of its own, neither a problem nor needed.
    return503OnClosing: false,
    // Proxies are trusted only by address; never "all", so X-Forwarded-For cannot be spoofed past the limits.
    trustProxy: config.trustProxy.length > 0 ? [...config.trustProxy] : false,
    requestTimeout: server.requestTimeoutMs,
    connectionTimeout: server.connectionTimeoutMs,
    keepAliveTimeout: server.keepAliveTimeoutMs,
    bodyLimit: server.bodyLimitBytes,
    http: { headersTimeout: server.headersTimeoutMs, maxHeaderSize: server.maxHeaderBytes, connectionsCheckingInterval: 1000 },
    clientErrorHandler: clientErrorHandler(server.maxUrlLength, log),
    // Errors the router raises before any hook runs: a malformed percent-escape, an over-long parameter.
    // They spend the general allowance like any other request.
    frameworkErrors: function frameworkErrors(error, request, reply) {
      request.arrivedAt = performance.now()
      setStaticHeaders(request, reply)
      rateLimit(request, reply, function answer(refused) {
        if (refused instanceof ProblemError) return sendProblem(request, reply, refused.kind, refused.message, { headers: refused.headers })
        if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
          return sendProblem(request, reply, ERRORS.ERR_URI_TOO_LONG, 'A path segment is longer than the server accepts.')
        }
        return sendProblem(request, reply, ERRORS.ERR_BAD_REQUEST, 'The path is not a valid URL: it has a malformed percent-escape.')
      })
    }
  }).withTypeProvider<TypeBoxTypeProvider>()
  // Per-client limits and caps key IPv6 clients by their prefix (src/http/client-key.ts).
  const keyOf = clientKeyer(config.clientIPv6PrefixBits)

  // The optional cleartext HTTP/2 listener (HTTP2_PORT) serves this same app; it listens only when server.ts says so.
  const h2c =
    config.http2Port === null
      ? null
      : createH2c(app, {
          port: config.http2Port,
          host: config.host,
          maxConcurrentStreams: server.http2MaxConcurrentStreams,
          maxHeaderBytes: server.maxHeaderBytes,
          maxSessionMemoryMb: server.http2MaxSessionMemoryMb,
          idleTimeoutMs: server.connectionTimeoutMs,
          requestTimeoutMs: server.requestTimeoutMs
        })
  app.decorate('h2c', h2c)

  // Caps on open connections: in all, and per client (trusted proxies exempt), over both listeners.
  const connections = limitConnections(h2c === null ? [app.server] : [app.server, h2c.server], {
    maxConnections: server.maxConnections,
    maxPerClient: server.maxConnectionsPerClient,
    keyOf,
    exempt: addressMatcher(config.trustProxy),
    log
  })
  app.decorate('connections', connections)
  const metrics = new AppMetrics({ connections, redisHealth: () => app.redisHealth() })
  app.decorate('metrics', metrics)
  app.decorateRequest('traceId', {
    getter(this: FastifyRequest) {
      return traceIdOf(this.headers.traceparent)
    }
  })

  // ioredis is loaded only when it is used. Every command goes through the link, which bounds it by
  // REDIS_COMMAND_TIMEOUT_MS and falls back to per-process limits and caches while Redis fails (src/http/redis.ts).
  const redis =
    options.redis ??
    (config.redisUrl === null
      ? undefined
      : new (await import('ioredis')).Redis(config.redisUrl, {
          connectTimeout: REDIS_CONNECT_TIMEOUT_MS,
          maxRetriesPerRequest: 1,
          enableOfflineQueue: false,
          // It connects when the app is ready, not while buildApp's synchronous work could outlast the connect timeout.
          lazyConnect: true
        }))
  const link =
    redis === undefined
      ? undefined
      : new RedisLink(redis, { commandTimeoutMs: config.redisCommandTimeoutMs, retryMs: config.redisRetryMs, errorLogIntervalMs: config.redisErrorLogIntervalMs, log })
  app.decorate('redisHealth', function redisHealth(): RedisHealth {
    return link === undefined ? { state: 'off', since: null, failures: 0 } : link.health()
  })
  if (link !== undefined) {
    app.addHook('onReady', async function connectRedis() {
      if (redis!.status === 'wait') redis!.connect().catch(() => {}) // a failure is an error event, which the link logs
      await link.connected(REDIS_CONNECT_TIMEOUT_MS)
    })
    app.addHook('onClose', async function quitRedis() {
      link.close()
      if (options.redis === undefined) await redis!.quit().catch(() => {})
    })
  }
  const limiter = (limit: number, prefix: string): UnitLimiter =>
    link === undefined
      ? new WindowLimiter(limit, 60_000, config.rateLimitMaxClients)
      : new SharedWindowLimiter(link, { limit, windowMs: 60_000, prefix, leaseMaxUnits: config.rateLimitLeaseMaxUnits, maxKeys: config.rateLimitMaxClients })
  app.decorateRequest('clientKey', {
    getter(this: FastifyRequest) {
      return keyOf(this.ip)
    }
  })

  // Responses are serialized with JSON.stringify rather than fast-json-stringify: the data routes send
  // precomputed Buffers, and the objects the others send (problems, /check reports, /health) are built
  // field by field. Compiling a serializer per route and status at boot was a quarter of startup.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data))
  for (const schema of [ProblemSchema, CodeSummarySchema, CodeRecordSchema, CategorySummarySchema, CategorySchema, CuratedSchema, ComparisonSchema, CheckReportSchema, EchoBodySchema, EchoProblemSchema, QuizQuestionSchema, QuizAnswerSchema]) {
    app.addSchema(schema)
  }

  const rateLimit = limitRequests(limiter(config.rateLimitPerMin, 'siteerror-rl-'))

  // Readiness and the drain (src/http/lifecycle.ts).
  const lifecycle = new Lifecycle()
  app.decorate('lifecycle', lifecycle)

  // Once per response, as it is handed to the socket, in one onSend hook (each hook is a call per request):
  // - while draining, HTTP/1.x responses ask the client to close its connection, so that kept-alive
  //   connections (a balancer's included) end after their next response rather than being cut when the
  //   server closes (HTTP/2 has no Connection header: its GOAWAY does this at close);
  // - the access line;
  // - the duration, by route template (none: an unknown path) and status class.
  const writeAccessLine = log.isLevelEnabled('info') ? accessLog(log) : undefined
  const msSince = (request: FastifyRequest) => (request.arrivedAt === 0 ? 0 : performance.now() - request.arrivedAt)
  app.addHook('onSend', function finish(request, reply, payload, done) {
    if (lifecycle.draining && request.raw.httpVersionMajor === 1) reply.header('connection', 'close')
    const ms = msSince(request)
    writeAccessLine?.(request, reply.statusCode, ms)
    metrics.observe(request.routeTemplate ?? (request.is404 ? undefined : request.routeOptions.url), reply.statusCode, ms / 1000, reply.rateLimited)
    done(null, payload)
  })
  // Every response, errors included, carries the static headers; an absolute-form target is made
  // origin-form and an over-long one is a 414. The refusal spends the general allowance too (the
  // route's own hooks do not run).
  const checkUrl = checkTarget(server.maxUrlLength)
  const refuse = (refused: ProblemError | undefined, request: FastifyRequest, reply: FastifyReply, done: (err?: Error) => void) =>
    refused === undefined ? done() : rateLimit(request, reply, (overLimit) => done(overLimit ?? refused))
  app.decorateRequest('arrivedAt', 0)
  app.decorateReply('rateLimited', false)
  app.addHook('onRequest', function prepare(request, reply, done) {
    request.arrivedAt = performance.now()
    setStaticHeaders(request, reply)
    refuse(checkUrl(request), request, reply, done)
  })
  await app.register(problems, { log, onUnavailable: (cause) => metrics.unavailable(cause) })
  await app.register(underPressure, {
    maxEventLoopDelay: config.pressure.maxEventLoopDelayMs,
    maxHeapUsedBytes: config.pressure.maxHeapUsedBytes,
    maxRssBytes: config.pressure.maxRssBytes,
    retryAfter: config.pressure.retryAfterS,
    // /health still answers, with the pressure state, so load balancers can see it; /ready too (readiness
    // does not follow load: shedding on every replica at once would take them all out of the balancer);
    // and /metrics, so that an overload can be seen. Every other request fails with a 503 problem (a
    // rejected promise goes to the error handler).
    pressureHandler: (request, _reply, type) =>
      request.routeOptions.url === '/health' || request.routeOptions.url === '/ready' || request.routeOptions.url === '/metrics'
        ? undefined
        : Promise.reject(unavailable('shedding', `The server is overloaded (${type}); try again later.`, config.pressure.retryAfterS))
  })
  // Once load is not being shed: heads Node's parser let through but we refuse (two Hosts, a large GET body).
  const checkFields = checkHead(server.bodyLimitBytes)
  app.addHook('onRequest', function checkRequestHead(request, reply, done) {
    refuse(checkFields(request), request, reply, done)
  })
  // Unknown paths spend the general allowance, then get their 404 here: after load shedding (above), before any
  // body is read. A browser asking for an unknown page (not under the API's paths) gets the site's 404 page;
  // everything else gets the 404 problem.
  const quiz = new Quiz(catalog)
  const site = new SitePages({ catalog, quiz, origin: config.siteOrigin, memoEntries: config.pageMemoEntries, echoMaxDelayMs: config.echoMaxDelayMs })
  const notFound = pageNotFound(site)
  app.addHook('onRequest', function unknownPath(request, reply, done) {
    if (!request.is404) return done()
    rateLimit(request, reply, (err) => (err === undefined ? void notFound(request, reply) : done(err)))
  })
  // The general allowance, first on every route except those configured with rateLimit: false:
  // /health and /ready, and /check, which spends one unit per upstream request instead.
  // Each route's first hook also notes its template for the metrics: Fastify's request.routeOptions makes
  // a new object on every read. (A request refused before its route's hooks run falls back to it.)
  app.decorateRequest('routeTemplate', null)
  app.addHook('onRoute', function limitRoute(route) {
    const { url } = route
    const enter: onRequestHookHandler =
      route.config?.rateLimit === false
        ? function enterRoute(request, _reply, done) {
            request.routeTemplate = url
            done()
          }
        : function enterLimitedRoute(request, reply, done) {
            request.routeTemplate = url
            rateLimit(request, reply, done)
          }
    route.onRequest = [enter, ...[route.onRequest ?? []].flat()]
  })
  const routes = recordRoutes(app)
  await app.register(docs, { version: VERSION })
  await app.register(meta, {
    version: VERSION,
    cacheMaxAgeS: config.cacheMaxAgeS,
    retryAfterS: config.pressure.retryAfterS,
    homePage: site.home,
    readiness: () => lifecycle.readiness(app.redisHealth(), config.redisRequired)
  })
  await app.register(codes, { catalog, cacheMaxAgeS: config.cacheMaxAgeS })
  await app.register(categories, { catalog, cacheMaxAgeS: config.cacheMaxAgeS })
  await app.register(compare, { catalog, cacheMaxAgeS: config.cacheMaxAgeS })
  await app.register(quizRoutes, { quiz, cacheMaxAgeS: config.cacheMaxAgeS })
  await app.register(echo, {
    catalog,
    maxDelayMs: config.echoMaxDelayMs,
    maxDripMs: config.echoMaxDripMs,
    maxDripBytes: config.echoMaxDripBytes,
    maxDelayed: config.echoMaxDelayed,
    maxDelayedPerClient: config.echoMaxDelayedPerClient,
    bodyLimitBytes: config.echoBodyLimitBytes,
    exposedHeaders: EXPOSED_HEADERS,
    delayLimiter: limiter(config.echoDelayRatePerMin, 'siteerror-echo-delay-'),
    lifecycle,
    logUnfinished: (request, status, ended) => writeAccessLine?.(request, status, msSince(request), ended)
  })
  // One checker behind /check and the URL checker page: one cache, one concurrency cap, one allowance per client.
  const checks = new Checks({
    catalog,
    config: config.check,
    userAgent: `SiteErrorAPI-Checker/${VERSION}`,
    limiter: limiter(config.check.ratePerMinute, 'siteerror-check-'),
    ...(link === undefined ? {} : { sharedReports: new RedisReports(link) }),
    onChecked: (report) => metrics.checked(report),
    ...(options.checkResolver === undefined ? {} : { resolver: options.checkResolver })
  })
  await app.register(check, { checks, lifecycle })
  await app.register(metricsRoute, { metrics, allow: config.metricsAllow })
  app.get(
    '/openapi.json',
    {
      schema: {
        tags: ['meta'],
        operationId: 'getOpenApi',
        summary: 'OpenAPI document',
        description: 'The OpenAPI 3.1 document of this API, generated from its schemas.',
        response: {
          200: {
            type: 'object',
            additionalProperties: true,
            description: 'An OpenAPI 3.1 document.',
            examples: [{ openapi: '3.1.0', info: { title: 'SiteError API', version: VERSION }, paths: {} }]
          },
          ...problemResponses(...COMMON_PROBLEMS)
        }
      }
    },
    async function getOpenApi() {
      return app.swagger()
    }
  )
  await app.register(pages, { pages: site, cacheMaxAgeS: config.cacheMaxAgeS, checks })
  answerOtherMethods(app, routes)
  // The onRequest hook above answers unknown paths before this handler would run; it stays for reply.callNotFound().
  app.setNotFoundHandler(notFound)
  return app
}
