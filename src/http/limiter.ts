import type { RedisClient, RedisLink } from './redis.js'

/**
 * A fixed-window counter per client that can take several units at once (POST /check spends
 * one per URL). Bounded: at most maxKeys clients are tracked. When that many windows are open, the
 * ones that have ended are dropped; if none has, a new client is refused (and counted in
 * refusedKeys) rather than another client's window forgotten: forgetting one would give that
 * client a fresh allowance, which is what a flood of new keys would be after.
 */
export interface Allowance {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the window resets. */
  resetS: number
  /** True when the refusal is because the limiter tracks as many clients as it may. */
  crowded?: boolean
}

/** Spends units of a client's allowance; in memory or in Redis. */
export interface UnitLimiter {
  readonly limit: number
  take(key: string, units?: number): Promise<Allowance>
  /** The answer without waiting, when the limiter has it at hand; undefined when it must ask (Redis). */
  takeNow?(key: string, units?: number): Allowance | undefined
}

export class WindowLimiter implements UnitLimiter {
  /** Open windows in the order they started (a window that restarts moves to the end). */
  private readonly windows = new Map<string, { start: number; used: number }>()
  /** New clients refused because maxKeys windows were open. */
  refusedKeys = 0

  constructor(
    readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now
  ) {}

  async take(key: string, units = 1): Promise<Allowance> {
    return this.takeNow(key, units)
  }

  takeNow(key: string, units = 1): Allowance {
    const now = this.now()
    let w = this.windows.get(key)
    if (w === undefined || now - w.start >= this.windowMs) {
      if (w !== undefined) this.windows.delete(key)
      this.dropEnded(now)
      if (this.windows.size >= this.maxKeys) {
        this.refusedKeys++
        const oldest = this.windows.values().next().value!
        return { allowed: false, limit: this.limit, remaining: 0, resetS: this.secondsLeft(oldest.start, now), crowded: true }
      }
      w = { start: now, used: 0 }
      this.windows.set(key, w)
    }
    const allowed = w.used + units <= this.limit
    if (allowed) w.used += units
    return { allowed, limit: this.limit, remaining: Math.max(0, this.limit - w.used), resetS: this.secondsLeft(w.start, now) }
  }

  /** Drops the windows that have ended: they are the oldest, at the front, so this stops at the first open one. */
  private dropEnded(now: number): void {
    for (const [k, old] of this.windows) {
      if (now - old.start < this.windowMs) break
      this.windows.delete(k)
    }
  }

  private secondsLeft(start: number, now: number): number {
    return Math.max(1, Math.ceil((start + this.windowMs - now) / 1000))
  }
}

/** What the shared limiter asks of Redis (ioredis fits). */
export interface EvalClient extends RedisClient {
  eval(script: string, numKeys: number, ...args: Array<string | number>): Promise<unknown>
}

/**
 * Takes a lease of up to ARGV[4] units, and at least ARGV[3] (the units the request needs), from the client's
 * window in KEYS[1] without passing the limit (ARGV[1]); the window (ARGV[2] ms) starts with its first lease.
 * Returns { units granted (0: refused), units leased in the window so far, ms until the window ends }.
 */
const LEASE_SCRIPT = `
local used = tonumber(redis.call('GET', KEYS[1]) or '0')
local ttl = redis.call('PTTL', KEYS[1])
local grant = math.min(tonumber(ARGV[4]), tonumber(ARGV[1]) - used)
if grant < tonumber(ARGV[3]) then return {0, used, ttl} end
used = redis.call('INCRBY', KEYS[1], grant)
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  ttl = tonumber(ARGV[2])
end
return {grant, used, ttl}`

/** A lease is at most this fraction (1/LEASE_SHARE) of what is left of the client's window, so leases shrink near the limit. */
export const LEASE_SHARE = 8

interface Lease {
  /** Units leased in Redis for this window, by all instances, when this instance last asked. */
  used: number
  /** Units leased to this instance and not yet spent. */
  left: number
  /** When the window ends (this instance's clock). */
  expires: number
  /** The lease being asked for, so that concurrent requests of one client wait for it rather than ask again. */
  asking?: Promise<unknown>
}

export interface SharedLimiterOptions {
  limit: number
  windowMs: number
  /** Redis key prefix of this allowance. */
  prefix: string
  /** Largest lease, in units: each instance spends at most this many units of a client's window between two Redis calls. */
  leaseMaxUnits: number
  /** Most clients whose leases are kept at once; past it, clients ask Redis for each request. Also the fallback's bound. */
  maxKeys: number
  now?: () => number
}

/**
 * The fixed window kept in Redis, shared by every instance, at a fraction of a round trip per request: an
 * instance leases units of a client's window from Redis (at most leaseMaxUnits, and at most 1/LEASE_SHARE of
 * what is left) and spends them locally. Redis never grants more than the limit, so a client never gets more
 * than `limit` per window, whichever instances answer; units leased by an instance the client no longer
 * reaches are lost to it, so with k instances a client may be refused up to (k - 1) x the largest lease early
 * (docs/operating.md). A refusal is decided locally while the window lasts (its count only grows).
 *
 * When Redis fails or does not answer in time (RedisLink), the request is decided by a per-process
 * WindowLimiter instead, until Redis answers again: limits per instance, never none.
 */
export class SharedWindowLimiter implements UnitLimiter {
  readonly limit: number
  private readonly leases = new Map<string, Lease>()
  private readonly fallback: WindowLimiter
  private readonly now: () => number

  constructor(
    private readonly link: RedisLink,
    private readonly options: SharedLimiterOptions
  ) {
    this.limit = options.limit
    this.now = options.now ?? Date.now
    this.fallback = new WindowLimiter(options.limit, options.windowMs, options.maxKeys, this.now)
  }

  /** The answer when it needs no Redis round trip (units left on the lease, or a refusal already known); undefined otherwise. */
  takeNow(key: string, units = 1): Allowance | undefined {
    if (!this.link.usable) return this.fallback.takeNow(key, units)
    const lease = this.leases.get(key)
    if (lease === undefined) return undefined
    const now = this.now()
    if (lease.expires <= now) return undefined
    if (lease.left >= units) {
      lease.left -= units
      return this.allowance(true, lease, now)
    }
    if (units > lease.left + this.limit - lease.used) return this.allowance(false, lease, now)
    return undefined
  }

  async take(key: string, units = 1): Promise<Allowance> {
    for (let waits = 0; ; waits++) {
      const quick = this.takeNow(key, units)
      if (quick !== undefined) return quick
      const asking = this.leases.get(key)?.asking
      if (asking === undefined || waits >= 3) return this.ask(key, units)
      await asking
    }
  }

  /** Asks Redis for a lease that covers `units`. */
  private async ask(key: string, units: number): Promise<Allowance> {
    const { limit, leaseMaxUnits } = this.options
    let lease = this.leases.get(key)
    if (lease === undefined || lease.expires <= this.now()) {
      if (lease !== undefined) this.leases.delete(key)
      // Until Redis says when the window ends, it is assumed to end a window from now.
      lease = { used: 0, left: 0, expires: this.now() + this.options.windowMs }
      if (!this.room()) lease = undefined
      else this.leases.set(key, lease)
    }
    // With no room to keep a lease, ask for exactly what the request needs.
    const wanted = lease === undefined ? units : Math.max(units, Math.min(leaseMaxUnits, Math.floor((limit - lease.used) / LEASE_SHARE)))
    const asking = this.link.run((client) => (client as EvalClient).eval(LEASE_SCRIPT, 1, `${this.options.prefix}${key}`, limit, this.options.windowMs, units, wanted))
    if (lease !== undefined) lease.asking = asking.catch(() => {})
    let reply: [number, number, number]
    try {
      reply = (await asking) as [number, number, number]
    } catch {
      if (lease !== undefined) this.leases.delete(key)
      return this.fallback.takeNow(key, units)
    } finally {
      if (lease !== undefined) delete lease.asking
    }
    const [granted, used, ttl] = reply.map(Number) as [number, number, number]
    const now = this.now()
    const state = lease ?? { used, left: 0, expires: 0 }
    state.used = used
    state.expires = now + (ttl > 0 ? ttl : this.options.windowMs)
    if (granted === 0) return this.allowance(false, state, now)
    state.left += granted - units
    return this.allowance(true, state, now)
  }

  /** Whether another client's lease may be kept: drops ended ones (oldest first) when the map is full. */
  private room(): boolean {
    if (this.leases.size < this.options.maxKeys) return true
    const now = this.now()
    for (const [k, old] of this.leases) {
      if (old.expires > now || old.asking !== undefined) break
      this.leases.delete(k)
    }
    return this.leases.size < this.options.maxKeys
  }

  private allowance(allowed: boolean, lease: Lease, now: number): Allowance {
    return {
      allowed,
      limit: this.limit,
      remaining: Math.max(0, lease.left + this.limit - lease.used),
      resetS: Math.max(1, Math.ceil((lease.expires - now) / 1000))
    }
  }
}
