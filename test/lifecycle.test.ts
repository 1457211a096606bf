// Readiness (/ready) and what the drain changes in answers; the drain of a real process is in server.test.ts.
import t from 'tap'
import http from 'node:http'
import { once } from 'node:events'
import type { AddressInfo } from 'node:net'
import { Lifecycle } from '../src/http/lifecycle.js'
import type { RedisHealth } from '../src/http/redis.js'
import { defaultConfig } from '../src/config.js'
import { buildApp } from '../src/app.js'
import { build, catalog } from './helper.js'

const off: RedisHealth = { state: 'off', since: null, failures: 0 }
const failing: RedisHealth = { state: 'failing-open', since: Date.now(), failures: 3 }

t.test('Lifecycle.readiness: ready unless draining, or Redis failing while required', async (t) => {
  const life = new Lifecycle()
  t.same(life.readiness(off, false), { ready: true, reason: undefined, checks: { catalog: 'loaded', draining: false, redis: 'off', redisRequired: false } })
  t.equal(life.readiness(failing, false).ready, true, 'a failing Redis that is not required: ready, limits per process')
  t.match(life.readiness(failing, true), { ready: false, reason: /Redis is failing \(3 failed commands\).*REDIS_REQUIRED/, checks: { redis: 'failing-open', redisRequired: true } })
  t.equal(life.readiness({ state: 'ok', since: 1, failures: 0 }, true).ready, true, 'a required Redis that works: ready')
  t.equal(life.deadline, Infinity)
  t.ok(life.fits(1e9), 'any delay fits while not draining')
  const deadline = performance.now() + 1000
  life.drain(deadline)
  life.drain(deadline + 5000)
  t.equal(life.deadline, deadline, 'a second drain keeps the first deadline')
  t.ok(life.draining)
  t.type(life.drainingSince, 'number')
  t.match(life.readiness(off, false), { ready: false, reason: /draining/, checks: { draining: true } })
  t.notOk(life.fits(5000), 'a wait past the deadline does not fit')
  t.ok(life.fits(0))
})

t.test('GET /ready is 200 with its checks, never cached, never rate limited', async (t) => {
  const app = await build(t, { rateLimitPerMin: 1 })
  for (let i = 0; i < 3; i++) {
    const res = await app.inject('/ready')
    t.equal(res.statusCode, 200)
    t.same(res.json(), { status: 'ready', checks: { catalog: 'loaded', draining: false, redis: 'off', redisRequired: false } })
    t.equal(res.headers['cache-control'], 'no-store')
    t.equal(res.headers['ratelimit-limit'], undefined, 'spends no allowance')
    t.not(res.headers.connection, 'close', 'no Connection: close while not draining')
  }
  t.equal((await app.inject('/codes/200')).statusCode, 200)
  t.equal((await app.inject('/codes/200')).statusCode, 429, 'the allowance of 1 is spent elsewhere')
})

t.test('GET /ready stays 200 while load is shed', async (t) => {
  const app = await build(t, { pressure: { ...defaultConfig().pressure, maxHeapUsedBytes: 1 } })
  const until = Date.now() + 10_000
  while (!app.isUnderPressure() && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50))
  t.ok(app.isUnderPressure(), 'under pressure')
  t.equal((await app.inject('/codes/200')).statusCode, 503, 'other requests are shed')
  t.equal((await app.inject('/ready')).statusCode, 200, '/ready is not')
})

t.test('while draining: /ready is a 503 problem, answers ask to close, delays that would end too late are 503', async (t) => {
  const app = await build(t, { echoMaxDelayMs: 5000, pressure: { ...defaultConfig().pressure, retryAfterS: 7 } })
  app.lifecycle.drain(performance.now() + 2000)
  const ready = await app.inject('/ready')
  t.equal(ready.statusCode, 503)
  t.equal(ready.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.equal(ready.headers['retry-after'], '7')
  t.equal(ready.headers['cache-control'], 'no-store')
  t.equal(ready.headers.connection, 'close')
  t.match(ready.json(), { type: '/problems/unavailable', status: 503, code: 'ERR_UNAVAILABLE', detail: 'The server is draining before it shuts down; send requests to another instance.', instance: '/ready' })
  const health = await app.inject('/health')
  t.equal(health.statusCode, 200, '/health is liveness: still 200')
  t.equal(health.headers.connection, 'close')
  const late = await app.inject('/echo/200?delay=5000')
  t.equal(late.statusCode, 503, 'a delay past the deadline is refused at once')
  t.match(late.json(), { code: 'ERR_UNAVAILABLE', detail: /shutting down before the delay would end/ })
  t.equal(late.headers['retry-after'], '1')
  const soon = await app.inject('/echo/201?delay=10')
  t.equal(soon.statusCode, 201, 'a delay that fits is answered')
  t.equal(soon.headers.connection, 'close')
})

t.test('at the close of a drain, a /check in flight finishes when its deadline fits, and is aborted when not', async (t) => {
  // An upstream that answers 300 ms after each request arrives.
  const upstream = http.createServer((_req, res) => setTimeout(() => res.writeHead(204).end(), 300))
  upstream.listen(0, '127.0.0.2')
  await once(upstream, 'listening')
  t.teardown(() => {
    upstream.closeAllConnections()
    upstream.close()
  })
  const port = (upstream.address() as AddressInfo).port
  const base = defaultConfig()
  for (const [graceMs, expected] of [
    [5000, { status: 204, error: null }],
    [1000, { status: null, error: { code: 'TIMEOUT' } }]
  ] as const) {
    const app = await buildApp({ config: defaultConfig({ check: { ...base.check, allowAddresses: ['127.0.0.2'], ports: [port], timeoutMs: 2000, cacheTtlMs: 0 } }), catalog: catalog() })
    const arrived = once(upstream, 'request')
    const answer = app.inject(`/check?url=${encodeURIComponent(`http://127.0.0.2:${port}/`)}`)
    await arrived
    app.lifecycle.drain(performance.now() + graceMs)
    await app.close()
    const res = await answer
    t.equal(res.statusCode, 200, `grace ${graceMs} ms: answered`)
    t.match(res.json(), expected, graceMs > 2000 ? 'the check ran to its end' : 'its 2000 ms deadline did not fit: aborted')
  }
})
