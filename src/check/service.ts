import { setMaxListeners } from 'node:events'
import { runCheck, type CheckReport, type CheckRequest, type CheckerConfig } from './checker.js'

/**
 * What stands between the route and the walker: a short-lived bounded cache (identical checks
 * within the TTL reach the upstream once, in-flight ones included) and a cap on concurrent checks.
 */

export interface ServiceLimits {
  cacheTtlMs: number
  cacheMaxEntries: number
  maxConcurrent: number
}

/** Thrown when the concurrency cap is reached. */
export class BusyError extends Error {
  override name = 'BusyError'
}

interface Entry {
  expires: number
  report: Promise<CheckReport>
}

export class CheckService {
  private readonly cache = new Map<string, Entry>()
  private active = 0
  private readonly closing = new AbortController()

  constructor(
    private readonly config: CheckerConfig,
    private readonly limits: ServiceLimits
  ) {
    // Every check in flight listens for shutdown on this one signal (and removes its listener when done).
    setMaxListeners(0, this.closing.signal)
  }

  /** Checks a vetted URL, from the cache when an identical check is fresh. */
  async check(url: URL, options: CheckRequest): Promise<CheckReport> {
    const key = `${options.method} ${options.follow} ${options.maxRedirects} ${url.href}`
    const now = Date.now()
    const hit = this.cache.get(key)
    if (hit !== undefined && hit.expires > now) return { ...(await hit.report), cached: true }
    if (this.active >= this.limits.maxConcurrent) throw new BusyError('too many checks at once')
    this.active++
    const report = runCheck(url, options, this.config, this.closing.signal).finally(() => this.active--)
    if (this.limits.cacheTtlMs > 0) {
      this.cache.delete(key)
      this.cache.set(key, { expires: now + this.limits.cacheTtlMs, report })
      for (const [k, e] of this.cache) {
        if (this.cache.size <= this.limits.cacheMaxEntries && e.expires > now) break
        this.cache.delete(k)
      }
    }
    return report
  }

  /** Aborts checks in flight (they report TIMEOUT); for shutdown. */
  close(): void {
    this.closing.abort()
  }
}
