// Redis as a dependency that cannot take the service down, on a real redis-server: shared limits between two
// instances (and the bound of their leases), and stopping, hanging and restarting Redis under requests.
import t, { type Test } from 'tap'
import { Redis } from 'ioredis'
import http from 'node:http'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import pino from 'pino'
import { createHash } from 'node:crypto'
import { buildApp } from '../src/app.js'
import { defaultConfig, type Config } from '../src/config.js'
import { LEASE_SHARE, SharedWindowLimiter } from '../src/http/limiter.js'
import { RedisLink } from '../src/http/redis.js'
import { catalog } from './helper.js'
import type { Resolver } from '../src/check/checker.js'
import { noRedis, redisServer, type RedisServer } from './redis-server.js'

interface LogLine {
  level: number
  msg: string
  redis?: Record<string, unknown>
}

/** An app on `redis` (a URL: the app makes its own client, as in production; or a client), and its warnings. */
async function app(t: Test, config: Partial<Config>, redis: string | Redis, extra: { checkResolver?: Resolver } = {}) {
  const lines: LogLine[] = []
  const log = pino({ level: 'warn' }, { write: (line: string) => lines.push(JSON.parse(line)) })
  const settings = { pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 }, ...config }
  const instance = await buildApp({
    config: defaultConfig(typeof redis === 'string' ? { ...settings, redisUrl: redis } : settings),
    catalog: catalog(),
    log,
    ...extra,
    ...(typeof redis === 'string' ? {} : { redis })
  })
  t.teardown(() => instance.close())
  await instance.ready()
  return { instance, lines }
}

/** A client of the test's own, connected, for an app to share. */
async function client(t: Test, server: RedisServer): Promise<Redis> {
  const c = new Redis({ port: server.port, host: '127.0.0.1', maxRetriesPerRequest: 1, enableOfflineQueue: false })
  c.on('error', () => {})
  await new Promise((resolve) => c.once('ready', resolve))
  t.teardown(() => c.disconnect())
  return c
}

/** Waits (bounded) until the app's Redis state is `state`. */
async function until(instance: { redisHealth(): { state: string } }, state: string): Promise<boolean> {
  for (let i = 0; i < 400; i++) {
    if (instance.redisHealth().state === state) return true
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  return false
}

const statuses = async (answer: () => Promise<{ statusCode: number }>, n: number) => {
  const out: number[] = []
  for (let i = 0; i < n; i++) out.push((await answer()).statusCode)
  return out
}

t.test('without REDIS_URL the Redis state is off', async (t) => {
  const instance = await buildApp({ config: defaultConfig(), catalog: catalog() })
  t.teardown(() => instance.close())
  t.same(instance.redisHealth(), { state: 'off', since: null, failures: 0 })
})

t.test('with Redis, two instances share one allowance', { skip: noRedis }, async (t) => {
  const server = await redisServer(t)
  // A long command timeout: a loaded machine must not turn a slow answer into a fallback here.
  const limits = { rateLimitPerMin: 50, rateLimitLeaseMaxUnits: 20, redisCommandTimeoutMs: 5000 }

  await t.test('one lease at a time (RATE_LIMIT_LEASE_MAX_UNITS=1): the 51st request of 50 is a 429, whichever instance answers', async (t) => {
    await server.client.flushall()
    const exact = { ...limits, rateLimitLeaseMaxUnits: 1 }
    const a = (await app(t, exact, server.url)).instance
    const b = (await app(t, exact, server.url)).instance
    t.equal(a.redisHealth().state, 'ok')
    const got: number[] = []
    for (let i = 0; i < 51; i++) got.push((await (i % 2 === 0 ? a : b).inject('/codes/200')).statusCode)
    t.same(got, [...Array(50).fill(200), 429])
    const refused = await a.inject('/codes/200')
    t.equal(refused.statusCode, 429, 'and on the other instance too')
    t.equal(refused.headers['ratelimit-remaining'], '0')
  })

  await t.test('leases: never more than the limit, and at most (k - 1) x (lease - 1) fewer', async (t) => {
    await server.client.flushall()
    const a = (await app(t, limits, server.url)).instance
    const b = (await app(t, limits, server.url)).instance
    const alternating: number[] = []
    for (let i = 0; i < 70; i++) alternating.push((await (i % 2 === 0 ? a : b).inject('/codes/200')).statusCode)
    const allowed = alternating.filter((s) => s === 200).length
    const lease = Math.min(limits.rateLimitLeaseMaxUnits, Math.floor(limits.rateLimitPerMin / LEASE_SHARE))
    t.ok(allowed <= 50, `alternating between two instances: ${allowed} allowed, never more than 50`)
    t.ok(allowed >= 50 - (lease - 1), `and no fewer than 50 - (2 - 1) x (${lease} - 1)`)
    t.same(alternating.slice(50), Array(20).fill(429), 'everything past the 50th is a 429')

    // The worst case: one request leases on a, then the client only reaches b: a's unspent lease is lost to it.
    await server.client.flushall()
    const c = (await app(t, limits, server.url)).instance
    const d = (await app(t, limits, server.url)).instance
    t.equal((await c.inject('/codes/200')).statusCode, 200)
    const rest = await statuses(() => d.inject('/codes/200'), 60)
    t.equal(1 + rest.filter((s) => s === 200).length, 50 - (lease - 1), `the bound is reached: ${lease - 1} units leased to a stay unused`)
    t.equal(await server.client.get('siteerror-rl-127.0.0.1'), '50', 'Redis never leased past the limit')
    t.ok((await server.client.pttl('siteerror-rl-127.0.0.1')) > 0, 'the window expires')
  })

  await t.test('the limiter: weighted takes, local refusals, few round trips', async (t) => {
    await server.client.flushall()
    const link = new RedisLink(await client(t, server), { commandTimeoutMs: 1000, retryMs: 100, errorLogIntervalMs: 0, log: pino({ level: 'silent' }) })
    t.teardown(() => link.close())
    const limiter = new SharedWindowLimiter(link, { limit: 100, windowMs: 60_000, prefix: 'test-', leaseMaxUnits: 10, maxKeys: 2 })
    t.match(await limiter.take('x', 4), { allowed: true, remaining: 96 }, 'a lease of 10 covers 4 units')
    t.equal(await server.client.get('test-x'), '10')
    t.match(limiter.takeNow('x', 6), { allowed: true, remaining: 90 }, 'the rest of the lease is spent without Redis')
    t.equal(limiter.takeNow('x', 1), undefined, 'then it must ask')
    t.match(await limiter.take('x', 90), { allowed: true, remaining: 0 }, 'a take larger than the lease size gets what it needs')
    t.match(await limiter.take('x', 1), { allowed: false, remaining: 0 })
    t.equal(await server.client.get('test-x'), '100')
    server.hang()
    try {
      t.match(limiter.takeNow('x', 1), { allowed: false }, 'a known refusal needs no Redis (it is hung)')
    } finally {
      server.resume()
    }
    t.equal(link.health().state, 'ok')
    // Concurrent requests of one client wait for one lease rather than each asking.
    const together = await Promise.all(Array.from({ length: 8 }, () => limiter.take('y')))
    t.ok(together.every((a) => a.allowed))
    t.equal(await server.client.get('test-y'), '10', 'eight requests, one lease of 10')
    // Only maxKeys (2) clients keep leases; a third asks for what each request needs.
    t.match(await limiter.take('z', 1), { allowed: true })
    t.equal(await server.client.get('test-z'), '1')
    t.match(await limiter.take('x', 101), { allowed: false, remaining: 0 }, 'more than the limit is refused')
    // While a new client's first lease is asked for, a take it can never get is refused at once, with a finite reset.
    const roomy = new SharedWindowLimiter(link, { limit: 100, windowMs: 60_000, prefix: 'test-', leaseMaxUnits: 10, maxKeys: 10 })
    const asking = roomy.take('w', 1)
    t.match(roomy.takeNow('w', 101), { allowed: false, resetS: 60 })
    t.match(await asking, { allowed: true })
  })
})

t.test('Redis stopped, hung and restarted: every request answered, with per-process limits meanwhile', { skip: noRedis }, async (t) => {
  const server = await redisServer(t)
  // Nothing may reach stderr: ioredis writes "[ioredis] Unhandled error event" there when no one listens.
  const stderr: string[] = []
  const write = process.stderr.write.bind(process.stderr)
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    stderr.push(String(chunk))
    return (write as (...args: unknown[]) => boolean)(chunk, ...rest)
  }) as typeof process.stderr.write
  t.teardown(() => {
    process.stderr.write = write
  })
  const { instance, lines } = await app(t, { rateLimitPerMin: 3, redisRetryMs: 50, redisErrorLogIntervalMs: 60_000, redisCommandTimeoutMs: 500 }, server.url)
  const get = () => instance.inject({ url: '/codes/200', remoteAddress: next() })
  let client = 0
  const next = () => `192.0.2.${client}`
  const warnings = (pattern: RegExp) => lines.filter((l) => pattern.test(l.msg)).length

  t.equal(instance.redisHealth().state, 'ok')
  client = 1
  t.same(await statuses(get, 4), [200, 200, 200, 429], 'shared limits')
  t.equal(await server.client.get('siteerror-rl-192.0.2.1'), '3')

  await server.stop()
  t.ok(await until(instance, 'failing-open'), 'stopped: failing open')
  client = 2
  t.same(await statuses(get, 5), [200, 200, 200, 429, 429], 'stopped: per-process limits, not none')
  t.equal(warnings(/^Redis is failing/), 1, 'one warning when it starts failing')
  t.equal(warnings(/^Redis connection error/), 1, 'connection errors are logged, at most one per interval')
  t.match(lines.find((l) => /^Redis connection error/.test(l.msg)), { level: 40, redis: { code: 'ECONNREFUSED' } })

  await server.start()
  t.ok(await until(instance, 'ok'), 'restarted: shared again')
  t.equal(warnings(/^Redis answers again/), 1, 'one line when it recovers')
  client = 3
  t.same(await statuses(get, 4), [200, 200, 200, 429])
  t.equal(await server.client.get('siteerror-rl-192.0.2.3'), '3', 'counted in Redis again')

  server.hang()
  client = 4
  try {
    t.same(await statuses(get, 4), [200, 200, 200, 429], 'hung: every request answered (the first after the command timeout), per-process limits')
    t.match(instance.redisHealth(), { state: 'failing-open', failures: 1 }, 'one command timed out; the rest did not wait for Redis')
  } finally {
    server.resume()
  }
  t.ok(await until(instance, 'ok'), 'resumed: the probe finds it again')
  t.equal(warnings(/^Redis is failing/), 2)
  t.equal(warnings(/^Redis answers again/), 2)
  t.match(lines.filter((l) => /^Redis is failing/.test(l.msg))[1], { redis: { reason: /did not answer within 500 ms/ } })
  t.notOk(stderr.join('').includes('[ioredis]'), 'nothing from ioredis on stderr')
})

t.test('the /check cache is shared through Redis, and local only while Redis fails', { skip: noRedis }, async (t) => {
  const server = await redisServer(t)
  let hits = 0
  const upstream = http.createServer((_req, res) => {
    hits++
    res.writeHead(204).end()
  })
  upstream.listen(0, '127.0.0.2')
  await once(upstream, 'listening')
  t.teardown(() => upstream.close())
  const port = (upstream.address() as AddressInfo).port
  const checkResolver: Resolver = async () => [{ address: '127.0.0.2', family: 4 }]
  const settings = {
    redisCommandTimeoutMs: 5000,
    redisRetryMs: 50,
    check: { ...defaultConfig().check, ports: [port], allowAddresses: ['127.0.0.2'], cacheTtlMs: 60_000 }
  }
  const a = (await app(t, settings, server.url, { checkResolver })).instance
  const b = (await app(t, settings, server.url, { checkResolver })).instance
  const check = async (instance: typeof a, path: string) => {
    const res = await instance.inject(`/check?url=${encodeURIComponent(`http://fixture.test:${port}${path}`)}`)
    t.equal(res.statusCode, 200)
    return JSON.parse(res.body) as { status: number; cached: boolean; checkedAt: string }
  }
  const first = await check(a, '/one')
  t.match(first, { status: 204, cached: false })
  const there = await check(b, '/one')
  t.same(there, { ...first, cached: true }, 'the other instance answers from the shared cache: the same report')
  t.equal(hits, 1, 'one upstream request for two instances')
  t.equal((await server.client.keys('siteerror-check-cache-*')).length, 1)
  t.ok((await server.client.pttl((await server.client.keys('siteerror-check-cache-*'))[0]!)) > 0, 'the shared entry expires')
  t.match(await check(b, '/one'), { cached: true }, 'and from its local copy after that')

  await server.stop()
  t.ok(await until(b, 'failing-open'))
  t.match(await check(b, '/two'), { status: 204, cached: false }, 'Redis down: checks still run')
  t.match(await check(b, '/two'), { cached: true }, 'with the local cache')
  t.match(await check(a, '/two'), { cached: false }, 'but not shared')
  t.equal(hits, 3)
  await server.start()
  t.ok(await until(a, 'ok'))
  t.ok(await until(b, 'ok'))
  await check(a, '/three')
  t.match(await check(b, '/three'), { cached: true }, 'shared again once Redis is back')
  t.equal(hits, 4)
  const four = `siteerror-check-cache-${createHash('sha256').update(`HEAD true 10 http://fixture.test:${port}/four`).digest('base64url')}`
  await server.client.set(four, 'not a report')
  t.match(await check(b, '/four'), { cached: false }, 'a value that is not a report is ignored')
  t.match(JSON.parse((await server.client.get(four))!), { status: 204 }, 'and replaced by the report')
})
