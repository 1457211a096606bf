import { createHash } from 'node:crypto'
import type { RedisClient, RedisLink } from '../http/redis.js'
import type { CheckReport } from './checker.js'
import type { SharedReports } from './service.js'

/** What the shared cache asks of Redis (ioredis fits). */
export interface GetSetClient extends RedisClient {
  get(key: string): Promise<string | null>
  set(key: string, value: string, px: 'PX', ms: number): Promise<unknown>
}

/**
 * /check reports shared between instances through Redis, so that identical checks within CHECK_CACHE_TTL_MS
 * reach the upstream once however many replicas there are. Each report is one key that expires with its TTL
 * (so Redis holds at most what all replicas checked in the last TTL); the key is a hash of the service's cache
 * key, so its length is bounded whatever the URL. Fail-safe: while Redis fails or is slow (RedisLink), get
 * finds nothing and set does nothing, and each instance has its local cache only.
 */
export class RedisReports implements SharedReports {
  constructor(
    private readonly link: RedisLink,
    private readonly prefix = 'siteerror-check-cache-'
  ) {}

  async get(key: string): Promise<CheckReport | undefined> {
    if (!this.link.usable) return undefined
    let raw: string | null
    try {
      raw = await this.link.run((client) => (client as GetSetClient).get(this.redisKey(key)))
    } catch {
      return undefined
    }
    return raw === null ? undefined : parse(raw)
  }

  set(key: string, report: CheckReport, ttlMs: number): void {
    if (!this.link.usable || ttlMs < 1) return
    this.link.run((client) => (client as GetSetClient).set(this.redisKey(key), JSON.stringify(report), 'PX', Math.ceil(ttlMs))).catch(() => {})
  }

  private redisKey(key: string): string {
    return `${this.prefix}${createHash('sha256').update(key).digest('base64url')}`
  }
}

/** A stored report, or undefined when the value is not one (another program's key, a partial write). */
function parse(raw: string): CheckReport | undefined {
  try {
    const value = JSON.parse(raw) as CheckReport
    return typeof value === 'object' && value !== null && typeof value.url === 'string' && typeof value.checkedAt === 'string' ? value : undefined
  } catch {
    return undefined
  }
}
