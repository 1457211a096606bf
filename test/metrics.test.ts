import t from 'tap'
import type { InjectOptions } from 'fastify'
import pino from 'pino'
import { createRequire } from 'node:module'
import { buildApp } from '../src/app.js'
import { defaultConfig } from '../src/config.js'
import { AppMetrics, UNMATCHED_ROUTE, type RedisHealth } from '../src/metrics.js'
import { acceptedRequestId, traceIdOf } from '../src/http/trace.js'
import type { CheckReport } from '../src/check/checker.js'
import { build, catalog } from './helper.js'

/** The value of one sample line (name and labels exactly as written), or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

const scrape = async (app: Awaited<ReturnType<typeof build>>) => {
  const res = await app.inject('/metrics')
  return { res, text: res.body }
}

const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'

t.test('GET /metrics is the Prometheus text format, with our metrics and the process\'s', async (t) => {
  const app = await build(t)
  await app.inject('/codes/409')
  await app.inject('/codes/418')
  const cpu = process.cpuUsage()
  const { res, text } = await scrape(app)
  t.equal(res.statusCode, 200)
  t.equal(res.headers['content-type'], 'text/plain; version=0.0.4; charset=utf-8')
  t.equal(res.headers['cache-control'], 'no-store')
  t.equal(sample(text, 'siteerror_http_request_duration_seconds_count{route="/codes/:code",status_class="2xx"}'), 2, 'two requests on one route template')
  t.equal(sample(text, 'siteerror_http_request_duration_seconds_bucket{route="/codes/:code",status_class="2xx",le="+Inf"}'), 2)
  t.match(text, '# TYPE siteerror_http_request_duration_seconds histogram\n')
  for (const cause of ['shedding', 'check-cap', 'echo-cap', 'draining']) t.equal(sample(text, `siteerror_http_unavailable_total{cause="${cause}"}`), 0, `503s by ${cause}, from 0`)
  t.equal(sample(text, 'siteerror_redis_state{state="off"}'), 1, 'no REDIS_URL: Redis is off')
  t.equal(sample(text, 'siteerror_redis_failures_total'), 0)
  t.equal(sample(text, 'siteerror_connections_refused_total{cap="overall"}'), 0)
  t.ok((sample(text, 'process_cpu_seconds_total') ?? 0) >= (cpu.user + cpu.system) / 1e6, 'CPU counted from the start of the process')
  t.equal(text.match(/^# TYPE process_cpu_seconds_total /gm)?.length, 1, 'once')
  t.match(text, /^nodejs_heap_size_used_bytes \d+$/m)
  t.notMatch(text, /\/codes\/409|\/codes\/418/, 'never the raw URL')
})

t.test('route labels are templates; paths no route matches share one label, whatever they are', async (t) => {
  const app = await build(t)
  await app.inject('/codes/abc')
  await app.inject('/secret-token-123/x')
  await app.inject('/nowhere/%E2%9C%93')
  const { text } = await scrape(app)
  t.equal(sample(text, 'siteerror_http_request_duration_seconds_count{route="/codes/:code",status_class="4xx"}'), 1)
  t.notMatch(text, /secret-token-123|nowhere|abc/, 'no path a client sent is a label')
  const routes = new Set([...text.matchAll(/route="([^"]*)"/g)].map((m) => m[1]))
  t.ok(routes.size <= 3, `a few route labels: ${[...routes].join(' ')}`)
})

t.test('the route label is the template Fastify matched, however the response came about', async (t) => {
  const app = await build(t)
  const cases: Array<[string, string | InjectOptions, string]> = [
    ['a GET', '/codes/409', '/codes/:code'],
    ['its HEAD twin', { method: 'HEAD', url: '/compare?codes=401,403' }, '/compare'],
    ['a route without the general allowance', '/health', '/health'],
    ['a wildcard route', '/echo/200/any/path', '/echo/:code/*'],
    ['a page, through the site\'s catch-all', '/409', '/*'],
    // Refused by a global hook (the URL limit), before the route's own hooks run.
    ['a 414 on a route', `/codes/409?${'x'.repeat(9000)}`, '/codes/:code']
  ]
  for (const [what, request, template] of cases) {
    const before = await scrape(app)
    const res = await app.inject(request)
    const after = await scrape(app)
    const key = `siteerror_http_request_duration_seconds_count{route="${template}",status_class="${Math.trunc(res.statusCode / 100)}xx"}`
    t.equal((sample(after.text, key) ?? 0) - (sample(before.text, key) ?? 0), 1, `${what} (${res.statusCode}): ${template}`)
  }
})

t.test('429s are counted by route; 503s by their cause', async (t) => {
  const limited = await build(t, { rateLimitPerMin: 1, echoMaxDelayed: 1 })
  await limited.inject('/codes/409')
  t.equal((await limited.inject('/codes/409')).statusCode, 429)
  // The allowance is spent: /metrics answers 429 itself now, and is counted when it does.
  t.equal((await limited.inject('/metrics')).statusCode, 429)
  const echoed = await build(t)
  t.equal((await echoed.inject('/echo/429')).statusCode, 429)
  t.equal(sample((await scrape(echoed)).text, 'siteerror_http_rate_limited_total{route="/echo/:code"}'), undefined, 'an /echo/429 is not a refusal')
  const echo = await build(t, { echoMaxDelayed: 1 })
  // inject() starts a request when it is awaited or then()'d: Promise.resolve starts it now.
  const waiting = Promise.resolve(echo.inject('/echo/200?delay=9000'))
  // Once the long delay holds the one place, a short one is refused (until then it is answered, and tried again).
  let status = 0
  for (let i = 0; i < 1000 && status !== 503; i++) status = (await echo.inject('/echo/200?delay=1')).statusCode
  t.equal(status, 503, 'the delayed-echo cap')
  const { text } = await scrape(echo)
  t.equal(sample(text, 'siteerror_http_unavailable_total{cause="echo-cap"}'), 1)
  t.equal(sample(text, 'siteerror_http_unavailable_total{cause="shedding"}'), 0)
  // Closing cancels the waiting delay: a 503 of draining.
  await echo.close()
  t.equal((await waiting).statusCode, 503)
  t.equal(sample(echo.metrics.ownText(), 'siteerror_http_unavailable_total{cause="draining"}'), 1)
  const limitedText = (await limited.inject({ url: '/metrics', remoteAddress: '127.0.0.9' })).body
  t.equal(sample(limitedText, 'siteerror_http_rate_limited_total{route="/codes/:code"}'), 1)
  t.equal(sample(limitedText, 'siteerror_http_rate_limited_total{route="/metrics"}'), 1)
})

t.test('while load is shed, /metrics still answers and counts the 503s of shedding', async (t) => {
  const base = defaultConfig()
  const app = await build(t, { pressure: { ...base.pressure, maxHeapUsedBytes: 1 } })
  // under-pressure samples on a timer: wait until it reports pressure.
  for (let i = 0; i < 100 && !app.isUnderPressure(); i++) await new Promise((resolve) => setTimeout(resolve, 20))
  const shed = await app.inject('/codes/409')
  t.equal(shed.statusCode, 503)
  t.equal(shed.headers['retry-after'], String(base.pressure.retryAfterS))
  const { res, text } = await scrape(app)
  t.equal(res.statusCode, 200)
  t.equal(sample(text, 'siteerror_http_unavailable_total{cause="shedding"}'), 1)
})

t.test('/check outcomes are counted by kind', async (t) => {
  const app = await build(t)
  const res = await app.inject({ method: 'POST', url: '/check', payload: { urls: ['http://127.0.0.1/', 'http://10.0.0.1/'] } })
  t.equal(res.statusCode, 200)
  const { text } = await scrape(app)
  t.equal(sample(text, 'siteerror_check_outcomes_total{outcome="DESTINATION_NOT_ALLOWED"}'), 2)
  t.equal(sample(text, 'siteerror_check_outcomes_total{outcome="ok"}'), 0)
  const metrics = new AppMetrics({ connections: app.connections, redisHealth: app.redisHealth })
  const report = (ok: boolean, error: CheckReport['error'] = null) => ({ ok, error }) as CheckReport
  metrics.checked(report(true))
  metrics.checked(report(false))
  metrics.checked(report(false, { code: 'TIMEOUT', message: 'x', hop: 0 }))
  const own = metrics.ownText()
  for (const outcome of ['ok', 'not-ok', 'TIMEOUT']) t.equal(sample(own, `siteerror_check_outcomes_total{outcome="${outcome}"}`), 1, outcome)
})

t.test('Redis health and refused connections are read at scrape time', async (t) => {
  let health: RedisHealth = { state: 'ok', since: null, failures: 0 }
  const connections = { droppedOverall: 3, droppedPerClient: 2, acceptErrors: 1, clients: () => 0 }
  const metrics = new AppMetrics({ connections, redisHealth: () => health })
  let text = metrics.ownText()
  t.equal(sample(text, 'siteerror_redis_state{state="ok"}'), 1)
  t.equal(sample(text, 'siteerror_redis_state{state="failing-open"}'), 0)
  t.equal(sample(text, 'siteerror_redis_state_since_seconds'), undefined, 'no time while there is none')
  t.equal(sample(text, 'siteerror_connections_refused_total{cap="per-client"}'), 2)
  t.equal(sample(text, 'siteerror_connections_refused_total{cap="accept-error"}'), 1)
  health = { state: 'failing-open', since: 1_796_000_000_500, failures: 7 }
  text = metrics.ownText()
  t.equal(sample(text, 'siteerror_redis_state{state="failing-open"}'), 1)
  t.equal(sample(text, 'siteerror_redis_state{state="ok"}'), 0)
  t.equal(sample(text, 'siteerror_redis_state_since_seconds'), 1_796_000_000.5)
  t.equal(sample(text, 'siteerror_redis_failures_total'), 7)
})

t.test('durations fall in the right buckets; label values are escaped', async (t) => {
  const metrics = new AppMetrics({ connections: { droppedOverall: 0, droppedPerClient: 0, acceptErrors: 0, clients: () => 0 }, redisHealth: () => ({ state: 'off', since: null, failures: 0 }) })
  metrics.observe('/a', 200, 0.001)
  metrics.observe('/a', 200, 0.0011)
  metrics.observe('/a', 200, 60)
  metrics.observe('/q"\\\n', 599, 0)
  metrics.observe(undefined, 404, 0)
  const text = metrics.ownText()
  const bucket = (le: string) => sample(text, `siteerror_http_request_duration_seconds_bucket{route="/a",status_class="2xx",le="${le}"}`)
  t.equal(bucket('0.001'), 1, 'a bound is inclusive')
  t.equal(bucket('0.0025'), 2)
  t.equal(bucket('10'), 2)
  t.equal(bucket('+Inf'), 3)
  t.equal(sample(text, 'siteerror_http_request_duration_seconds_sum{route="/a",status_class="2xx"}'), 60.0021)
  t.equal(sample(text, 'siteerror_http_request_duration_seconds_count{route="/q\\"\\\\\\n",status_class="5xx"}'), 1)
  t.equal(sample(text, `siteerror_http_request_duration_seconds_count{route="${UNMATCHED_ROUTE}",status_class="4xx"}`), 1)
})

t.test('METRICS_ALLOW: listed addresses read /metrics, others get a 403 problem', async (t) => {
  const app = await build(t, { metricsAllow: ['10.1.0.0/16', '::1'] })
  t.equal((await app.inject({ url: '/metrics', remoteAddress: '10.1.2.3' })).statusCode, 200)
  t.equal((await app.inject({ url: '/metrics', remoteAddress: '::1' })).statusCode, 200)
  const refused = await app.inject({ url: '/metrics', remoteAddress: '10.2.0.1' })
  t.equal(refused.statusCode, 403)
  t.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8')
  t.match(refused.json(), { status: 403, code: 'ERR_FORBIDDEN', type: '/problems/forbidden' })
  t.notMatch(refused.body, /siteerror_/)
  t.equal((await app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' })).statusCode, 403)
})

t.test('acceptedRequestId keeps short ids of safe characters only', async (t) => {
  t.equal(acceptedRequestId('abc-123_x.y:z', 128), 'abc-123_x.y:z')
  t.equal(acceptedRequestId('a'.repeat(128), 128), 'a'.repeat(128))
  for (const hostile of ['a'.repeat(129), '', 'a\r\nSet-Cookie: x=1', 'a\nb', 'caf\u00e9', '\u202eabc', 'a b', 'a"b', 'a\\b', 'a,b', '<script>', 'a/b', '${x}']) {
    t.equal(acceptedRequestId(hostile, 128), undefined, JSON.stringify(hostile))
  }
  t.equal(acceptedRequestId(['a', 'b'], 128), undefined, 'a repeated header')
  t.equal(acceptedRequestId(undefined, 128), undefined)
  t.equal(acceptedRequestId('abc', 0), undefined, 'REQUEST_ID_MAX_LENGTH=0 keeps none')
})

t.test('traceIdOf reads a version-00 traceparent strictly', async (t) => {
  t.equal(traceIdOf(TRACEPARENT), '4bf92f3577b34da6a3ce929d0e0e4736')
  t.equal(traceIdOf('00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00'), '4bf92f3577b34da6a3ce929d0e0e4736', 'not sampled is still a trace')
  for (const bad of [
    '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01', // uppercase
    '01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', // another version
    'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    '00-00000000000000000000000000000000-00f067aa0ba902b7-01', // zero trace id
    '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01', // zero parent id
    `${TRACEPARENT}-extra`,
    `${TRACEPARENT}, ${TRACEPARENT}`, // a repeated header, joined
    ' 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'.slice(0, 55),
    '00-4bf92f3577b34da6a3ce929d0e0e473g-00f067aa0ba902b7-01',
    '00_4bf92f3577b34da6a3ce929d0e0e4736_00f067aa0ba902b7_01',
    '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01\r\n'.slice(0, 55).replace(/1$/, '\n'),
    '',
    'x'.repeat(10_000)
  ]) {
    t.equal(traceIdOf(bad), null, JSON.stringify(bad.slice(0, 60)))
  }
  t.equal(traceIdOf([TRACEPARENT]), null, 'an array')
  t.equal(traceIdOf(undefined), null)
})

t.test('an incoming X-Request-Id is the request id when safe; a hostile one is replaced', async (t) => {
  const app = await build(t)
  const kept = await app.inject({ url: '/nowhere', headers: { 'x-request-id': 'lb-7f3a:42' } })
  t.equal(kept.headers['x-request-id'], 'lb-7f3a:42')
  t.equal(kept.json().requestId, 'lb-7f3a:42', 'the problem quotes it')
  for (const hostile of ['x'.repeat(129), 'caf\u00e9', 'a"},"level":60,"x":"', 'a b', 'a, b']) {
    const res = await app.inject({ url: '/nowhere', headers: { 'x-request-id': hostile } })
    t.match(res.headers['x-request-id'], /^[0-9a-f-]{36}$/, `replaced: ${JSON.stringify(hostile.slice(0, 20))}`)
    t.equal(res.json().requestId, res.headers['x-request-id'])
  }
  const short = await build(t, { requestIdMaxLength: 4 })
  t.match((await short.inject({ url: '/codes/409', headers: { 'x-request-id': 'abcde' } })).headers['x-request-id'], /^[0-9a-f-]{36}$/, 'REQUEST_ID_MAX_LENGTH bounds it')
  t.equal((await short.inject({ url: '/codes/409', headers: { 'x-request-id': 'abcd' } })).headers['x-request-id'], 'abcd')
})

t.test('a valid traceparent puts its trace id in problems and log lines; an invalid one puts none', async (t) => {
  const lines: string[] = []
  const app = await buildApp({ config: defaultConfig(), catalog: catalog(), log: pino({ level: 'info' }, { write: (l: string) => void lines.push(l) }) })
  t.teardown(() => app.close())
  app.get('/boom', async () => {
    throw new Error('boom')
  })
  const traced = await app.inject({ url: '/nowhere', headers: { traceparent: TRACEPARENT, 'x-request-id': 'r-1' } })
  t.equal(traced.json().traceId, '4bf92f3577b34da6a3ce929d0e0e4736')
  const untraced = await app.inject({ url: '/nowhere', headers: { traceparent: TRACEPARENT.toUpperCase() } })
  t.notOk('traceId' in untraced.json(), 'an invalid traceparent gives no traceId')
  await app.inject({ url: '/boom', headers: { traceparent: TRACEPARENT } })

  const line = lines.find((l) => l.includes('"reqId":"r-1"'))!
  const fields = JSON.parse(line)
  t.match(fields, { reqId: 'r-1', traceId: '4bf92f3577b34da6a3ce929d0e0e4736', status: 404, msg: 'request' })
  const reference: string[] = []
  pino({ level: 'info' }, { write: (l: string) => void reference.push(l) })
    .child({ reqId: fields.reqId, traceId: fields.traceId })
    .info({ method: fields.method, url: fields.url, status: fields.status, ms: fields.ms, ip: fields.ip }, 'request')
  const untimed = (l: string) => l.replace(/"time":\d+/, '"time":0')
  t.equal(untimed(line), untimed(reference[0]!), 'the access line with a trace id is the one pino would write')
  t.notMatch(lines.find((l) => l.includes('"status":404') && !l.includes('r-1'))!, /traceId/, 'no traceId field without a valid traceparent')
  const failed = JSON.parse(lines.find((l) => l.includes('"msg":"request failed"'))!)
  t.equal(failed.traceId, '4bf92f3577b34da6a3ce929d0e0e4736', 'error lines carry it too')
})

t.test('with tracing off (the default) no OpenTelemetry SDK is loaded', async (t) => {
  const app = await build(t)
  await app.inject('/codes/409')
  await app.inject('/metrics')
  const loaded = Object.keys(createRequire(import.meta.url).cache)
  t.same(loaded.filter((f) => /@opentelemetry[\\/](sdk|instrumentation|auto-instrumentations|exporter)/.test(f)), [])
})
