/**
 * Configuration from environment variables: parsed once, validated, typed and frozen.
 * A bad value throws ConfigError with one line that names the variable.
 */

import ipaddr from 'ipaddr.js'

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export interface Config {
  /** TCP port to listen on. */
  port: number
  /** Address to bind. */
  host: string
  /** TCP port of a second listener speaking cleartext HTTP/2 with prior knowledge (h2c) on the same address; null: none. */
  http2Port: number | null
  logLevel: LogLevel
  /** Cache-Control max-age for data responses. */
  cacheMaxAgeS: number
  /** Grace period for in-flight requests on SIGTERM/SIGINT, after the drain delay. */
  shutdownGraceMs: number
  /** On SIGTERM/SIGINT, how long /ready answers 503 while the listener still accepts, before closing (balancers notice meanwhile). */
  shutdownDrainDelayMs: number
  /** Largest /echo delay a client may ask for. */
  echoMaxDelayMs: number
  /** Largest /echo drip duration (the content sent in pieces over it). */
  echoMaxDripMs: number
  /** Largest /echo dripBytes (the "*" content of a drip). */
  echoMaxDripBytes: number
  /** How many delayed /echo requests (delays, drips, faults) may wait at once. */
  echoMaxDelayed: number
  /** How many of them one client may hold (keyed as the rate limits key clients). */
  echoMaxDelayedPerClient: number
  /** Largest request content /echo accepts and echoes. */
  echoBodyLimitBytes: number
  /** Requests per client per minute on every endpoint but /check and /health. */
  rateLimitPerMin: number
  /** Delayed /echo requests per client per minute. */
  echoDelayRatePerMin: number
  /** IPv6 clients are keyed by this many leading bits of their address (per-client limits and caps). */
  clientIPv6PrefixBits: number
  /** Most clients each in-memory rate limiter tracks at once; new clients past it are refused (429). */
  rateLimitMaxClients: number
  /** Proxies whose X-Forwarded-For is believed: IPs or CIDRs; empty: none (never "all"). */
  trustProxy: string[]
  /** Addresses and CIDRs that may read /metrics; empty: every client. */
  metricsAllow: string[]
  /** Longest incoming X-Request-Id kept as the request's id; longer ones, or ones with other characters than A-Z a-z 0-9 . _ : -, are replaced. */
  requestIdMaxLength: number
  /** Redis for rate limits and the /check cache shared between instances; null: in memory. */
  redisUrl: string | null
  /** Longest a Redis command may take; past it, Redis counts as failing and limits are per process until it answers again. */
  redisCommandTimeoutMs: number
  /** While Redis is failing, how often it is probed. */
  redisRetryMs: number
  /** Redis connection errors are logged at most once per this interval. */
  redisErrorLogIntervalMs: number
  /** Largest lease of a client's shared allowance an instance takes from Redis at once (units spent without a round trip). */
  rateLimitLeaseMaxUnits: number
  /** Whether /ready answers 503 while Redis is failing (the limits then fall back to per-process ones). */
  redisRequired: boolean
  /** The site's public origin, for canonical links, Open Graph and the sitemap (pages need absolute URLs). */
  siteOrigin: string
  /** Search-result and uncurated comparison pages kept in memory; the oldest goes first. */
  pageMemoEntries: number
  server: {
    requestTimeoutMs: number
    headersTimeoutMs: number
    keepAliveTimeoutMs: number
    /** Idle socket timeout. */
    connectionTimeoutMs: number
    bodyLimitBytes: number
    /** Longer request targets are a 414. */
    maxUrlLength: number
    /** Request head (request line and headers) size; larger is a 431, or a 414 when the line alone is too long. */
    maxHeaderBytes: number
    /** Open connections at once; the server refuses (closes) more. Lowered at start to fit the file descriptor limit. */
    maxConnections: number
    /** Open connections one client (address, or IPv6 prefix) may hold; trusted proxies are exempt. */
    maxConnectionsPerClient: number
    /** Streams one HTTP/2 session may have open at once (its SETTINGS_MAX_CONCURRENT_STREAMS). */
    http2MaxConcurrentStreams: number
    /** Memory one HTTP/2 session may hold in frames not yet written or read (Node's maxSessionMemory); past it, new streams are refused. */
    http2MaxSessionMemoryMb: number
  }
  pressure: {
    maxEventLoopDelayMs: number
    maxHeapUsedBytes: number
    maxRssBytes: number
    retryAfterS: number
  }
  check: {
    connectTimeoutMs: number
    headersTimeoutMs: number
    /** One deadline for a whole redirect chain. */
    timeoutMs: number
    maxHeaderBytes: number
    /** Upper bound of the maxRedirects parameter. */
    maxRedirects: number
    maxConcurrent: number
    /** Checks one client may have running at once (a POST's URLs included). */
    maxConcurrentPerClient: number
    cacheTtlMs: number
    cacheMaxEntries: number
    /** Bytes the cached reports may take, as their JSON length. */
    cacheMaxBytes: number
    /** Destination ports allowed. */
    ports: number[]
    /** IPs or CIDRs exempt from the address policy. */
    allowAddresses: string[]
    /** Upstream requests per client per minute: one per URL checked, one more per further request its chain makes. */
    ratePerMinute: number
  }
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

type Env = Record<string, string | undefined>

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (!/^[0-9]+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got ${JSON.stringify(raw)})`)
  }
  return Number(raw)
}

/** A whole number, or null when the variable is unset or empty: a setting that is off by default. */
function optionalInteger(env: Env, name: string, min: number, max: number): number | null {
  const raw = env[name]
  return raw === undefined || raw === '' ? null : integer(env, name, min, min, max)
}

function oneOf<T extends string>(env: Env, name: string, fallback: T, allowed: readonly T[]): T {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got ${JSON.stringify(raw)})`)
  }
  return raw as T
}

function host(env: Env, name: string, fallback: string): string {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (!/^[A-Za-z0-9.:-]+$/.test(raw) || raw.length > 253) {
    throw new ConfigError(`${name} must be an IP address or host name (got ${JSON.stringify(raw)})`)
  }
  return raw
}

function list<T>(env: Env, name: string, fallback: T[], parse: (item: string) => T | undefined, what: string): T[] {
  const raw = env[name]
  if (raw === undefined) return fallback
  const items = raw.split(',').map((s) => s.trim()).filter((s) => s !== '')
  return items.map((item) => {
    const value = parse(item)
    if (value === undefined) throw new ConfigError(`${name} must be a comma-separated list of ${what} (got ${JSON.stringify(item)})`)
    return value
  })
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  if (raw !== 'true' && raw !== 'false') throw new ConfigError(`${name} must be true or false (got ${JSON.stringify(raw)})`)
  return raw === 'true'
}

function redis(env: Env): string | null {
  const raw = env.REDIS_URL
  if (raw === undefined || raw === '') return null
  if (!/^rediss?:\/\//.test(raw) || !URL.canParse(raw)) throw new ConfigError('REDIS_URL must be a redis:// or rediss:// URL')
  return raw
}

function redisRequired(env: Env): boolean {
  const required = boolean(env, 'REDIS_REQUIRED', false)
  if (required && redis(env) === null) throw new ConfigError('REDIS_REQUIRED=true needs REDIS_URL')
  return required
}

/** An http(s) origin, exactly: scheme, host and optional port, no path, query or credentials. */
function origin(env: Env, name: string, fallback: string): string {
  const raw = env[name]
  if (raw === undefined || raw === '') return fallback
  const url = URL.canParse(raw) ? new URL(raw) : null
  if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== raw.replace(/\/$/, '')) {
    throw new ConfigError(`${name} must be an http or https origin such as https://siteerror.example, with no path (got ${JSON.stringify(raw)})`)
  }
  return url.origin
}

const port = (s: string) => (/^[0-9]{1,5}$/.test(s) && Number(s) >= 1 && Number(s) <= 65535 ? Number(s) : undefined)
const address = (s: string) => {
  if (s.includes('/')) return ipaddr.isValidCIDR(s) ? s : undefined
  return ipaddr.isValid(s) ? s : undefined
}

/** Every setting, its default and its bounds: the README's configuration table mirrors this. */
export function loadConfig(env: Env): Readonly<Config> {
  const listenPort = integer(env, 'PORT', 3000, 0, 65535)
  const http2Port = optionalInteger(env, 'HTTP2_PORT', 0, 65535)
  if (http2Port !== null && http2Port !== 0 && http2Port === listenPort) {
    throw new ConfigError(`HTTP2_PORT must differ from PORT: the h2c listener is a second one (got ${http2Port} for both)`)
  }
  return Object.freeze({
    port: listenPort,
    host: host(env, 'HOST', '127.0.0.1'),
    http2Port,
    logLevel: oneOf(env, 'LOG_LEVEL', 'info', LOG_LEVELS),
    cacheMaxAgeS: integer(env, 'CACHE_MAX_AGE_S', 3600, 0, 31536000),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10000, 100, 120000),
    shutdownDrainDelayMs: integer(env, 'SHUTDOWN_DRAIN_DELAY_MS', 5000, 0, 120000),
    echoMaxDelayMs: integer(env, 'ECHO_MAX_DELAY_MS', 10000, 0, 600000),
    echoMaxDripMs: integer(env, 'ECHO_MAX_DRIP_MS', 10000, 0, 600000),
    echoMaxDripBytes: integer(env, 'ECHO_MAX_DRIP_BYTES', 1048576, 1, 67108864),
    echoMaxDelayed: integer(env, 'ECHO_MAX_DELAYED', 200, 1, 100000),
    echoMaxDelayedPerClient: integer(env, 'ECHO_MAX_DELAYED_PER_CLIENT', 10, 1, 100000),
    echoBodyLimitBytes: integer(env, 'ECHO_BODY_LIMIT_BYTES', 65536, 0, 10485760),
    rateLimitPerMin: integer(env, 'RATE_LIMIT_PER_MIN', 600, 1, 10_000_000),
    echoDelayRatePerMin: integer(env, 'ECHO_DELAY_RATE_LIMIT_PER_MIN', 60, 1, 10_000_000),
    clientIPv6PrefixBits: integer(env, 'CLIENT_IPV6_PREFIX_BITS', 64, 16, 128),
    rateLimitMaxClients: integer(env, 'RATE_LIMIT_MAX_CLIENTS', 100_000, 1, 10_000_000),
    trustProxy: Object.freeze(list(env, 'TRUST_PROXY', [], address, 'IP addresses or CIDRs')) as string[],
    metricsAllow: Object.freeze(list(env, 'METRICS_ALLOW', [], address, 'IP addresses or CIDRs')) as string[],
    requestIdMaxLength: integer(env, 'REQUEST_ID_MAX_LENGTH', 128, 0, 1024),
    redisUrl: redis(env),
    redisCommandTimeoutMs: integer(env, 'REDIS_COMMAND_TIMEOUT_MS', 100, 1, 10000),
    redisRetryMs: integer(env, 'REDIS_RETRY_MS', 1000, 10, 600000),
    redisErrorLogIntervalMs: integer(env, 'REDIS_ERROR_LOG_INTERVAL_MS', 10000, 0, 3600000),
    rateLimitLeaseMaxUnits: integer(env, 'RATE_LIMIT_LEASE_MAX_UNITS', 20, 1, 1_000_000),
    redisRequired: redisRequired(env),
    siteOrigin: origin(env, 'SITE_ORIGIN', 'http://localhost:3000'),
    pageMemoEntries: integer(env, 'PAGE_MEMO_ENTRIES', 500, 1, 100000),
    server: Object.freeze({
      requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', 30000, 1000, 600000),
      headersTimeoutMs: integer(env, 'HEADERS_TIMEOUT_MS', 10000, 500, 600000),
      keepAliveTimeoutMs: integer(env, 'KEEP_ALIVE_TIMEOUT_MS', 5000, 100, 600000),
      connectionTimeoutMs: integer(env, 'CONNECTION_TIMEOUT_MS', 60000, 1000, 3600000),
      bodyLimitBytes: integer(env, 'BODY_LIMIT_BYTES', 65536, 1024, 10485760),
      maxUrlLength: integer(env, 'MAX_URL_LENGTH', 8192, 256, 65536),
      maxHeaderBytes: integer(env, 'MAX_HEADER_BYTES', 16384, 1024, 1048576),
      maxConnections: integer(env, 'MAX_CONNECTIONS', 10_000, 1, 1_000_000),
      maxConnectionsPerClient: integer(env, 'MAX_CONNECTIONS_PER_CLIENT', 256, 1, 1_000_000),
      // RFC 9113 Section 6.5.2 recommends no fewer than 100; Node's own default is unlimited (2^32 - 1).
      http2MaxConcurrentStreams: integer(env, 'HTTP2_MAX_CONCURRENT_STREAMS', 100, 1, 1000),
      http2MaxSessionMemoryMb: integer(env, 'HTTP2_MAX_SESSION_MEMORY_MB', 10, 1, 1024)
    }) as Config['server'],
    pressure: Object.freeze({
      maxEventLoopDelayMs: integer(env, 'MAX_EVENT_LOOP_DELAY_MS', 1000, 0, 60000),
      maxHeapUsedBytes: integer(env, 'MAX_HEAP_USED_BYTES', 1024 * 1024 * 1024, 0, 2 ** 40),
      maxRssBytes: integer(env, 'MAX_RSS_BYTES', 1536 * 1024 * 1024, 0, 2 ** 40),
      retryAfterS: integer(env, 'PRESSURE_RETRY_AFTER_S', 10, 1, 3600)
    }) as Config['pressure'],
    check: Object.freeze({
      connectTimeoutMs: integer(env, 'CHECK_CONNECT_TIMEOUT_MS', 3000, 1, 60000),
      headersTimeoutMs: integer(env, 'CHECK_HEADERS_TIMEOUT_MS', 5000, 1, 60000),
      timeoutMs: integer(env, 'CHECK_TIMEOUT_MS', 10000, 1, 120000),
      maxHeaderBytes: integer(env, 'CHECK_MAX_HEADER_BYTES', 16384, 1024, 1048576),
      maxRedirects: integer(env, 'CHECK_MAX_REDIRECTS', 20, 0, 50),
      maxConcurrent: integer(env, 'CHECK_MAX_CONCURRENT', 16, 1, 10000),
      maxConcurrentPerClient: integer(env, 'CHECK_MAX_CONCURRENT_PER_CLIENT', 4, 1, 10000),
      cacheTtlMs: integer(env, 'CHECK_CACHE_TTL_MS', 60000, 0, 3600000),
      cacheMaxEntries: integer(env, 'CHECK_CACHE_MAX', 1000, 1, 1000000),
      cacheMaxBytes: integer(env, 'CHECK_CACHE_MAX_BYTES', 16 * 1024 * 1024, 0, 2 ** 34),
      ports: Object.freeze(list(env, 'CHECK_PORTS', [80, 443], port, 'ports from 1 to 65535')),
      allowAddresses: Object.freeze(list(env, 'CHECK_ALLOW_ADDRESSES', [], address, 'IP addresses or CIDRs')),
      ratePerMinute: integer(env, 'CHECK_RATE_LIMIT_PER_MIN', 30, 1, 1000000)
    }) as Config['check']
  })
}

/** The configuration tests use: defaults, quiet logs. */
export const defaultConfig = (overrides: Partial<Config> = {}): Readonly<Config> =>
  Object.freeze({ ...loadConfig({}), logLevel: 'silent' as LogLevel, ...overrides })
