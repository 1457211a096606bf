import type { Log } from '../logging.js'

/**
 * Redis as a dependency that cannot take the service down. Everything that uses Redis (the shared rate
 * limits, the shared /check cache) sends its commands through one RedisLink, which bounds each command by a
 * timeout and keeps the health state: 'ok', or 'failing-open' from the first failure or timeout until a probe
 * answers again. While it is failing, nothing waits for Redis: the callers use their per-process fallbacks.
 */

/** The part of an ioredis client the link needs (ioredis' Redis fits). */
export interface RedisClient {
  /** ioredis: 'wait' | 'connecting' | 'connect' | 'ready' | 'close' | 'reconnecting' | 'end'. */
  readonly status: string
  on(event: 'error', listener: (err: Error) => void): unknown
  on(event: 'ready' | 'close' | 'end', listener: () => void): unknown
  once(event: 'error' | 'ready' | 'end', listener: () => void): unknown
  removeListener(event: 'error' | 'ready' | 'end', listener: () => void): unknown
  ping(): Promise<unknown>
}

export interface RedisHealth {
  /** 'off': no REDIS_URL; 'ok': Redis answers; 'failing-open': it does not, and limits and caches are per process. */
  state: 'off' | 'ok' | 'failing-open'
  /** When the state began (ms since the epoch); null when off. */
  since: number | null
  /** Commands that failed or timed out since start (the recovery probes are not counted). */
  failures: number
}

export interface RedisLinkOptions {
  /** Longest a command may take before it counts as a failure and its caller falls back. */
  commandTimeoutMs: number
  /** While failing, how often Redis is probed (PING) to see whether it is back. */
  retryMs: number
  /** ioredis error events are logged at most once per this interval (the rest are counted in the next line). */
  errorLogIntervalMs: number
  log: Log
  now?: () => number
}

export class RedisTimeoutError extends Error {
  override name = 'RedisTimeoutError'
}

export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError'
}

export class RedisLink {
  private state: 'ok' | 'failing-open' = 'ok'
  private since: number
  private failures = 0
  private probing: NodeJS.Timeout | undefined
  private lastErrorLog = -Infinity
  private errorsUnlogged = 0
  private closing = false
  private readonly now: () => number

  constructor(
    readonly client: RedisClient,
    private readonly options: RedisLinkOptions
  ) {
    this.now = options.now ?? Date.now
    this.since = this.now()
    // With a listener, ioredis no longer writes "[ioredis] Unhandled error event" to stderr.
    client.on('error', (err) => this.connectionError(err))
    client.on('ready', () => {
      if (this.state === 'failing-open') void this.probe()
    })
    client.on('end', () => this.fail('the connection ended'))
  }

  /** True when commands may be sent: the link is healthy and connected. Until the first connection is ready, callers use their fallbacks without a warning. */
  get usable(): boolean {
    return this.state === 'ok' && this.client.status === 'ready'
  }

  health(): RedisHealth {
    return { state: this.state, since: this.since, failures: this.failures }
  }

  /** Runs one command, bounded by the command timeout. A failure or timeout turns the link failing-open and rethrows. */
  async run<T>(command: (client: RedisClient) => Promise<T>): Promise<T> {
    if (!this.usable) throw new RedisUnavailableError('Redis is not in use')
    try {
      return await this.bounded(command(this.client))
    } catch (err) {
      this.failures++
      this.fail(err instanceof Error ? err.message : String(err))
      throw err
    }
  }

  /**
   * Resolves once the first connection is ready or has failed, or after timeoutMs: an app waits for this before it
   * listens, so that it starts with Redis in use when Redis is there (requests before it would use the fallbacks).
   */
  async connected(timeoutMs: number): Promise<void> {
    if (this.client.status === 'ready' || this.client.status === 'end') return
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        for (const event of ['ready', 'error', 'end'] as const) this.client.removeListener(event, done)
        resolve()
      }
      const timer = setTimeout(done, timeoutMs)
      for (const event of ['ready', 'error', 'end'] as const) this.client.once(event, done)
    })
  }

  /** Stops probing and stays quiet from now on (the app is closing and the client is about to quit). */
  close(): void {
    this.closing = true
    clearInterval(this.probing)
  }

  /**
   * The command, or a RedisTimeoutError after commandTimeoutMs. The timer rejects from setImmediate: after an event
   * loop stall, timers run before pending I/O is read, and a reply that arrived during the stall must win.
   */
  private bounded<T>(promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_resolve, reject) => {
      const late = () => reject(new RedisTimeoutError(`Redis did not answer within ${this.options.commandTimeoutMs} ms`))
      timer = setTimeout(() => setImmediate(late), this.options.commandTimeoutMs)
    })
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
  }

  private fail(reason: string): void {
    if (this.state === 'failing-open' || this.closing) return
    this.state = 'failing-open'
    this.since = this.now()
    this.options.log.warn({ redis: { state: this.state, reason, failures: this.failures } }, 'Redis is failing: rate limits and the /check cache are per process until it answers again')
    this.probing = setInterval(() => void this.probe(), this.options.retryMs)
    this.probing.unref()
  }

  private async probe(): Promise<void> {
    if (this.state === 'ok' || this.client.status !== 'ready') return
    try {
      await this.bounded(this.client.ping())
    } catch {
      return
    }
    // Another probe (the 'ready' event's and the timer's) may have recovered it meanwhile.
    if (this.closing || this.health().state === 'ok') return
    clearInterval(this.probing)
    const failedMs = this.now() - this.since
    this.state = 'ok'
    this.since = this.now()
    this.options.log.warn({ redis: { state: this.state, failedMs, failures: this.failures } }, 'Redis answers again: rate limits and the /check cache are shared again')
  }

  /** ioredis' own errors (a refused or lost connection): into the structured log, at most one line per interval. */
  private connectionError(err: Error): void {
    if (this.closing) return
    const now = this.now()
    if (now - this.lastErrorLog >= this.options.errorLogIntervalMs) {
      this.options.log.warn({ redis: { error: err.message, code: (err as { code?: string }).code ?? null, unlogged: this.errorsUnlogged } }, 'Redis connection error')
      this.lastErrorLog = now
      this.errorsUnlogged = 0
    } else {
      this.errorsUnlogged++
    }
    this.fail(err.message)
  }
}
