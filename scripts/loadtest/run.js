// The load test (issue 8): mixed traffic over every endpoint at high concurrency for a set time, against the
// production server (node dist/server.js with the flags of `npm start`, so build first: `npm run loadtest` does). It reports every error
// (an unexpected status, a 5xx nobody asked for, a socket error, a timeout, a malformed error response),
// p99 latency per route family, requests per second, and the server's RSS at start and end with samples in
// between and a trend check; the server runs with --trace-gc, so the live heap after each full GC is
// tracked too.
//
//   node scripts/loadtest/run.js                 60 s, 100 connections
//   node scripts/loadtest/run.js --soak          300 s: the memory soak, fails when RSS or the live heap keeps growing
//   node scripts/loadtest/run.js --duration 20 --connections 50
//   node scripts/loadtest/run.js --help
//
// Phases: (1) a fixture upstream on 127.0.0.2 for /check, and the server on 127.0.0.1 with limits raised so
// that only deliberate traffic meets them; (2) a probe sends every request template once and checks the full
// response, bodies included; (3) the load: autocannon, every connection cycling through its own shuffled copy
// of the weighted mix; (4) a second server with small rate limits takes a burst that must produce 429s, as
// many as its limits say; (5) both servers are stopped with SIGTERM and must exit 0.
//
// Nothing is sent anywhere but 127.0.0.1 and 127.0.0.2. Writes scripts/loadtest/results.json (results-soak.json
// with --soak) and server logs beside it (*.log, ignored by git). Exits 1 when there was any error.
import autocannon from 'autocannon'
import { createRequire } from 'node:module'
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import http from 'node:http'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildTemplates } from './mix.js'
import {
  FIXTURE_HOST,
  HOST,
  SERVER_NODE_FLAGS,
  Samples,
  cpuSeconds,
  forkNode,
  freePort,
  httpRequest,
  installCleanup,
  loadavg,
  machine,
  mb,
  mean,
  memory,
  pool,
  prng,
  round,
  shuffle,
  slope,
  sleep,
  spawnNode,
  stop,
  waitForHealth,
  waitForMessage
} from './lib.js'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = resolve(HERE, '..', '..')
const SERVER = join(ROOT, 'dist', 'server.js')

// ---------------------------------------------------------------- options

const USAGE = `usage: node scripts/loadtest/run.js [options]
  --duration <s>         load time in seconds (default 60; env LOADTEST_DURATION_S), 1 to 3600
  --soak                 the 5-minute memory soak: --duration 300 --fail-on-growth, results in results-soak.json
  --connections <n>      concurrent connections (default 100; env LOADTEST_CONNECTIONS), 1 to 1000
  --sample-interval <s>  seconds between RSS samples (default 5; 2 with durations under 60 s)
  --warmup <s>           seconds the trend checks leave out (default: a fifth of the duration, 10 to 60,
                         at most a third of it)
  --fail-on-growth       exit 1 when RSS or the live heap grows (default only with --soak)
  --out <file>           the JSON results (default scripts/loadtest/results.json)
  --no-rate-limit-phase  skip the deliberate 429 burst against the second server
Server settings can be overridden with LOADTEST_SERVER_ENV='{"NAME":"value"}'.`

function parseArgs(argv) {
  const o = { durationS: null, soak: false, connections: null, sampleIntervalS: null, warmupS: null, failOnGrowth: false, out: null, rateLimitPhase: true }
  const need = (i, name) => {
    if (argv[i + 1] === undefined) throw new Error(`${name} needs a value`)
    return argv[i + 1]
  }
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]
    let inline = null
    if (arg.startsWith('--') && arg.includes('=')) {
      inline = arg.slice(arg.indexOf('=') + 1)
      arg = arg.slice(0, arg.indexOf('='))
    }
    const value = (name) => {
      if (inline !== null) return inline
      const v = need(i, name)
      i++
      return v
    }
    switch (arg) {
      case '--duration':
        o.durationS = Number(value(arg))
        break
      case '--soak':
        o.soak = true
        break
      case '--connections':
        o.connections = Number(value(arg))
        break
      case '--sample-interval':
        o.sampleIntervalS = Number(value(arg))
        break
      case '--warmup':
        o.warmupS = Number(value(arg))
        break
      case '--fail-on-growth':
        o.failOnGrowth = true
        break
      case '--out':
        o.out = value(arg)
        break
      case '--no-rate-limit-phase':
        o.rateLimitPhase = false
        break
      case '--help':
      case '-h':
        process.stdout.write(USAGE + '\n')
        process.exit(0)
        break
      default:
        throw new Error(`unknown option ${argv[i]}`)
    }
  }
  const env = process.env
  o.durationS ??= env.LOADTEST_DURATION_S ? Number(env.LOADTEST_DURATION_S) : o.soak ? 300 : 60
  o.connections ??= env.LOADTEST_CONNECTIONS ? Number(env.LOADTEST_CONNECTIONS) : 100
  o.sampleIntervalS ??= o.durationS < 60 ? 2 : 5
  o.warmupS ??= Math.min(Math.floor(o.durationS / 3), 60, Math.max(10, Math.round(o.durationS / 5)))
  if (o.soak) o.failOnGrowth = true
  o.out = o.out === null ? join(HERE, o.soak ? 'results-soak.json' : 'results.json') : resolve(o.out)
  if (!(Number.isFinite(o.durationS) && o.durationS >= 1 && o.durationS <= 3600)) throw new Error('--duration must be from 1 to 3600 seconds')
  if (!(Number.isInteger(o.connections) && o.connections >= 1 && o.connections <= 1000)) throw new Error('--connections must be a whole number from 1 to 1000')
  if (!(o.sampleIntervalS >= 0.5 && o.sampleIntervalS <= 60)) throw new Error('--sample-interval must be from 0.5 to 60 seconds')
  if (!(o.warmupS >= 0 && o.warmupS < o.durationS)) throw new Error('--warmup must be at least 0 and less than the duration')
  return o
}

// ---------------------------------------------------------------- settings

/** The trend check: RSS "grows" when both the slope and the rise from the first to the last third pass these. */
const GROWTH = { slopeMBPerMin: 1, riseMB: 5 }
/** How many distinct fixture URLs the cache-busting /check templates cycle through (CHECK_CACHE_MAX is 1000). */
const BUST_SPACE = 5000
const REQUEST_TIMEOUT_S = 10

/** Settings of the server under load: limits raised so that only the deliberate 429 phase meets them. */
function mainServerEnv(fixturePort) {
  return {
    RATE_LIMIT_PER_MIN: '10000000',
    ECHO_DELAY_RATE_LIMIT_PER_MIN: '10000000',
    CHECK_RATE_LIMIT_PER_MIN: '1000000',
    // The /check concurrency cap sheds load with 503 by design; at 100 connections the default 16 would be met.
    CHECK_MAX_CONCURRENT: '1000',
    CHECK_ALLOW_ADDRESSES: FIXTURE_HOST,
    CHECK_PORTS: String(fixturePort),
    ...JSON.parse(process.env.LOADTEST_SERVER_ENV || '{}')
  }
}

/** The rate-limit phase: small limits, so that a short burst meets each of them. */
const RL = { general: 60, check: 5, echoDelay: 5 }
function rateLimitServerEnv(fixturePort) {
  return {
    RATE_LIMIT_PER_MIN: String(RL.general),
    CHECK_RATE_LIMIT_PER_MIN: String(RL.check),
    ECHO_DELAY_RATE_LIMIT_PER_MIN: String(RL.echoDelay),
    CHECK_ALLOW_ADDRESSES: FIXTURE_HOST,
    CHECK_PORTS: String(fixturePort)
  }
}

function serverEnv(port, extra) {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    ...extra,
    PORT: String(port),
    HOST,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production'
  }
}

/**
 * Starts the server as `npm start` does (SERVER_NODE_FLAGS), with its output in logPath. `--trace-gc` makes V8 write one line per garbage
 * collection to that file: the heap left after each full (mark-compact) collection is the live heap, the
 * number that rises when memory leaks, and the pauses explain latency spikes. It changes nothing else.
 */
async function startServer(name, extraEnv, logPath, { traceGc = false } = {}) {
  const port = await freePort()
  const env = serverEnv(port, extraEnv)
  const fd = openSync(logPath, 'w')
  const spawnedAt = performance.now()
  const nodeArgs = [...SERVER_NODE_FLAGS, ...(traceGc ? ['--trace-gc'] : [])]
  const child = spawnNode([...nodeArgs, SERVER], { env, stdio: ['ignore', fd, fd], cwd: ROOT })
  closeSync(fd)
  await waitForHealth(child, port)
  return { name, port, child, pid: child.pid, env, logPath, spawnedAt, nodeArgs }
}

// ---------------------------------------------------------------- errors

/** Every error, by kind, with a few examples each. */
class ErrorBook {
  constructor(maxExamples = 8) {
    this.kinds = {}
    this.maxExamples = maxExamples
  }

  add(kind, example, n = 1) {
    const k = (this.kinds[kind] ??= { count: 0, examples: [] })
    k.count += n
    if (k.examples.length < this.maxExamples && !k.examples.some((e) => JSON.stringify(e) === JSON.stringify(example))) k.examples.push(example)
  }

  get total() {
    return Object.values(this.kinds).reduce((a, k) => a + k.count, 0)
  }
}

const lower = (headers) => {
  const out = {}
  for (const [k, v] of Object.entries(headers ?? {})) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v
  return out
}

/** What is wrong with a response's headers, by the README's rules; empty when nothing. */
function headerProblems(tpl, status, h) {
  const out = []
  if (h['access-control-allow-origin'] !== '*') out.push(`Access-Control-Allow-Origin is ${JSON.stringify(h['access-control-allow-origin'])}, not *`)
  if (h['x-request-id'] === undefined) out.push('no X-Request-Id')
  if (tpl.kind === 'api' && status >= 400 && !String(h['content-type'] ?? '').startsWith('application/problem+json')) {
    out.push(`a ${status} with Content-Type ${JSON.stringify(h['content-type'])}, not application/problem+json`)
  }
  if ((status === 429 || status === 503) && !/^\d+$/.test(String(h['retry-after'] ?? ''))) out.push(`a ${status} without a numeric Retry-After`)
  if (status === 304 && h.etag === undefined) out.push('a 304 without ETag')
  return out
}

// ---------------------------------------------------------------- phase 2: the probe

/** Sends every template once, alone, and checks the whole response. Learns the ETags revalidation needs. */
async function probe(port, templates, book) {
  const results = []
  for (const tpl of templates) {
    const problems = []
    let res = null
    try {
      if (tpl.revalidate) {
        const first = await httpRequest({ port, path: tpl.path })
        if (first.status !== 200 || typeof first.headers.etag !== 'string') problems.push(`GET ${tpl.path} gave ${first.status} with ETag ${first.headers.etag}`)
        else tpl.headers = { ...tpl.headers, 'if-none-match': first.headers.etag }
      }
      const path = tpl.pathFn ? tpl.pathFn() : tpl.path
      const body = tpl.bodyFn ? tpl.bodyFn() : tpl.body
      const headers = { ...tpl.headers, ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }) }
      res = await httpRequest({ port, method: tpl.method, path, headers, body })
      if (!tpl.expect.has(res.status)) problems.push(`status ${res.status}, expected ${[...tpl.expect].join(' or ')}`)
      problems.push(...headerProblems(tpl, res.status, res.headers))
      const type = String(res.headers['content-type'] ?? '')
      const text = res.body.toString('utf8')
      if (res.status === 204 || res.status === 304 || tpl.method === 'HEAD') {
        if (res.body.length !== 0) problems.push(`a ${tpl.method} ${res.status} with ${res.body.length} bytes of content`)
      } else if (/json/.test(type)) {
        let parsed
        try {
          parsed = JSON.parse(text)
        } catch {
          problems.push(`${type} that is not JSON: ${JSON.stringify(text.slice(0, 80))}`)
        }
        if (parsed !== undefined && type.startsWith('application/problem+json') && (parsed.status !== res.status || typeof parsed.title !== 'string')) {
          problems.push(`a problem whose status is ${parsed.status} on a ${res.status}`)
        }
        if (parsed !== undefined && tpl.family === 'GET /check' && res.status === 200 && !('hops' in parsed)) problems.push('a /check report without hops')
      }
      if (tpl.path?.startsWith('/echo/103') && !res.interim.includes(103)) problems.push(`no 103 interim response (saw ${res.interim.join(', ') || 'none'})`)
    } catch (err) {
      problems.push(`request failed: ${err.message}`)
    }
    for (const p of problems) book.add('probe', { request: tpl.name, problem: p })
    results.push({ request: tpl.name, status: res?.status ?? null, ms: round(res?.ms ?? null, 1), ok: problems.length === 0, problems })
  }
  return results
}

// ---------------------------------------------------------------- phase 3: the load

// autocannon decodes every response body into a string though nothing here reads it (bench/load.js found that
// this made the generator, not the server, the bottleneck on large non-ASCII bodies): count bytes, skip text.
{
  const require = createRequire(import.meta.url)
  const Queue = require('autocannon/lib/pipelinedRequestsQueue.js')
  if (typeof Queue?.prototype?.addBody === 'function') Queue.prototype.addBody = function addBody() {}
  else process.stderr.write('loadtest: autocannon internals changed; response bodies are decoded (slower generator)\n')
}

async function loadPhase({ server, templates, o, book }) {
  const loadTemplates = templates.filter((t) => t.load)
  const cycle = loadTemplates.flatMap((t) => Array(t.weight).fill(t.index))
  const perTemplate = templates.map(() => ({ statuses: {}, count: 0, bytes: 0 }))
  const families = new Map()
  const familyOf = (tpl) => {
    if (!families.has(tpl.family)) families.set(tpl.family, { latency: new Samples(), statuses: {}, count: 0, errors: 0 })
    return families.get(tpl.family)
  }
  for (const t of loadTemplates) familyOf(t)
  const overall = new Samples()
  /** Latencies since the last RSS sample: each sample reports their p99 and max, to place any stall in time. */
  let windowLatency = new Samples(5_000_000)
  let responses = 0
  let unattributed = 0
  let lostAfterClose = 0
  // onResponse of the answered request object runs synchronously just before the client's 'response' event.
  let pending = null

  function requestsFor(seed) {
    return shuffle(cycle.slice(), prng(seed)).map((i) => {
      const tpl = templates[i]
      const r = {
        method: tpl.method,
        path: tpl.path ?? '/',
        headers: { ...tpl.headers },
        onResponse(status, _body, _context, headers) {
          pending = { i, status, headers }
        }
      }
      if (tpl.body !== undefined) r.body = tpl.body
      if (tpl.pathFn || tpl.bodyFn) {
        r.setupRequest = (req) => {
          if (tpl.pathFn) req.path = tpl.pathFn()
          if (tpl.bodyFn) req.body = tpl.bodyFn()
          return req
        }
      }
      r.tplIndex = i
      return r
    })
  }

  let clientSeq = 0
  function setupClient(client) {
    client.setRequests(requestsFor(1000 + clientSeq++))
    let inflight = null
    let previous = null
    let lastSaidClose = false
    const getRequestBuffer = client.getRequestBuffer
    client.getRequestBuffer = function trackedBuffer() {
      previous = inflight
      inflight = this.requestIterator.currentRequest
      return getRequestBuffer.call(this)
    }
    // autocannon reconnects after the server closes a connection without forgetting the request it had written
    // to the dying socket, and would then pair every later response with the request before it: forget it here.
    const connect = client._connect
    client._connect = function trackedConnect() {
      const lost = this.pipelinedRequests.size()
      if (lost > 0) {
        if (lastSaidClose) lostAfterClose += lost
        else book.add('connection closed with a request in flight', { request: templates[inflight?.tplIndex]?.name ?? 'unknown' }, lost)
        this.pipelinedRequests.clear()
      }
      return connect.call(this)
    }
    client.on('connError', (err) => {
      book.add('socket error', { request: templates[inflight?.tplIndex]?.name ?? 'unknown', error: err?.code ?? err?.message })
      client.pipelinedRequests.clear()
    })
    client.on('timeout', () => {
      book.add('timeout', { request: templates[previous?.tplIndex]?.name ?? 'unknown', afterS: REQUEST_TIMEOUT_S })
    })
    client.on('response', (statusCode, resBytes, responseTime) => {
      const p = pending
      pending = null
      responses++
      if (p === null || p.status !== statusCode) {
        unattributed++
        return
      }
      const tpl = templates[p.i]
      const t = perTemplate[p.i]
      t.count++
      t.bytes += resBytes
      t.statuses[statusCode] = (t.statuses[statusCode] ?? 0) + 1
      const f = familyOf(tpl)
      f.count++
      f.statuses[statusCode] = (f.statuses[statusCode] ?? 0) + 1
      f.latency.push(responseTime)
      overall.push(responseTime)
      windowLatency.push(responseTime)
      const h = lower(p.headers)
      lastSaidClose = h.connection === 'close'
      if (!tpl.expect.has(statusCode)) {
        f.errors++
        book.add(statusCode >= 500 ? 'unexpected 5xx' : 'unexpected status', { request: tpl.name, status: statusCode, expected: [...tpl.expect] })
        return
      }
      const problems = headerProblems(tpl, statusCode, h)
      if (problems.length > 0) {
        f.errors++
        book.add('malformed response headers', { request: tpl.name, status: statusCode, problems })
      }
    })
  }

  // RSS, server CPU, load average and heap (from /health, off the load's connections) every few seconds.
  const samples = []
  const t0 = performance.now()
  const cpu0 = cpuSeconds(server.pid)
  const genCpu0 = process.cpuUsage()
  let healthPending = false
  function sample() {
    const m = memory(server.pid)
    const w = windowLatency.summary()
    windowLatency = new Samples(5_000_000)
    const s = {
      t: round((performance.now() - t0) / 1000, 1),
      p99Ms: round(w.p99, 1),
      maxMs: round(w.max, 1),
      rssMB: mb(m.rss),
      hwmMB: mb(m.hwm),
      heapUsedMB: null,
      eventLoopDelayMs: null,
      serverCpuS: round(cpuSeconds(server.pid), 2),
      responses,
      load1: loadavg()[0]
    }
    samples.push(s)
    if (!healthPending) {
      healthPending = true
      httpRequest({ port: server.port, path: '/health', timeoutMs: Math.max(1000, o.sampleIntervalS * 1000) })
        .then((res) => {
          const body = JSON.parse(res.body.toString('utf8'))
          s.heapUsedMB = mb(body?.pressure?.heapUsedBytes || null)
          s.eventLoopDelayMs = round(body?.pressure?.eventLoopDelayMs ?? null, 1)
          if (res.status !== 200) book.add('unexpected status', { request: 'GET /health (sampler)', status: res.status, expected: [200] })
        })
        .catch((err) => book.add('socket error', { request: 'GET /health (sampler)', error: err.message }))
        .finally(() => {
          healthPending = false
        })
    }
    return s
  }
  sample()
  const timer = setInterval(sample, o.sampleIntervalS * 1000)

  let result
  try {
    const instance = autocannon({
      url: `http://${HOST}:${server.port}`,
      connections: o.connections,
      duration: o.durationS,
      pipelining: 1,
      timeout: REQUEST_TIMEOUT_S,
      // Replaced per connection in setupClient; autocannon wants one to start from.
      requests: [{ method: 'GET', path: '/health' }],
      setupClient
    })
    let lastPrint = performance.now()
    instance.on('tick', () => {
      if (performance.now() - lastPrint < 10_000) return
      lastPrint = performance.now()
      const s = samples.at(-1)
      process.stdout.write(
        `  ${round((performance.now() - t0) / 1000, 0)} s: ${responses} responses, RSS ${s?.rssMB} MB, errors ${book.total}, load ${loadavg()[0]}\n`
      )
    })
    result = await new Promise((resolve, reject) => {
      instance.on('done', resolve)
      instance.on('error', reject)
    })
  } finally {
    clearInterval(timer)
  }
  const elapsedS = (performance.now() - t0) / 1000
  const end = sample()
  const genCpu = process.cpuUsage(genCpu0)
  if (unattributed > 0) book.add('response not matched to its request', { count: unattributed }, unattributed)
  if (server.child.exitCode !== null || server.child.signalCode !== null) book.add('server exited during the load', { code: server.child.exitCode, signal: server.child.signalCode })

  return {
    t0,
    elapsedS,
    responses,
    lostAfterClose,
    overall: overall.summary(),
    families,
    perTemplate,
    samples,
    end,
    serverCpuS: round(cpuSeconds(server.pid) - cpu0, 2),
    generatorCpuS: round((genCpu.user + genCpu.system) / 1e6, 2),
    autocannon: {
      requests: result.requests.total,
      errors: result.errors,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      resets: result.resets,
      mismatches: result.mismatches,
      statusCodeStats: result.statusCodeStats
    }
  }
}

// ---------------------------------------------------------------- the memory trend

/**
 * Does memory grow? Two views of the samples after the warm-up. The raw one: the mean of the first and the last
 * third, and the least-squares slope. And the floor: the lowest sample in each of about ten windows, which is
 * where the heap (and with it RSS) falls back to after each garbage collection. Live memory that leaks raises
 * the floor; the sawtooth between collections (the heap swings by 100 MB here) only moves the raw means. The
 * verdict is the floor's: "grows" when its slope is over GROWTH.slopeMBPerMin and its last third is over
 * GROWTH.riseMB above its first.
 */
function trend(samples, key, fromS, toS) {
  const points = samples.filter((s) => s.t >= fromS && s[key] !== null && s[key] > 0).map((s) => ({ t: s.t, x: s.t / 60, y: s[key] }))
  if (points.length < 8) return { verdict: 'too few samples to judge', samples: points.length, fromS }
  const thirds = (ys) => {
    const third = Math.max(1, Math.floor(ys.length / 3))
    return { first: mean(ys.slice(0, third)), last: mean(ys.slice(-third)) }
  }
  const raw = thirds(points.map((p) => p.y))
  const rawSlope = slope(points)
  const windowS = Math.max((toS - fromS) / 10, 1e-9)
  const floors = new Map()
  for (const p of points) {
    const w = Math.min(9, Math.floor((p.t - fromS) / windowS))
    const f = floors.get(w)
    if (f === undefined || p.y < f.y) floors.set(w, { x: (fromS + (w + 0.5) * windowS) / 60, y: p.y })
  }
  const floorPoints = [...floors.entries()].sort((a, b) => a[0] - b[0]).map(([, f]) => f)
  const floor = thirds(floorPoints.map((p) => p.y))
  const floorSlope = slope(floorPoints)
  const grows = floorSlope > GROWTH.slopeMBPerMin && floor.last - floor.first > GROWTH.riseMB
  return {
    verdict: floorPoints.length < 5 ? 'too few samples to judge' : grows ? 'grows' : 'no growth trend',
    samples: points.length,
    fromS,
    firstThirdMB: round(raw.first, 1),
    lastThirdMB: round(raw.last, 1),
    riseMB: round(raw.last - raw.first, 1),
    slopeMBPerMin: round(rawSlope, 2),
    minMB: round(Math.min(...points.map((p) => p.y)), 1),
    maxMB: round(Math.max(...points.map((p) => p.y)), 1),
    floor: {
      windows: floorPoints.length,
      windowS: round(windowS, 1),
      valuesMB: floorPoints.map((p) => round(p.y, 1)),
      firstThirdMB: round(floor.first, 1),
      lastThirdMB: round(floor.last, 1),
      riseMB: round(floor.last - floor.first, 1),
      slopeMBPerMin: round(floorSlope, 2)
    },
    rule: `grows when the floor (the lowest sample of each of ${floorPoints.length} windows) rises more than ${GROWTH.slopeMBPerMin} MB/min by least squares and its last third is more than ${GROWTH.riseMB} MB above its first`
  }
}

// ---------------------------------------------------------------- phase 4: deliberate 429s

async function rateLimitPhase({ fixtureUrl, book, logPath }) {
  const server = await startServer('rate-limit', rateLimitServerEnv(new URL(fixtureUrl).port), logPath)
  const agent = new http.Agent({ keepAlive: true, maxSockets: 20 })
  const steps = []
  const send = (method, path, headers = {}, body) => httpRequest({ port: server.port, method, path, headers, body, agent, timeoutMs: 10000 })

  /** Sends `count` requests, `concurrency` at once; checks every 429 and every answer's status. */
  async function step(name, count, concurrency, makeRequest, allowed, expect) {
    const statuses = {}
    const problems = []
    const t0 = performance.now()
    await pool(count, concurrency, async (i) => {
      const [method, path, headers, body] = makeRequest(i)
      try {
        const res = await send(method, path, headers, body)
        statuses[res.status] = (statuses[res.status] ?? 0) + 1
        if (!allowed.includes(res.status)) problems.push(`${method} ${path.slice(0, 60)}: status ${res.status}`)
        if (res.status === 429) {
          const h = res.headers
          if (!String(h['content-type'] ?? '').startsWith('application/problem+json')) problems.push(`429 with Content-Type ${h['content-type']}`)
          if (!/^\d+$/.test(String(h['retry-after'] ?? ''))) problems.push(`429 with Retry-After ${h['retry-after']}`)
          let parsed = null
          try {
            parsed = JSON.parse(res.body.toString('utf8'))
          } catch {
            problems.push('429 whose body is not JSON')
          }
          if (parsed !== null && parsed.status !== 429) problems.push(`429 whose problem says status ${parsed.status}`)
          if (steps.example429 === undefined) {
            steps.example429 = {
              request: `${method} ${path.slice(0, 80)}`,
              headers: Object.fromEntries(Object.entries(h).filter(([k]) => /^(content-type|retry-after|ratelimit.*|x-ratelimit.*)$/.test(k))),
              body: parsed
            }
          }
        }
      } catch (err) {
        problems.push(`${method} ${path.slice(0, 60)}: ${err.message}`)
      }
    })
    const verdict = expect(statuses)
    if (verdict !== null) problems.push(verdict)
    for (const p of problems) book.add('rate-limit phase', { step: name, problem: p })
    steps.push({ step: name, requests: count, concurrency, statuses, ms: Math.round(performance.now() - t0), ok: problems.length === 0, problems: problems.slice(0, 5) })
  }

  const q = encodeURIComponent
  const c = (s, code) => s[code] ?? 0
  try {
    // /check: its own allowance, counted per URL. A POST of 3 URLs spends 3, then single GETs meet the limit.
    await step(
      `POST /check (3 URLs) with CHECK_RATE_LIMIT_PER_MIN=${RL.check}`,
      1,
      1,
      () => ['POST', '/check', { 'content-type': 'application/json' }, JSON.stringify({ urls: [`${fixtureUrl}/ok`, `${fixtureUrl}/gone`, `${fixtureUrl}/redirect/1`] })],
      [200],
      (s) => (c(s, 200) === 1 ? null : 'the 3-URL POST was refused')
    )
    await step(
      'GET /check after it',
      10,
      5,
      (i) => ['GET', `/check?url=${q(`${fixtureUrl}/ok?rl=${i}`)}`],
      [200, 429],
      (s) => (c(s, 200) === RL.check - 3 && c(s, 429) === 10 - (RL.check - 3) ? null : `expected ${RL.check - 3} × 200 and ${10 - (RL.check - 3)} × 429`)
    )
    // Delayed /echo: its own allowance.
    await step(
      `GET /echo/200?delay=20 with ECHO_DELAY_RATE_LIMIT_PER_MIN=${RL.echoDelay}`,
      10,
      5,
      () => ['GET', '/echo/200?delay=20'],
      [200, 429],
      (s) => (c(s, 200) === RL.echoDelay && c(s, 429) === 10 - RL.echoDelay ? null : `expected ${RL.echoDelay} × 200 and ${10 - RL.echoDelay} × 429`)
    )
    // The general allowance. The 10 delayed echoes above may have spent 10 of it.
    await step(
      `GET /codes/404 with RATE_LIMIT_PER_MIN=${RL.general}`,
      80,
      20,
      () => ['GET', '/codes/404'],
      [200, 429],
      (s) =>
        c(s, 200) <= RL.general && c(s, 200) >= RL.general - 10 && c(s, 200) + c(s, 429) === 80
          ? null
          : `expected from ${RL.general - 10} to ${RL.general} × 200, the rest 429`
    )
    // Unknown routes are limited too.
    await step('GET /no-such-route after the allowance is spent', 20, 10, (i) => ['GET', `/no-such-route-${i}`], [429], () => null)
    // /health is exempt, so that load balancers always see the truth.
    await step('GET /health after the allowance is spent', 20, 10, () => ['GET', '/health'], [200], () => null)
  } finally {
    agent.destroy()
  }
  const exit = await stop(server.child)
  if (exit.code !== 0) book.add('server exit', { server: 'rate-limit', ...exit })
  const deliberate429 = steps.reduce((a, s) => a + (s.statuses[429] ?? 0), 0)
  return { settings: rateLimitServerEnv(new URL(fixtureUrl).port), steps, deliberate429, example429: steps.example429 ?? null, exit }
}

// ---------------------------------------------------------------- logs

// [pid:isolate]   12345 ms: Mark-Compact 120.3 (150.1) -> 60.2 (152.0) MB, pooled: 0 MB, 12.34 / 0.00 ms  (...)
const GC_LINE = /^\[\d+:0x[0-9a-f]+\]\s+(\d+) ms: (Scavenge|Mark-Compact|Mark-sweep|Minor Mark-Compact|Minor Mark-Sweep)[^\d]*?([\d.]+) \(([\d.]+)\) -> ([\d.]+) \(([\d.]+)\) MB, (?:pooled: [\d.]+ MB, )?([\d.]+) \/ ([\d.]+) ms/
const GC_FRAGMENT = /^\[\d+:0x[0-9a-f]+\]|ms: (Scavenge|Mark-Compact)|average mu =|allocation failure|GC in old space/

/** Reads a server's output: pino lines by level (warnings and errors booked), V8's GC lines (when traced). */
function scanLog(path, book, warnings, server) {
  if (!existsSync(path)) return null
  const size = statSync(path).size
  const text = readFileSync(path, 'utf8').slice(0, 100 * 2 ** 20)
  const levels = {}
  const examples = []
  const gc = []
  let other = 0
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    const g = GC_LINE.exec(line)
    if (g !== null) {
      gc.push({ ms: Number(g[1]), kind: g[2], beforeMB: Number(g[3]), afterMB: Number(g[5]), pauseMs: Number(g[7]) })
      continue
    }
    if (GC_FRAGMENT.test(line)) continue
    let entry = null
    try {
      entry = JSON.parse(line)
    } catch {
      other++
      if (examples.length < 5) examples.push(line.slice(0, 300))
      continue
    }
    levels[entry.level] = (levels[entry.level] ?? 0) + 1
    if (entry.level >= 40 && examples.length < 5) examples.push(`${entry.level}: ${entry.msg} ${entry.err?.message ?? ''}`.slice(0, 300))
    const what = { server, msg: entry.msg, err: entry.err?.message ?? null, url: entry.req?.url ?? null }
    if (entry.level >= 50) book.add('server logged an error', what)
    else if (entry.level >= 40) warnings.add('server logged a warning', what)
  }
  // Node's own warnings (process.emitWarning) go to stderr as text, outside pino.
  if (other > 0) warnings.add('server wrote non-JSON output (stderr)', { server, example: examples.find((e) => !/^\d+: /.test(e)) ?? '' }, other)
  return { path: relative(ROOT, path), bytes: size, linesByLevel: levels, nonJsonLines: other, examples, gc }
}

/** The GC lines of the load, on the load's clock (seconds from its start): the live heap after each full GC and the pauses. */
function gcReport(events, offsetS, fromS, toS) {
  if (events.length === 0) return null
  const inLoad = events.map((e) => ({ ...e, t: round(e.ms / 1000 - offsetS, 1) })).filter((e) => e.t >= 0 && e.t <= toS)
  const full = inLoad.filter((e) => e.kind === 'Mark-Compact' || e.kind === 'Mark-sweep')
  const minor = inLoad.filter((e) => e.kind !== 'Mark-Compact' && e.kind !== 'Mark-sweep')
  const pauses = (list) => {
    const p = new Samples()
    for (const e of list) p.push(e.pauseMs)
    const sum = p.summary()
    return { count: list.length, totalMs: round(sum.n === 0 ? 0 : sum.mean * sum.n, 0), p99Ms: round(sum.p99, 1), maxMs: round(sum.max, 1) }
  }
  const points = full.filter((e) => e.t >= fromS).map((e) => ({ x: e.t / 60, y: e.afterMB }))
  let liveHeap = { verdict: 'too few full GCs to judge', fullGcs: points.length }
  if (points.length >= 6) {
    const third = Math.floor(points.length / 3)
    const first = mean(points.slice(0, third).map((p) => p.y))
    const last = mean(points.slice(-third).map((p) => p.y))
    const k = slope(points)
    liveHeap = {
      verdict: k > GROWTH.slopeMBPerMin && last - first > GROWTH.riseMB ? 'grows' : 'no growth trend',
      fullGcs: points.length,
      fromS,
      firstThirdMB: round(first, 1),
      lastThirdMB: round(last, 1),
      riseMB: round(last - first, 1),
      slopeMBPerMin: round(k, 2),
      afterEachFullGcMB: points.map((p) => p.y),
      rule: `the heap left after each full (mark-compact) GC; grows when its least-squares slope is over ${GROWTH.slopeMBPerMin} MB/min and its last third is more than ${GROWTH.riseMB} MB above its first`
    }
  }
  return { liveHeap, fullGc: pauses(full), minorGc: pauses(minor), fullGcTimesS: full.map((e) => e.t) }
}

// ---------------------------------------------------------------- output

function pad(s, n, right = false) {
  s = String(s ?? '-')
  return right ? s.padStart(n) : s.padEnd(n)
}

function printReport(r) {
  const out = []
  const line = (s = '') => out.push(s)
  line()
  line(`Load test: ${r.load.connections} connections for ${r.load.durationS} s against ${['node', ...SERVER_NODE_FLAGS, 'dist/server.js'].join(' ')} (${r.machine.nproc} × ${r.machine.cpuModel}, ${r.machine.node})`)
  line(`load average before ${r.loadavg.before.join(' ')}, after ${r.loadavg.after.join(' ')}`)
  line()
  const cols = [38, 9, 8, 8, 8, 8, 9, 6]
  line(
    [pad('route family', cols[0]), pad('requests', cols[1], true), pad('req/s', cols[2], true), pad('p50 ms', cols[3], true), pad('p90 ms', cols[4], true), pad('p99 ms', cols[5], true), pad('max ms', cols[6], true), pad('errors', cols[7], true), '  statuses'].join(' ')
  )
  for (const f of r.families) {
    line(
      [
        pad(f.family, cols[0]),
        pad(f.requests, cols[1], true),
        pad(f.reqPerS, cols[2], true),
        pad(f.latencyMs.p50, cols[3], true),
        pad(f.latencyMs.p90, cols[4], true),
        pad(f.latencyMs.p99, cols[5], true),
        pad(f.latencyMs.max, cols[6], true),
        pad(f.errors, cols[7], true),
        '  ' + Object.entries(f.statuses).map(([s, n]) => `${s}:${n}`).join(' ')
      ].join(' ')
    )
  }
  const o = r.totals
  line(
    [pad('all', cols[0]), pad(o.responses, cols[1], true), pad(o.reqPerS, cols[2], true), pad(o.latencyMs.p50, cols[3], true), pad(o.latencyMs.p90, cols[4], true), pad(o.latencyMs.p99, cols[5], true), pad(o.latencyMs.max, cols[6], true), pad(r.errors.total, cols[7], true)].join(' ')
  )
  line()
  line(`server CPU ${o.serverCpuS} s (${o.serverCpuCores} cores on average), load generator CPU ${o.generatorCpuS} s`)
  const m = r.memory
  line(`RSS: ${m.startMB} MB at start, ${m.beforeLoadMB} MB before the load, ${m.endMB} MB at the end of it, ${m.afterIdleMB} MB after ${m.idleS} s idle; peak ${m.peakMB} MB`)
  const tr = (x) =>
    x.firstThirdMB === undefined
      ? `${x.verdict} (${x.samples} samples)`
      : `${x.verdict}: floor ${x.floor.valuesMB.join(' ')} MB, ${x.floor.slopeMBPerMin} MB/min; ` +
        `samples from ${x.fromS} s: first third ${x.firstThirdMB} MB, last third ${x.lastThirdMB} MB, slope ${x.slopeMBPerMin} MB/min, range ${x.minMB}-${x.maxMB}`
  line(`RSS trend:  ${tr(m.rssTrend)}`)
  const lh = m.liveHeapTrend
  if (lh === null) line('live heap: no GC trace')
  else if (lh.firstThirdMB === undefined) line(`live heap after full GCs: ${lh.verdict} (${lh.fullGcs} full GCs after the warm-up)`)
  else {
    line(`live heap after full GCs: ${lh.verdict}: ${lh.fullGcs} full GCs from ${lh.fromS} s, first third ${lh.firstThirdMB} MB, last third ${lh.lastThirdMB} MB, slope ${lh.slopeMBPerMin} MB/min`)
  }
  if (m.gc !== null) line(`GC pauses: ${m.gc.fullGc.count} full (max ${m.gc.fullGc.maxMs} ms, total ${m.gc.fullGc.totalMs} ms), ${m.gc.minorGc.count} minor (p99 ${m.gc.minorGc.p99Ms} ms, max ${m.gc.minorGc.maxMs} ms)`)
  line(`heap sampled from /health (between GCs, a sawtooth): ${m.sampledHeapTrend.minMB ?? '-'}-${m.sampledHeapTrend.maxMB ?? '-'} MB`)
  if (r.rateLimit !== null) {
    line(`deliberate 429s: ${r.rateLimit.deliberate429} (second server, limits ${RL.general}/${RL.check}/${RL.echoDelay} per min): ${r.rateLimit.steps.every((s) => s.ok) ? 'as the limits say' : 'NOT as the limits say'}`)
  }
  line(`probe: ${r.probe.filter((p) => p.ok).length}/${r.probe.length} requests as expected; canary connections on 127.0.0.1: ${r.fixture?.canaryConnections ?? '-'}`)
  line(`servers stopped with SIGTERM: main exit ${r.shutdown.main?.code} in ${r.shutdown.main?.ms} ms${r.rateLimit ? `, rate-limit exit ${r.rateLimit.exit.code} in ${r.rateLimit.exit.ms} ms` : ''}`)
  line()
  if (r.errors.total === 0) line('errors: 0')
  else {
    line(`errors: ${r.errors.total}`)
    for (const [kind, k] of Object.entries(r.errors.byKind)) {
      line(`  ${kind}: ${k.count}`)
      for (const e of k.examples.slice(0, 4)) line(`    e.g. ${JSON.stringify(e).slice(0, 220)}`)
    }
  }
  for (const [kind, k] of Object.entries(r.warnings.byKind)) {
    line(`warning: ${kind}: ${k.count}`)
    for (const e of k.examples.slice(0, 3)) line(`    e.g. ${JSON.stringify(e).slice(0, 220)}`)
  }
  if (r.memory.rssTrend.verdict === 'grows') line(`memory: RSS GROWS${r.options.failOnGrowth ? ' (fails this run)' : ''}`)
  if (r.memory.liveHeapTrend?.verdict === 'grows') line(`memory: LIVE HEAP GROWS${r.options.failOnGrowth ? ' (fails this run)' : ''}`)
  line(`results: ${relative(process.cwd(), r.options.out) || r.options.out}`)
  process.stdout.write(out.join('\n') + '\n')
}

// ---------------------------------------------------------------- main

async function main() {
  let o
  try {
    o = parseArgs(process.argv.slice(2))
  } catch (err) {
    process.stderr.write(`loadtest: ${err.message}\n${USAGE}\n`)
    process.exit(2)
  }
  if (!existsSync(SERVER)) {
    process.stderr.write(`loadtest: ${relative(process.cwd(), SERVER)} is missing; run npm run build first (npm run loadtest does)\n`)
    process.exit(2)
  }
  installCleanup('loadtest')
  const book = new ErrorBook()
  /** What is worth a look but is not an error: server warnings, Node warnings on stderr. */
  const warnings = new ErrorBook()
  const startedAt = new Date().toISOString()
  const loadBefore = loadavg()
  let commit = null
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
    // dist/ is built from the working tree: say when src/ differs from the commit.
    if (execFileSync('git', ['status', '--porcelain', '--', 'src', 'data'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '') commit += '+changes'
  } catch {
    // not a checkout
  }

  process.stdout.write(`loadtest: ${o.connections} connections, ${o.durationS} s${o.soak ? ' (soak)' : ''}; load average ${loadBefore.join(' ')}\n`)

  // Phase 1: the fixture upstream and the server.
  const fixture = forkNode(join(HERE, 'fixture.js'), { cwd: ROOT, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } })
  const ready = await waitForMessage(fixture, (m) => m?.type === 'ready', 10_000, 'fixture')
  const fixtureUrl = `http://${FIXTURE_HOST}:${ready.port}`
  const canaryUrl = `http://${HOST}:${ready.port}`
  const logBase = o.soak ? 'server-soak' : 'server'
  const server = await startServer('main', mainServerEnv(ready.port), join(HERE, `${logBase}.log`), { traceGc: true })
  const startMem = memory(server.pid)
  process.stdout.write(`loadtest: server pid ${server.pid} on ${HOST}:${server.port}, fixture on ${fixtureUrl}, RSS ${mb(startMem.rss)} MB\n`)

  // Phase 2: the probe.
  const templates = buildTemplates({ fixture: fixtureUrl, canary: canaryUrl, bustSpace: BUST_SPACE })
  const probeResults = await probe(server.port, templates, book)
  const probeFailed = probeResults.filter((p) => !p.ok)
  process.stdout.write(`loadtest: probe ${probeResults.length - probeFailed.length}/${probeResults.length} as expected\n`)
  for (const p of probeFailed) process.stdout.write(`  probe: ${p.request}: ${p.problems.join('; ')}\n`)
  const beforeLoadMem = memory(server.pid)

  // Phase 3: the load.
  process.stdout.write(`loadtest: loading for ${o.durationS} s ...\n`)
  const load = await loadPhase({ server, templates, o, book })
  const idleS = 5
  await sleep(idleS * 1000)
  const idleMem = memory(server.pid)
  const shutdownMain = await stop(server.child)
  if (shutdownMain.code !== 0) book.add('server exit', { server: 'main', ...shutdownMain })

  // Phase 4: deliberate 429s.
  let rateLimit = null
  if (o.rateLimitPhase) {
    process.stdout.write('loadtest: rate-limit phase ...\n')
    rateLimit = await rateLimitPhase({ fixtureUrl, book, logPath: join(HERE, `${logBase}-rate-limit.log`) })
  }

  // The fixture's counts: the canary on 127.0.0.1 must have seen nothing.
  fixture.send({ type: 'stop' })
  const fixtureStats = (await waitForMessage(fixture, (m) => m?.type === 'stats', 5000, 'fixture').catch(() => null))?.stats ?? null
  if (fixtureStats === null) book.add('fixture', { problem: 'no statistics from the fixture' })
  else if (fixtureStats.canaryConnections > 0) book.add('connection to the canary on 127.0.0.1', { connections: fixtureStats.canaryConnections })

  const logs = {
    main: scanLog(server.logPath, book, warnings, 'main'),
    rateLimit: rateLimit === null ? null : scanLog(join(HERE, `${logBase}-rate-limit.log`), book, warnings, 'rate-limit')
  }

  // ---- the results ----
  const elapsed = load.elapsedS
  const families = [...load.families.entries()]
    .map(([family, f]) => {
      const s = f.latency.summary()
      return {
        family,
        requests: f.count,
        share: round((100 * f.count) / Math.max(1, load.responses), 1),
        reqPerS: round(f.count / elapsed, 0),
        latencyMs: { p50: round(s.p50, 1), p90: round(s.p90, 1), p99: round(s.p99, 1), p999: round(s.p999, 1), max: round(s.max, 1), mean: round(s.mean, 2) },
        statuses: f.statuses,
        errors: f.errors
      }
    })
    .sort((a, b) => b.requests - a.requests)
  const perTemplate = templates.map((t) => ({
    request: t.name,
    family: t.family,
    weight: t.load ? t.weight : 0,
    expect: [...t.expect],
    requests: load.perTemplate[t.index].count,
    statuses: load.perTemplate[t.index].statuses,
    bytesPerResponse: load.perTemplate[t.index].count === 0 ? null : Math.round(load.perTemplate[t.index].bytes / load.perTemplate[t.index].count)
  }))
  const peakMB = Math.max(...load.samples.map((s) => s.hwmMB ?? 0), mb(idleMem.hwm) ?? 0)
  const timeline = load.samples.map((s, i) => ({
    ...s,
    reqPerS: i === 0 ? null : round((s.responses - load.samples[i - 1].responses) / Math.max(0.001, s.t - load.samples[i - 1].t), 0)
  }))
  const byKind = Object.fromEntries(Object.entries(book.kinds).sort((a, b) => b[1].count - a[1].count))
  const rssTrend = trend(load.samples, 'rssMB', o.warmupS, elapsed)
  const heapTrend = trend(load.samples, 'heapUsedMB', o.warmupS, elapsed)
  const gc = gcReport(logs.main?.gc ?? [], (load.t0 - server.spawnedAt) / 1000, o.warmupS, elapsed)
  if (logs.main) logs.main.gc = `${logs.main.gc.length} GC lines, summarised under memory.gc`

  const results = {
    startedAt,
    commit,
    command: `node ${relative(ROOT, fileURLToPath(import.meta.url))} ${process.argv.slice(2).join(' ')}`.trim(),
    options: { ...o, out: o.out },
    machine: machine(),
    loadavg: { before: loadBefore, after: loadavg() },
    servers: {
      main: { command: ['node', ...server.nodeArgs, relative(ROOT, SERVER)].join(' '), env: server.env },
      fixture: { url: fixtureUrl, canary: canaryUrl, bustSpace: BUST_SPACE }
    },
    load: { connections: o.connections, durationS: o.durationS, elapsedS: round(elapsed, 2), requestTimeoutS: REQUEST_TIMEOUT_S },
    totals: {
      responses: load.responses,
      reqPerS: round(load.responses / elapsed, 0),
      latencyMs: {
        p50: round(load.overall.p50, 1),
        p90: round(load.overall.p90, 1),
        p99: round(load.overall.p99, 1),
        p999: round(load.overall.p999, 1),
        max: round(load.overall.max, 1),
        mean: round(load.overall.mean, 2)
      },
      serverCpuS: load.serverCpuS,
      serverCpuCores: round(load.serverCpuS / elapsed, 2),
      generatorCpuS: load.generatorCpuS,
      requestsLostAfterConnectionClose: load.lostAfterClose,
      autocannon: load.autocannon
    },
    errors: { total: book.total, byKind },
    warnings: { total: warnings.total, byKind: warnings.kinds },
    families,
    requests: perTemplate,
    memory: {
      startMB: mb(startMem.rss),
      beforeLoadMB: mb(beforeLoadMem.rss),
      endMB: load.end.rssMB,
      afterIdleMB: mb(idleMem.rss),
      idleS,
      peakMB,
      warmupS: o.warmupS,
      rssTrend,
      liveHeapTrend: gc?.liveHeap ?? null,
      gc: gc === null ? null : { fullGc: gc.fullGc, minorGc: gc.minorGc, fullGcTimesS: gc.fullGcTimesS },
      sampledHeapTrend: { ...heapTrend, note: 'heapUsed from /health every sample: between collections, a sawtooth; informational, the live heap above is the verdict' },
      samples: timeline
    },
    probe: probeResults,
    rateLimit,
    fixture: fixtureStats,
    shutdown: { main: shutdownMain },
    logs
  }
  writeFileSync(o.out, JSON.stringify(results, null, 2) + '\n')
  printReport(results)
  const grows = rssTrend.verdict === 'grows' || gc?.liveHeap.verdict === 'grows'
  const fail = book.total > 0 || (o.failOnGrowth && grows)
  process.exit(fail ? 1 : 0)
}

await main()
