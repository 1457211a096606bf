import type { Registry } from 'prom-client'
import type { CheckReport } from './check/checker.js'
import type { ConnectionStats } from './http/connections.js'
import type { RedisHealth } from './http/redis.js'
export type { RedisHealth }
import { UNAVAILABLE_CAUSES, type UnavailableCause } from './errors.js'

/**
 * The server's Prometheus metrics, served at /metrics (src/routes/metrics.ts) in the text exposition
 * format, version 0.0.4.
 *
 * Ours are kept here in plain counters and written out by `text()`: the per-request work is one
 * histogram observation (a Map lookup by route template and a bucket search), and what already has a
 * count elsewhere (the connection caps, the Redis health) is read at scrape time. The process's own
 * metrics (CPU, memory, event loop, GC, handles) are prom-client's collectDefaultMetrics, and
 * prom-client is imported at the first scrape, not at startup: with its dependency
 * @opentelemetry/api it took 110-150 ms to load here, most of Fastify's own load time (docs/performance.md).
 *
 * Label values are bounded: route templates as registered (never the raw URL; paths no route matches
 * share one value), status classes, named causes and outcomes.
 */

/** The route label of requests no route matched: one value, whatever their path. */
export const UNMATCHED_ROUTE = '(unmatched)'

/** Upper bounds of the request duration buckets, in seconds: 1 ms to the 10 s of the longest delays and checks. */
export const DURATION_BUCKETS_S = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] as const

const STATUS_CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const
const REDIS_STATES = ['off', 'ok', 'failing-open'] as const

/** The outcome of a checked URL: ok, a final status that is not 2xx, or the error that ended the check. */
export type CheckOutcome = 'ok' | 'not-ok' | NonNullable<CheckReport['error']>['code']

export interface MetricsSources {
  connections: ConnectionStats
  redisHealth: () => RedisHealth
}

/** One histogram series: counts per bucket (the last is +Inf), their sum and count. */
interface Series {
  buckets: Float64Array
  sum: number
  count: number
}

/** A label value as the text format writes it (backslash, double quote and line feed escaped). */
const quoted = (value: string) => `"${value.replace(/[\\"\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))}"`

/** A number as the text format writes it. */
const num = (n: number) => (Number.isNaN(n) ? 'NaN' : n === Infinity ? '+Inf' : n === -Infinity ? '-Inf' : String(n))

/** HELP and TYPE lines, then the samples. */
const family = (name: string, type: 'counter' | 'gauge' | 'histogram', help: string, samples: string[]) =>
  `# HELP ${name} ${help}\n# TYPE ${name} ${type}\n${samples.map((s) => `${s}\n`).join('')}`

const counterSamples = (name: string, label: string, values: Map<string, number>) => [...values].map(([value, n]) => `${name}{${label}=${quoted(value)}} ${num(n)}`)

/**
 * The process-wide metrics of prom-client's collectDefaultMetrics, in a registry of their own, made
 * once per process at the first scrape: they describe the process, and their event-loop and GC
 * observers are not to be started again by every app a test builds.
 */
let processRegistry: Promise<Registry> | undefined
const CPU_METRICS = ['process_cpu_user_seconds_total', 'process_cpu_system_seconds_total', 'process_cpu_seconds_total']

/** The process's CPU time since it started, as prom-client names it. */
function cpuText(): string {
  const { user, system } = process.cpuUsage()
  const [userName, systemName, totalName] = CPU_METRICS as [string, string, string]
  return [
    family(userName, 'counter', 'Total user CPU time spent in seconds.', [`${userName} ${num(user / 1e6)}`]),
    family(systemName, 'counter', 'Total system CPU time spent in seconds.', [`${systemName} ${num(system / 1e6)}`]),
    family(totalName, 'counter', 'Total user and system CPU time spent in seconds.', [`${totalName} ${num((user + system) / 1e6)}`])
  ].join('')
}
function processMetrics(): Promise<Registry> {
  processRegistry ??= import('prom-client').then(({ Registry, collectDefaultMetrics }) => {
    const registry = new Registry()
    collectDefaultMetrics({ register: registry })
    // prom-client counts CPU from when its counters are made (the first scrape, here); ours count it from the
    // start of the process (cpuText), like every other process_ metric.
    for (const name of CPU_METRICS) registry.removeSingleMetric(name)
    return registry
  })
  return processRegistry
}

export class AppMetrics {
  /** Request duration series by route template, then status class (index: status / 100 - 1). */
  private readonly durations = new Map<string, (Series | undefined)[]>()
  private readonly rateLimited = new Map<string, number>()
  private readonly unavailableCounts = new Map<string, number>(UNAVAILABLE_CAUSES.map((c) => [c, 0]))
  private readonly checkOutcomes = new Map<string, number>([
    ['ok', 0],
    ['not-ok', 0]
  ])

  constructor(private readonly sources: MetricsSources) {}

  /**
   * Records one response: its duration, and, when it is our 429 (`rateLimited`; an /echo/429 is not), that
   * too. `route` is the route template, or undefined when none matched.
   */
  observe(route: string | undefined, status: number, seconds: number, rateLimited = false): void {
    const label = route ?? UNMATCHED_ROUTE
    let byClass = this.durations.get(label)
    if (byClass === undefined) this.durations.set(label, (byClass = []))
    const index = Math.trunc(status / 100) - 1
    let series = byClass[index]
    if (series === undefined) series = byClass[index] = { buckets: new Float64Array(DURATION_BUCKETS_S.length + 1), sum: 0, count: 0 }
    let bucket = 0
    while (bucket < DURATION_BUCKETS_S.length && seconds > DURATION_BUCKETS_S[bucket]!) bucket++
    series.buckets[bucket]!++
    series.sum += seconds
    series.count++
    if (rateLimited) this.rateLimited.set(label, (this.rateLimited.get(label) ?? 0) + 1)
  }

  /** Counts a 503 by its cause. */
  unavailable(cause: UnavailableCause): void {
    this.unavailableCounts.set(cause, this.unavailableCounts.get(cause)! + 1)
  }

  /** Counts the outcome of one checked URL. */
  checked(report: CheckReport): void {
    const outcome: CheckOutcome = report.error?.code ?? (report.ok ? 'ok' : 'not-ok')
    this.checkOutcomes.set(outcome, (this.checkOutcomes.get(outcome) ?? 0) + 1)
  }

  /** This app's metrics in the text format, without the process's. */
  ownText(): string {
    const { connections, redisHealth } = this.sources
    const redis = redisHealth()
    const duration = 'siteerror_http_request_duration_seconds'
    const durationSamples: string[] = []
    for (const [route, byClass] of this.durations) {
      byClass.forEach((series, index) => {
        if (series === undefined) return
        const labels = `route=${quoted(route)},status_class="${STATUS_CLASSES[index] ?? 'other'}"`
        let cumulative = 0
        series.buckets.forEach((n, bucket) => {
          cumulative += n
          durationSamples.push(`${duration}_bucket{${labels},le="${num(DURATION_BUCKETS_S[bucket] ?? Infinity)}"} ${cumulative}`)
        })
        durationSamples.push(`${duration}_sum{${labels}} ${num(series.sum)}`, `${duration}_count{${labels}} ${series.count}`)
      })
    }
    return [
      family(duration, 'histogram', 'Time from the arrival of a request to its response being handed to the socket, by route template and status class.', durationSamples),
      family('siteerror_http_rate_limited_total', 'counter', 'Requests refused with a 429 problem (an allowance or a per-client cap was spent; not an /echo/429), by route template.', counterSamples('siteerror_http_rate_limited_total', 'route', this.rateLimited)),
      family(
        'siteerror_http_unavailable_total',
        'counter',
        'Requests answered 503, by cause: shedding (load shedding), check-cap (CHECK_MAX_CONCURRENT), echo-cap (ECHO_MAX_DELAYED), draining (shutting down).',
        counterSamples('siteerror_http_unavailable_total', 'cause', this.unavailableCounts)
      ),
      family(
        'siteerror_check_outcomes_total',
        'counter',
        'URLs answered by /check, by outcome: ok, not-ok (a final status that is not 2xx), or the error code that ended the check.',
        counterSamples('siteerror_check_outcomes_total', 'outcome', this.checkOutcomes)
      ),
      family(
        'siteerror_connections_refused_total',
        'counter',
        'Connections closed on arrival, by cap: overall (MAX_CONNECTIONS), per-client (MAX_CONNECTIONS_PER_CLIENT), accept-error (the system refused one).',
        counterSamples(
          'siteerror_connections_refused_total',
          'cap',
          new Map([
            ['overall', connections.droppedOverall],
            ['per-client', connections.droppedPerClient],
            ['accept-error', connections.acceptErrors]
          ])
        )
      ),
      family(
        'siteerror_redis_state',
        'gauge',
        'The shared rate limiter\'s Redis: 1 for the current state (off: no REDIS_URL; ok; failing-open: limits are per process until it recovers), 0 for the others.',
        REDIS_STATES.map((s) => `siteerror_redis_state{state="${s}"} ${s === redis.state ? 1 : 0}`)
      ),
      family(
        'siteerror_redis_state_since_seconds',
        'gauge',
        'When the Redis state last changed, in seconds since the epoch; absent while Redis is off.',
        redis.since === null ? [] : [`siteerror_redis_state_since_seconds ${num(redis.since / 1000)}`]
      ),
      family('siteerror_redis_failures_total', 'counter', 'Redis commands that failed or timed out.', [`siteerror_redis_failures_total ${num(redis.failures)}`])
    ].join('')
  }

  /** The text exposition of this app's metrics and the process's. */
  async text(): Promise<string> {
    const processes = await (await processMetrics()).metrics()
    return this.ownText() + cpuText() + processes
  }
}

/** The content type of the text exposition format, version 0.0.4. */
export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8'
