import { setMaxListeners } from 'node:events'
import { runCheck, type CheckReport, type CheckRequest, type CheckerConfig } from './checker.js'

/**
 * What stands between the route and the walker: a short-lived cache bounded by count and by bytes
 * (identical checks within the TTL reach the upstream once, in-flight ones included), shared with other
 * instances when a SharedReports is given (finished reports only), a cap on concurrent checks, and
 * abandonment: a check runs only while a client still waits for it.
 */

export interface ServiceLimits {
  cacheTtlMs: number
  cacheMaxEntries: number
  /** The cached reports' total size, as the length of their JSON. */
  cacheMaxBytes: number
  maxConcurrent: number
}

/** A cache of reports shared with other instances (Redis); it never throws, and finds nothing when it fails. */
export interface SharedReports {
  get(key: string): Promise<CheckReport | undefined>
  /** Stores a finished report for ttlMs; fire and forget. */
  set(key: string, report: CheckReport, ttlMs: number): void
}

/** Thrown when the concurrency cap is reached. */
export class BusyError extends Error {
  override name = 'BusyError'
}

/** What one caller brings to a check. */
export interface Caller {
  /** Aborted when the caller no longer waits (its client hung up): the check stops once no caller waits. */
  signal?: AbortSignal
  /**
   * Asked before each upstream request after the first, with the number about to be made; false
   * stops the chain with RATE_LIMITED. Only the caller that starts a check is asked.
   */
  more?: () => boolean | Promise<boolean>
}

interface Entry {
  expires: number
  report: Promise<CheckReport>
  /** Bytes this report counts against cacheMaxBytes; 0 while it runs. */
  bytes: number
  /** Callers still waiting for it while it runs. */
  waiting: number
  abandon: AbortController
}

export class CheckService {
  private readonly cache = new Map<string, Entry>()
  private cachedBytes = 0
  private active = 0
  private readonly closing = new AbortController()

  constructor(
    private readonly config: CheckerConfig,
    private readonly limits: ServiceLimits,
    private readonly shared?: SharedReports
  ) {
    // Every check in flight listens for shutdown on this one signal (and removes its listener when done).
    setMaxListeners(0, this.closing.signal)
  }

  /** Checks a vetted URL, from the cache when an identical check is fresh (or running), here or, when shared, in another instance. */
  async check(url: URL, options: CheckRequest, caller: Caller = {}): Promise<CheckReport> {
    const key = `${options.method} ${options.follow} ${options.maxRedirects} ${url.href}`
    let hit = this.fresh(key)
    if (hit !== undefined) return { ...(await this.wait(hit, caller)), cached: true }
    if (this.shared !== undefined && this.limits.cacheTtlMs > 0) {
      const found = await this.shared.get(key)
      if (found !== undefined) {
        const expires = Date.parse(found.checkedAt) + this.limits.cacheTtlMs
        this.remember(key, { expires, report: Promise.resolve(found), bytes: 0, waiting: 0, abandon: new AbortController() }, false)
        return { ...found, cached: true }
      }
      // Another caller may have started the same check while this one asked.
      hit = this.fresh(key)
      if (hit !== undefined) return { ...(await this.wait(hit, caller)), cached: true }
    }
    if (this.active >= this.limits.maxConcurrent) throw new BusyError('too many checks at once')
    this.active++
    const now = Date.now()
    const abandon = new AbortController()
    const signal = AbortSignal.any([this.closing.signal, abandon.signal])
    const entry: Entry = { expires: now + this.limits.cacheTtlMs, report: Promise.resolve(undefined as never), bytes: 0, waiting: 0, abandon }
    entry.report = runCheck(url, options, this.config, signal, caller.more).finally(() => this.active--)
    if (this.limits.cacheTtlMs > 0) this.remember(key, entry, true)
    return this.wait(entry, caller)
  }

  private fresh(key: string): Entry | undefined {
    const hit = this.cache.get(key)
    return hit !== undefined && hit.expires > Date.now() && !hit.abandon.signal.aborted ? hit : undefined
  }

  /** Waits for a check on behalf of one caller; the check is abandoned when its last caller leaves. */
  private async wait(entry: Entry, caller: Caller): Promise<CheckReport> {
    const { signal } = caller
    if (signal === undefined) return entry.report
    entry.waiting++
    const leave = () => {
      if (--entry.waiting === 0) entry.abandon.abort()
    }
    if (signal.aborted) leave()
    else signal.addEventListener('abort', leave, { once: true })
    try {
      return await entry.report
    } finally {
      signal.removeEventListener('abort', leave)
      if (!signal.aborted) entry.waiting--
    }
  }

  /** Keeps an entry in the local cache; `share`: a report this instance ran, offered to the shared cache when it is kept. */
  private remember(key: string, entry: Entry, share: boolean): void {
    this.forget(key)
    this.cache.set(key, entry)
    entry.report.then(
      (report) => {
        if (this.cache.get(key) !== entry) return
        // An abandoned chain, or one cut short by its caller's allowance, is no answer for anyone else.
        if (entry.abandon.signal.aborted || report.error?.code === 'RATE_LIMITED') return this.forget(key)
        entry.bytes = JSON.stringify(report).length
        this.cachedBytes += entry.bytes
        this.trim()
        if (share) this.shared?.set(key, report, entry.expires - Date.now())
      },
      () => this.forget(key)
    )
    this.trim()
  }

  /** Drops expired entries and, oldest first, what is over the count or byte bound. */
  private trim(): void {
    const now = Date.now()
    for (const [k, e] of this.cache) {
      if (this.cache.size <= this.limits.cacheMaxEntries && this.cachedBytes <= this.limits.cacheMaxBytes && e.expires > now) break
      this.forget(k)
    }
  }

  private forget(key: string): void {
    const e = this.cache.get(key)
    if (e === undefined) return
    this.cachedBytes -= e.bytes
    this.cache.delete(key)
  }

  /** The cache's size, for tests and operators. */
  get cacheSize(): { entries: number; bytes: number } {
    return { entries: this.cache.size, bytes: this.cachedBytes }
  }

  /** Aborts checks in flight (they report TIMEOUT); for shutdown. */
  close(): void {
    this.closing.abort()
  }
}

/**
 * How many checks each client has running, so that one client cannot hold every slot of
 * CHECK_MAX_CONCURRENT: a GET takes one, a POST up to as many as it runs at once.
 */
export class ClientSlots {
  private readonly held = new Map<string, number>()

  constructor(readonly perClient: number) {}

  /** Takes up to `wanted` of the client's free slots; returns how many it got (0 when it has none free). */
  take(client: string, wanted: number): number {
    const held = this.held.get(client) ?? 0
    const granted = Math.max(0, Math.min(wanted, this.perClient - held))
    if (granted > 0) this.held.set(client, held + granted)
    return granted
  }

  give(client: string, n: number): void {
    const left = (this.held.get(client) ?? 0) - n
    if (left <= 0) this.held.delete(client)
    else this.held.set(client, left)
  }
}
