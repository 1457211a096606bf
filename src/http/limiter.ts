/**
 * A fixed-window counter per client that can take several units at once (POST /check spends
 * one per URL). Bounded: windows that have ended are dropped, and at most maxKeys clients are tracked.
 */
export interface Allowance {
  allowed: boolean
  limit: number
  remaining: number
  /** Seconds until the window resets. */
  resetS: number
}

export class WindowLimiter {
  private readonly windows = new Map<string, { start: number; used: number }>()

  constructor(
    readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 100_000,
    private readonly now: () => number = Date.now
  ) {}

  take(key: string, units = 1): Allowance {
    const now = this.now()
    let w = this.windows.get(key)
    if (w === undefined || now - w.start >= this.windowMs) {
      this.windows.delete(key)
      w = { start: now, used: 0 }
      this.windows.set(key, w)
      for (const [k, old] of this.windows) {
        if (this.windows.size <= this.maxKeys && now - old.start < this.windowMs) break
        this.windows.delete(k)
      }
    }
    const allowed = w.used + units <= this.limit
    if (allowed) w.used += units
    const resetS = Math.max(1, Math.ceil((w.start + this.windowMs - now) / 1000))
    return { allowed, limit: this.limit, remaining: Math.max(0, this.limit - w.used), resetS }
  }
}
