import type { RedisHealth } from './redis.js'

/**
 * Readiness and the graceful drain (pure: no Fastify). An instance is ready once it serves (the
 * catalog is loaded before the listener opens, so "loading" is never seen on the wire) and stops
 * being ready when it starts to drain: the process calls drain() on SIGTERM, keeps accepting for
 * the drain delay while balancers notice /ready's 503, then closes. `deadline` is the moment by
 * which in-flight work must have answered: delayed /echo requests that would end later are cut short.
 */


export interface Readiness {
  ready: boolean
  /** Why not, for the 503's detail; undefined when ready. */
  reason: string | undefined
  checks: {
    catalog: 'loaded'
    draining: boolean
    redis: RedisHealth['state']
    redisRequired: boolean
  }
}

export class Lifecycle {
  #drainingSince: number | null = null
  #deadline = Infinity

  /** performance.now() when the drain began, or null. */
  get drainingSince(): number | null {
    return this.#drainingSince
  }

  get draining(): boolean {
    return this.#drainingSince !== null
  }

  /** performance.now() by which in-flight requests must have answered; Infinity while not draining. */
  get deadline(): number {
    return this.#deadline
  }

  /** Starts the drain (once; later calls keep the first deadline). */
  drain(deadline: number): void {
    if (this.#drainingSince !== null) return
    this.#drainingSince = performance.now()
    this.#deadline = deadline
  }

  /** Whether a wait of `ms` starting now would end by the deadline. */
  fits(ms: number): boolean {
    return performance.now() + ms <= this.#deadline
  }

  readiness(redis: RedisHealth, redisRequired: boolean): Readiness {
    const checks = { catalog: 'loaded' as const, draining: this.draining, redis: redis.state, redisRequired }
    let reason: string | undefined
    if (this.draining) reason = 'The server is draining before it shuts down; send requests to another instance.'
    else if (redisRequired && redis.state === 'failing-open') {
      reason = `Redis is failing (${redis.failures} failed commands) and this instance is configured to need it (REDIS_REQUIRED).`
    }
    return { ready: reason === undefined, reason, checks }
  }
}
