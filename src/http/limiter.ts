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

/** The minimal Redis client the limiter needs (ioredis fits). */
export interface RedisLike {
  multi(): { incrby(key: string, n: number): unknown; pttl(key: string): unknown; exec(): Promise<Array<[Error | null, unknown]> | null> }
  pexpire(key: string, ms: number): Promise<unknown>
  decrby(key: string, n: number): Promise<unknown>
}

/**
 * The same fixed window kept in Redis, so that several instances share one allowance per client.
 * Fails open: when Redis does not answer, the request is allowed (and logged by the caller).
 */
export class RedisWindowLimiter implements UnitLimiter {
  constructor(
    private readonly redis: RedisLike,
    readonly limit: number,
    private readonly windowMs: number,
    private readonly prefix: string
  ) {}

  async take(key: string, units = 1): Promise<Allowance> {
    const k = `${this.prefix}${key}`
    try {
      const m = this.redis.multi()
      m.incrby(k, units)
      m.pttl(k)
      const replies = await m.exec()
      if (replies === null || replies[0]![0] !== null || replies[1]![0] !== null) throw new Error('redis transaction failed')
      const used = Number(replies[0]![1])
      let ttl = Number(replies[1]![1])
      if (ttl < 0) {
        await this.redis.pexpire(k, this.windowMs)
        ttl = this.windowMs
      }
      const allowed = used <= this.limit
      // A refused request spends nothing.
      if (!allowed) await this.redis.decrby(k, units)
      const spent = allowed ? used : used - units
      return { allowed, limit: this.limit, remaining: Math.max(0, this.limit - spent), resetS: Math.max(1, Math.ceil(ttl / 1000)) }
    } catch {
      return { allowed: true, limit: this.limit, remaining: this.limit, resetS: Math.ceil(this.windowMs / 1000) }
    }
  }
}
