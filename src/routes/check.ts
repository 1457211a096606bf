import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Catalog } from '../catalog/catalog.js'
import type { Config } from '../config.js'
import { ProblemError, invalid, unavailable } from '../errors.js'
import { addressPolicy } from '../check/policy.js'
import { parseTarget, TargetError, type TargetRules } from '../check/target.js'
import { systemResolver, type CheckReport, type CheckRequest, type Resolver } from '../check/checker.js'
import { BusyError, CheckService, ClientSlots, type Caller, type SharedReports } from '../check/service.js'
import type { UnitLimiter } from '../http/limiter.js'
import type { Lifecycle } from '../http/lifecycle.js'
import { spend } from '../plugins/protection.js'
import { COMMON_PROBLEMS, problemResponses, refResponse } from '../schemas/responses.js'
import { documentedAs } from '../schemas/documented.js'

export interface ChecksOptions {
  catalog: Catalog
  config: Config['check']
  userAgent: string
  /** The per-client allowance of URLs. */
  limiter: UnitLimiter
  /** DNS resolution; tests inject one. */
  resolver?: Resolver
  /** Reports shared with other instances (Redis), when REDIS_URL is set. */
  sharedReports?: SharedReports
  /** Called with the report of every URL answered (metrics count their outcomes). */
  onChecked?: (report: CheckReport) => void
}

/** Most URLs one request may check: POST /check and the URL checker page's list. */
export const MAX_BATCH = 20

const EXAMPLE: CheckReport = {
  url: 'http://example.com/old',
  finalUrl: 'https://example.com/new',
  status: 200,
  name: 'OK',
  ok: true,
  hops: [
    { url: 'http://example.com/old', method: 'HEAD', status: 301, name: 'Moved Permanently', location: 'https://example.com/new', durationMs: 41, remoteFamily: 'IPv4', httpVersion: '1.1' },
    { url: 'https://example.com/new', method: 'HEAD', status: 200, name: 'OK', location: null, durationMs: 87, remoteFamily: 'IPv4', httpVersion: '1.1' }
  ],
  durationMs: 131,
  checkedAt: '2026-11-26T12:00:00.000Z',
  cached: false,
  error: null
}
/** How many URLs of one POST are checked at the same time, at most (fewer when the client has fewer check slots free). */
const BATCH_PARALLEL = 4

const Method = Type.Optional(Type.Union([Type.Literal('HEAD'), Type.Literal('GET')], { description: 'HEAD (default) or GET. HEAD falls back to GET on 405 and 501.' }))
const FOLLOW = 'Follow redirects (default true).'
const maxRedirectsText = (max: number) => `Most redirects to follow: 0 to ${max} (CHECK_MAX_REDIRECTS), default ${Math.min(10, max)}.`

/** The options in the query string: text on the wire, documented as the boolean and integer they stand for. */
const queryParams = (max: number) => ({
  method: Method,
  follow: Type.Optional(documentedAs(Type.Union([Type.Literal('true'), Type.Literal('false')], { description: FOLLOW }), { type: 'boolean' })),
  maxRedirects: Type.Optional(
    documentedAs(Type.String({ pattern: '^(0|[1-9][0-9]?)$', description: maxRedirectsText(max) }), { type: 'integer', minimum: 0, maximum: max })
  )
})

/** The same options in a JSON body, as JSON booleans and numbers. */
const bodyParams = (max: number) => ({
  method: Method,
  follow: Type.Optional(Type.Boolean({ description: FOLLOW })),
  maxRedirects: Type.Optional(Type.Integer({ minimum: 0, maximum: 99, description: maxRedirectsText(max) }))
})

export interface CheckOptions {
  checks: Checks
  /** The drain: checks in flight at the close go on when their own deadline (CHECK_TIMEOUT_MS) falls before its end. */
  lifecycle: Lifecycle
}

/** What a query string or a JSON body gives as options. */
export interface CheckOptionsInput {
  method?: 'HEAD' | 'GET'
  follow?: boolean | 'true' | 'false'
  maxRedirects?: number | string
}

/**
 * The URL checker as both of its front ends use it, /check and the URL checker page: one service
 * (one cache, one concurrency cap), one address policy, the client slots and the per-client
 * allowance. app.ts makes one and hands it to each.
 */
export class Checks {
  readonly rules: TargetRules
  readonly config: Config['check']
  readonly limiter: UnitLimiter
  readonly maxBatch = MAX_BATCH
  private readonly service: CheckService
  private readonly slots: ClientSlots
  private readonly onChecked: (report: CheckReport) => void

  constructor(options: ChecksOptions) {
    const { catalog, config } = options
    this.config = config
    this.limiter = options.limiter
    this.rules = { policy: addressPolicy(config.allowAddresses), ports: new Set(config.ports) }
    this.service = new CheckService(
      {
        rules: this.rules,
        resolver: options.resolver ?? systemResolver,
        connectTimeoutMs: config.connectTimeoutMs,
        headersTimeoutMs: config.headersTimeoutMs,
        totalTimeoutMs: config.timeoutMs,
        maxHeaderBytes: config.maxHeaderBytes,
        userAgent: options.userAgent,
        nameOf: (status) => catalog.find(status)?.name ?? null
      },
      { cacheTtlMs: config.cacheTtlMs, cacheMaxEntries: config.cacheMaxEntries, cacheMaxBytes: config.cacheMaxBytes, maxConcurrent: config.maxConcurrent },
      options.sharedReports
    )
    this.slots = new ClientSlots(config.maxConcurrentPerClient)
    this.onChecked = options.onChecked ?? (() => {})
  }

  /** Spends `units` of the client's /check allowance, or throws the 429 (RateLimit headers set either way). */
  async spend(request: FastifyRequest, reply: FastifyReply, units: number): Promise<void> {
    await spend(this.limiter, request, reply, units, '/check')
  }

  /** The options, with their defaults; a 400 for maxRedirects over CHECK_MAX_REDIRECTS. */
  request(input: CheckOptionsInput, where: 'querystring' | 'body'): CheckRequest {
    const maxRedirects = input.maxRedirects === undefined ? Math.min(10, this.config.maxRedirects) : Number(input.maxRedirects)
    if (maxRedirects > this.config.maxRedirects) throw invalid(where, '/maxRedirects', `maxRedirects must be at most ${this.config.maxRedirects}.`)
    return { method: input.method ?? 'HEAD', follow: input.follow !== 'false' && input.follow !== false, maxRedirects }
  }

  /** A URL vetted before any connection; the TargetError as a problem (400, or 403 for a refused destination). */
  target(text: string, where = ''): URL {
    try {
      return parseTarget(text, this.rules)
    } catch (err) {
      const e = err as TargetError
      throw new ProblemError(e.code, `${where}${e.message}`)
    }
  }

  /** Checks one URL with one of the client's slots; a URL that resolves to a refused address is the 403 problem. */
  async one(request: FastifyRequest, reply: FastifyReply, url: URL, req: CheckRequest): Promise<CheckReport> {
    const report = await this.withSlots(request, 1, () => this.run(url, req, callerOf(this.limiter, request, reply)))
    if (report.error?.code === 'DESTINATION_NOT_ALLOWED' && report.error.hop === 0) {
      throw new ProblemError('DESTINATION_NOT_ALLOWED', 'The URL resolves to an address that is not publicly routable, so it is not checked.')
    }
    return report
  }

  /**
   * Checks several URLs, in order. A malformed one is a 400 problem naming it (`urls/<i>: ...`); a
   * refused destination gets a report whose error is DESTINATION_NOT_ALLOWED. The caller has spent
   * the allowance for each URL's first request.
   */
  async many(request: FastifyRequest, reply: FastifyReply, urls: readonly string[], req: CheckRequest): Promise<CheckReport[]> {
    const targets = urls.map((u, i): URL | TargetError => {
      try {
        return parseTarget(u, this.rules)
      } catch (err) {
        if ((err as TargetError).code === 'DESTINATION_NOT_ALLOWED') return err as TargetError
        throw new ProblemError((err as TargetError).code, `urls/${i}: ${(err as Error).message}`)
      }
    })
    const reports: CheckReport[] = targets.map((t, i) => (t instanceof URL ? (undefined as never) : refused(urls[i]!)))
    for (const report of reports) if (report !== undefined) this.onChecked(report)
    const toCheck = targets.flatMap((t, i) => (t instanceof URL ? [[i, t] as const] : []))
    const caller = callerOf(this.limiter, request, reply)
    // The URLs share the client's check slots: as many run at once as it has free, up to BATCH_PARALLEL.
    if (toCheck.length > 0) {
      await this.withSlots(request, Math.min(BATCH_PARALLEL, toCheck.length), async (parallel) => {
        let next = 0
        const worker = async () => {
          while (next < toCheck.length) {
            const [i, url] = toCheck[next++]!
            reports[i] = await this.run(url, req, caller)
          }
        }
        await Promise.all(Array.from({ length: parallel }, worker))
      })
    }
    return reports
  }

  /** Aborts the checks in flight; for shutdown. */
  close(): void {
    this.service.close()
  }

  /** Runs `work` with up to `wanted` of the client's check slots; a 429 when it has none free. */
  private async withSlots<T>(request: FastifyRequest, wanted: number, work: (granted: number) => Promise<T>): Promise<T> {
    const granted = this.slots.take(request.clientKey, wanted)
    if (granted === 0) {
      throw new ProblemError('ERR_RATE_LIMITED', `A client may have ${this.slots.perClient} checks running at once; wait for one to finish.`, { 'retry-after': '1' })
    }
    try {
      return await work(granted)
    } finally {
      this.slots.give(request.clientKey, granted)
    }
  }

  private async run(url: URL, req: CheckRequest, caller: Caller): Promise<CheckReport> {
    try {
      const report = await this.service.check(url, req, caller)
      this.onChecked(report)
      return report
    } catch (err) {
      if (err instanceof BusyError) throw unavailable('check-cap', `${this.config.maxConcurrent} checks are running; try again shortly.`, 1)
      throw err
    }
  }
}

/**
 * What a request brings to its checks: a signal aborted when its client hangs up before the answer,
 * and the allowance each further upstream request spends.
 */
function callerOf(limiter: UnitLimiter, request: FastifyRequest, reply: FastifyReply): Caller {
  const gone = new AbortController()
  reply.raw.once('close', function hungUp() {
    if (!reply.raw.writableFinished) gone.abort()
  })
  return { signal: gone.signal, more: () => limiter.take(request.clientKey, 1).then((a) => a.allowed) }
}

const check: FastifyPluginAsyncTypebox<CheckOptions> = async function check(app, { checks, lifecycle }) {
  const { config } = checks
  async function spendOne(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    await checks.spend(request, reply, 1)
  }
  // JSON only: Fastify's text/plain parser would hand the schema a string (a 400), where every other type is a 415.
  app.removeContentTypeParser('text/plain')
  // At close, checks in flight end by their own deadline (CHECK_TIMEOUT_MS from their start, at the
  // latest): when that falls within the drain's deadline they finish; otherwise they are aborted now
  // and answered with a TIMEOUT report. A close without a drain (tests) aborts them.
  app.addHook('preClose', async function abortChecks() {
    if (!(lifecycle.draining && lifecycle.fits(config.timeoutMs))) checks.close()
  })

  app.get(
    '/check',
    {
      // /check spends its own, stricter allowance (one unit per upstream request) instead of the general
      // one; the first unit on arrival, so that a request that is not valid spends it too.
      config: { rateLimit: false },
      onRequest: spendOne,
      schema: {
        tags: ['check'],
        operationId: 'checkUrl',
        summary: 'Check a URL: its status and redirect chain',
        description:
          'Fetches the URL from our server (HEAD by default, never reading the body) and reports every hop with its status explained ' +
          'from the catalog. Upstream trouble (DNS, refused connections, timeouts, TLS, bad redirects) is reported in `error`, not as ' +
          'our error. Only public addresses on the allowed ports are ever connected to: a URL that is, or resolves to, a private, ' +
          'loopback, link-local or otherwise non-public address is a 403, and a redirect to one stops the chain with ' +
          'DESTINATION_NOT_ALLOWED. Limited per client (RateLimit headers) and cached briefly.',
        querystring: Type.Object(
          { url: Type.String({ description: 'An absolute http or https URL, at most 2048 characters.', examples: ['https://example.com/'] }), ...queryParams(config.maxRedirects) },
          { additionalProperties: false }
        ),
        response: { 200: refResponse('CheckReport', 'The report.', EXAMPLE), ...problemResponses(...COMMON_PROBLEMS, 403) }
      }
    },
    async function getCheck(request, reply) {
      const req = checks.request(request.query, 'querystring')
      const report = await checks.one(request, reply, checks.target(request.query.url), req)
      return reply.header('cache-control', 'no-store').send(report)
    }
  )

  app.post(
    '/check',
    {
      config: { rateLimit: false },
      onRequest: spendOne,
      schema: {
        tags: ['check'],
        operationId: 'checkUrls',
        summary: 'Check several URLs',
        description: `Checks up to ${MAX_BATCH} URLs and returns their reports in order. Each URL counts against the rate limit. A URL that is not allowed gets a report whose error is DESTINATION_NOT_ALLOWED; a malformed one makes the whole request a 400 that names it.`,
        body: Type.Object(
          {
            urls: Type.Array(Type.String({ description: 'An absolute http or https URL.' }), { minItems: 1, maxItems: MAX_BATCH, description: 'The URLs to check.' }),
            ...bodyParams(config.maxRedirects)
          },
          { additionalProperties: false }
        ),
        response: {
          200: Type.Object(
            {
              count: Type.Integer({ description: 'How many reports.' }),
              reports: Type.Array(Type.Ref('CheckReport'), { description: 'One report per URL, in order.' })
            },
            { additionalProperties: false, description: 'The reports.', examples: [{ count: 1, reports: [EXAMPLE] }] }
          ),
          ...problemResponses(...COMMON_PROBLEMS, 413, 415)
        }
      }
    },
    async function postCheck(request, reply) {
      const { urls } = request.body
      // One unit was spent on arrival: the other URLs' first requests.
      if (urls.length > 1) await checks.spend(request, reply, urls.length - 1)
      const reports = await checks.many(request, reply, urls, checks.request(request.body, 'body'))
      return reply.header('cache-control', 'no-store').send({ count: reports.length, reports })
    }
  )
}

/** The report for a URL refused before any connection. */
function refused(url: string): CheckReport {
  return {
    url,
    finalUrl: url,
    status: null,
    name: null,
    ok: false,
    hops: [],
    durationMs: 0,
    checkedAt: new Date().toISOString(),
    cached: false,
    error: { code: 'DESTINATION_NOT_ALLOWED', message: 'The URL points to an address that is not publicly routable.', hop: 0 }
  }
}

export default check
