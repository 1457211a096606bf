/**
 * Configuration from environment variables: parsed once, validated, typed and frozen.
 * A bad value throws ConfigError with one line that names the variable.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

export interface Config {
  /** TCP port to listen on. */
  port: number
  /** Address to bind. */
  host: string
  logLevel: LogLevel
  /** Cache-Control max-age for data responses. */
  cacheMaxAgeS: number
  /** Grace period for in-flight requests on SIGTERM/SIGINT. */
  shutdownGraceMs: number
  /** Largest /echo delay a client may ask for. */
  echoMaxDelayMs: number
  /** How many delayed /echo requests may wait at once. */
  echoMaxDelayed: number
  /** Largest request content /echo accepts and echoes. */
  echoBodyLimitBytes: number
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

/** Every setting, its default and its bounds: the README's configuration table mirrors this. */
export function loadConfig(env: Env): Readonly<Config> {
  return Object.freeze({
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: host(env, 'HOST', '127.0.0.1'),
    logLevel: oneOf(env, 'LOG_LEVEL', 'info', LOG_LEVELS),
    cacheMaxAgeS: integer(env, 'CACHE_MAX_AGE_S', 3600, 0, 31536000),
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10000, 100, 120000),
    echoMaxDelayMs: integer(env, 'ECHO_MAX_DELAY_MS', 10000, 0, 600000),
    echoMaxDelayed: integer(env, 'ECHO_MAX_DELAYED', 200, 1, 100000),
    echoBodyLimitBytes: integer(env, 'ECHO_BODY_LIMIT_BYTES', 65536, 0, 10485760)
  })
}

/** The configuration tests use: defaults, quiet logs. */
export const defaultConfig = (overrides: Partial<Config> = {}): Readonly<Config> =>
  Object.freeze({ ...loadConfig({}), logLevel: 'silent' as LogLevel, ...overrides })
