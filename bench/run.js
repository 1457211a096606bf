// The load benchmark (issue 7): our production server against a bare node:http baseline that sends the same
// bytes, both pinned to one core and loaded at the same time from another core; the judged figure is requests
// per CPU-second, ours over the baseline's. See bench/README.md for the method.
//
//   node bench/run.js [--duration=5] [--reps=3] [--connections=10] [--startups=3] [--warmup=2] [--paths=id,id]
//                     [--no-aa] [--out=bench/results.json] [--log-level=info]
// or the same through the environment: BENCH_DURATION, BENCH_REPS, BENCH_CONNECTIONS, BENCH_STARTUPS,
// BENCH_WARMUP, BENCH_PATHS, BENCH_AA=0, BENCH_OUT. --log-level=silent (BENCH_LOG_LEVEL) is for diagnosis only:
// the judged figures are with the production default, info. Expects a built dist/ (npm run bench builds first).
import { execFileSync } from 'node:child_process'
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  BENCH_DIR,
  CLK_TCK,
  EXTRA_SERVER_ENV,
  HOST,
  LOAD_CORE,
  ROOT,
  SERVER,
  SERVER_CORE,
  SERVER_NODE_FLAGS,
  TASKSET,
  cpuModel,
  cpuSeconds,
  freePort,
  gitRevision,
  installCleanup,
  killAll,
  log,
  median,
  memory,
  onLines,
  option,
  ourServerEnv,
  request,
  spawnNode,
  stop,
  waitFor200,
  waitForLine
} from './lib.js'

// ---- options ----

function intOption(name, envName, fallback, min, max) {
  const raw = option(name, envName, String(fallback))
  const n = Number(raw)
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new Error(`--${name} (${envName}) must be a number from ${min} to ${max}, got ${JSON.stringify(raw)}`)
  }
  return n
}

const opts = {
  durationS: intOption('duration', 'BENCH_DURATION', 5, 1, 120),
  reps: Math.round(intOption('reps', 'BENCH_REPS', 3, 1, 50)),
  connections: Math.round(intOption('connections', 'BENCH_CONNECTIONS', 10, 1, 500)),
  startups: Math.round(intOption('startups', 'BENCH_STARTUPS', 3, 1, 20)),
  warmupS: intOption('warmup', 'BENCH_WARMUP', 2, 0, 60),
  aa: !process.argv.includes('--no-aa') && process.env.BENCH_AA !== '0',
  paths: option('paths', 'BENCH_PATHS', ''),
  // Diagnostic only: the judged figures are with LOG_LEVEL=info, the production default.
  logLevel: option('log-level', 'BENCH_LOG_LEVEL', 'info'),
  out: null
}
// A diagnostic run never overwrites the judged results.json (bench/results-*.json is git-ignored).
opts.out = path.resolve(option('out', 'BENCH_OUT', path.join(BENCH_DIR, opts.logLevel === 'info' ? 'results.json' : `results-log-${opts.logLevel}.json`)))

// ---- what is measured ----

/** variant: which of the baseline's answers for that URL this request gets. */
const ALL_PATHS = [
  { id: 'codes-409', label: 'GET /codes/409', path: '/codes/409', headers: {}, expect: 200, variant: 'identity' },
  { id: 'codes', label: 'GET /codes', path: '/codes', headers: {}, expect: 200, variant: 'identity' },
  { id: 'codes-409-br', label: 'GET /codes/409, Accept-Encoding: br', path: '/codes/409', headers: { 'accept-encoding': 'br' }, expect: 200, variant: 'br' },
  { id: 'compare', label: 'GET /compare?codes=401,403', path: '/compare?codes=401,403', headers: {}, expect: 200, variant: 'identity' },
  { id: 'echo-200', label: 'GET /echo/200', path: '/echo/200', headers: {}, expect: 200, variant: 'identity' },
  { id: 'echo-404', label: 'GET /echo/404', path: '/echo/404', headers: {}, expect: 404, variant: 'identity' },
  // The site's page for 409, as a browser asks for it.
  {
    id: 'page-409',
    label: 'GET /409 (HTML page), Accept-Encoding: br',
    path: '/409',
    headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', 'accept-encoding': 'br' },
    expect: 200,
    variant: 'br'
  },
  // A Prometheus scrape: its body varies from one scrape to the next; the baseline replays the captured one.
  // Not judged against the floor or goal: a scraper asks for it every few seconds, not thousands of times a second.
  { id: 'metrics', label: 'GET /metrics (Prometheus scrape, not judged)', path: '/metrics', headers: {}, expect: 200, variant: 'identity', judged: false },
  // The If-None-Match value is filled in from the captured 200.
  { id: 'codes-409-304', label: 'GET /codes/409, If-None-Match: 304', path: '/codes/409', headers: { 'if-none-match': null }, expect: 304, variant: 'notModified' }
]

/** The response headers the baseline repeats; everything else (helmet, CORS, request id) is our server's extra cost. */
const BASELINE_HEADERS = ['content-type', 'etag', 'cache-control', 'content-encoding', 'vary']

/** Startup is timed to the first 200 on these: a code's record, then a code's page (rendered on first request). */
const STARTUP_PATHS = ['/codes/404', '/409']
/** While our server is loaded, /metrics is scraped this often, as Prometheus would (its default is every 15 s, or 60 s). */
const SCRAPE_INTERVAL_MS = 1000

const TARGETS = { floorRatio: 0.5, goalRatio: 0.85, maxP99Ratio: 1.5, maxStartupMs: 500, maxRssBytes: 120 * 1024 * 1024 }

// ---- helpers ----

const round = (x, digits = 0) => (x === null || x === undefined || !Number.isFinite(x) ? null : Number(x.toFixed(digits)))
const mb = (bytes) => round(bytes / 1024 / 1024, 1)

const serverEnv = (port) => ourServerEnv(port, opts.logLevel)

function lastLines(buffer, n = 20) {
  return buffer.split('\n').slice(-n).join('\n')
}

/** Starts our production server, pinned, its stdout (the request log) appended to logFd. */
async function startOurs(logFd) {
  const port = await freePort()
  const t0 = performance.now()
  const child = spawnNode([...SERVER_NODE_FLAGS, SERVER], { core: SERVER_CORE, env: serverEnv(port), stdio: ['ignore', logFd, 'pipe'], cwd: ROOT })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (c) => {
    stderr = (stderr + c).slice(-8192)
  })
  try {
    // Startup is judged on data and on a page: spawn to the first 200 on /codes/404 (polled until the server
    // listens), then at once /409, whose page is rendered on its first request.
    const startupMs = await waitFor200(child, port, t0, STARTUP_PATHS[0])
    const pageMs = await waitFor200(child, port, t0, STARTUP_PATHS[1])
    return { child, port, startupMs, pageMs, stderr: () => stderr }
  } catch (err) {
    await stop(child, 500)
    throw new Error(`our server did not start: ${err.message}\n${lastLines(stderr)}`)
  }
}

async function startBaseline(specFile, name) {
  const child = spawnNode([path.join(BENCH_DIR, 'baseline.js'), specFile, '0'], { core: SERVER_CORE, env: { PATH: process.env.PATH ?? '' } })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (c) => {
    stderr = (stderr + c).slice(-8192)
  })
  try {
    const line = await waitForLine(child, child.stdout, (l) => l.startsWith('{"port"'), 10_000, name)
    return { child, port: JSON.parse(line).port }
  } catch (err) {
    await stop(child, 500)
    throw new Error(`${err.message}\n${lastLines(stderr)}`)
  }
}

function headersFor(p, etag) {
  const h = { ...p.headers }
  if ('if-none-match' in h) h['if-none-match'] = etag
  return h
}

/** Approximate size of a response head on the wire, from the raw header list. */
function headBytes(res) {
  let n = `HTTP/1.1 ${res.status} X\r\n`.length + 2
  for (let i = 0; i < res.rawHeaders.length; i += 2) n += res.rawHeaders[i].length + 2 + Buffer.byteLength(res.rawHeaders[i + 1]) + 2
  return n
}

function captured(res) {
  const headers = {}
  for (const name of BASELINE_HEADERS) if (res.headers[name] !== undefined) headers[name] = res.headers[name]
  return { status: res.status, headers, body: res.body.toString('base64') }
}

/** Starts one load generator (pinned to the load core) and resolves when it is ready for "go". */
async function startLoad(port, p, headers, durationS) {
  const child = spawnNode(
    [path.join(BENCH_DIR, 'load.js'), `http://${HOST}:${port}`, p.path, JSON.stringify(headers), String(durationS), String(opts.connections)],
    { core: LOAD_CORE, env: { PATH: process.env.PATH ?? '', BENCH_LOAD_SYNC: '1' }, stdio: ['pipe', 'pipe', 'pipe'], cwd: ROOT }
  )
  const lines = []
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (c) => {
    stderr = (stderr + c).slice(-8192)
  })
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error('load generator: not ready within 30 s'))
    }, 30_000)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`load generator exited (code ${code}) before it was ready\n${lastLines(stderr)}`))
    })
    onLines(child.stdout, (line) => {
      lines.push(line)
      if (line === '{"ready":true}') {
        clearTimeout(timer)
        resolve()
      }
    })
  })
  await ready
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
  return { child, lines, exited, stderr: () => stderr }
}

/**
 * One side-by-side run: two servers on the server core, two load generators on the load core, started at the
 * same moment on the same path. Returns each side's requests, CPU seconds and latency.
 */
async function pairRun(p, sides, { rssPid = null, logPath = null, durationS = opts.durationS } = {}) {
  const loads = []
  try {
    const starting = await Promise.allSettled(sides.map((side) => startLoad(side.port, p, side.headers, durationS)))
    for (const st of starting) if (st.status === 'fulfilled') loads.push(st.value)
    const failed = starting.find((st) => st.status === 'rejected')
    if (failed !== undefined) throw failed.reason
    const logBefore = logPath === null ? 0 : statSync(logPath).size
    const cpuBefore = sides.map((s) => cpuSeconds(s.pid))
    let peakRss = 0
    const sampleRss = () => {
      if (rssPid !== null) {
        try {
          peakRss = Math.max(peakRss, memory(rssPid).rss ?? 0)
        } catch {
          // exited: reported by the run
        }
      }
    }
    const sampler = setInterval(sampleRss, 100)
    // Our server runs with its metrics scraped, so their collection is part of its cost.
    const ourPort = sides.find((s) => s.pid === rssPid)?.port
    const scraper = ourPort === undefined ? undefined : setInterval(() => request(ourPort, '/metrics').catch(() => {}), SCRAPE_INTERVAL_MS)
    const cpuAfter = new Array(sides.length).fill(null)
    const t0 = performance.now()
    // Read each server's CPU as soon as its own load generator ends, so each window matches its load.
    const finished = loads.map((l, i) =>
      l.exited.then((code) => {
        cpuAfter[i] = cpuSeconds(sides[i].pid)
        return code
      })
    )
    for (const l of loads) l.child.stdin.write('go\n')
    let watchdog
    const limitMs = durationS * 1000 + 30_000
    const codes = await Promise.race([
      Promise.all(finished),
      new Promise((_, reject) => {
        watchdog = setTimeout(() => reject(new Error(`a load generator ran past ${limitMs} ms`)), limitMs)
      })
    ]).finally(() => {
      clearTimeout(watchdog)
      clearInterval(sampler)
      clearInterval(scraper)
    })
    sampleRss()
    const wallS = (performance.now() - t0) / 1000
    const logBytes = logPath === null ? null : statSync(logPath).size - logBefore
    return sides.map((side, i) => {
      if (codes[i] !== 0) throw new Error(`load generator for ${side.name} exited with ${codes[i]}\n${lastLines(loads[i].stderr())}`)
      const out = JSON.parse(loads[i].lines.filter((l) => l.startsWith('{"url"')).pop())
      const cpuS = cpuAfter[i].total - cpuBefore[i].total
      const unexpected = Object.entries(out.statuses)
        .filter(([code]) => Number(code) !== p.expect)
        .reduce((a, [, n]) => a + n, 0)
      return {
        side: side.name,
        requests: out.requests,
        cpuS: round(cpuS, 3),
        userS: round(cpuAfter[i].utime - cpuBefore[i].utime, 3),
        systemS: round(cpuAfter[i].stime - cpuBefore[i].stime, 3),
        reqPerCpuS: cpuS > 0 ? round(out.requests / cpuS) : null,
        reqPerS: round(out.requestsPerS),
        cpuUtilisation: round(cpuS / out.durationS, 3),
        durationS: round(out.durationS, 3),
        latencyMs: { p50: round(out.latencyMs.p50, 3), p90: round(out.latencyMs.p90, 3), p99: round(out.latencyMs.p99, 3), max: round(out.latencyMs.max, 3) },
        wireBytesPerResponse: round(out.bytesPerResponse, 1),
        statuses: out.statuses,
        unexpectedStatuses: unexpected,
        errors: out.errors,
        timeouts: out.timeouts,
        ...(rssPid === side.pid ? { peakRssBytes: peakRss } : {}),
        ...(logPath !== null && side.name === 'ours' ? { logBytesPerRequest: out.requests > 0 ? round(logBytes / out.requests, 1) : null } : {}),
        wallS: round(wallS, 3)
      }
    })
  } finally {
    for (const l of loads) if (l.child.exitCode === null && l.child.signalCode === null) l.child.kill('SIGKILL')
  }
}

function summarise(runs) {
  const pick = (f) => median(runs.map(f))
  return {
    reqPerCpuS: round(pick((r) => r.reqPerCpuS)),
    reqPerS: round(pick((r) => r.reqPerS)),
    cpuUtilisation: round(pick((r) => r.cpuUtilisation), 3),
    p50Ms: round(pick((r) => r.latencyMs.p50), 3),
    p99Ms: round(pick((r) => r.latencyMs.p99), 3),
    wireBytesPerResponse: round(pick((r) => r.wireBytesPerResponse), 1)
  }
}

function ratioStats(values) {
  const v = values.filter((x) => Number.isFinite(x))
  return { median: round(median(v), 3), min: round(Math.min(...v), 3), max: round(Math.max(...v), 3), runs: v.map((x) => round(x, 3)) }
}

// ---- the run ----

async function main() {
  installCleanup()
  if (!existsSync(SERVER)) throw new Error(`${path.relative(process.cwd(), SERVER)} is missing: run npm run build (npm run bench builds first)`)
  const selected = opts.paths === '' ? ALL_PATHS : ALL_PATHS.filter((p) => opts.paths.split(',').includes(p.id))
  if (selected.length === 0) throw new Error(`--paths matched none of ${ALL_PATHS.map((p) => p.id).join(', ')}`)

  const pinned = TASKSET !== null && os.cpus().length >= 2
  if (TASKSET === null) log('bench: taskset not found: servers and load generators run UNPINNED (figures are noisier)')
  else if (!pinned) log('bench: fewer than 2 CPUs: cannot separate servers from load generators')
  if (pinned) {
    // This process only waits and samples /proc; keep it off the servers' core.
    try {
      execFileSync(TASKSET, ['-p', '-c', String(LOAD_CORE), String(process.pid)], { stdio: 'ignore' })
    } catch {
      log('bench: could not pin the runner itself to the load core')
    }
  }

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'siteerror-bench-'))
  const logPath = path.join(BENCH_DIR, 'server.log')
  writeFileSync(logPath, '')
  const logFd = openSync(logPath, 'a') // O_APPEND: the file can be truncated between runs while the server writes
  const started = new Date()
  const children = []
  try {
    // 1. Startup: spawn to the first 200 on /codes/404 and on /409, several times; the last instance is the one
    // under load.
    const startupMs = []
    const pageStartupMs = []
    let ours
    for (let i = 0; i < opts.startups; i++) {
      const s = await startOurs(logFd)
      startupMs.push(round(s.startupMs, 1))
      pageStartupMs.push(round(s.pageMs, 1))
      if (i < opts.startups - 1) await stop(s.child, 12_000)
      else ours = s
    }
    children.push(ours.child)
    log(`bench: startup to the first 200 on ${STARTUP_PATHS[0]}: ${startupMs.join(', ')} ms; on ${STARTUP_PATHS[1]}: ${pageStartupMs.join(', ')} ms`)

    // 2. Capture exactly what our server sends on each path.
    const captures = {}
    let etag = null
    for (const p of [...ALL_PATHS].sort((a, b) => (a.variant === 'notModified') - (b.variant === 'notModified'))) {
      if (p.variant === 'notModified' && etag === null) continue
      const res = await request(ours.port, p.path, headersFor(p, etag))
      if (p.id === 'codes-409') etag = res.headers.etag ?? null
      captures[p.id] = { res, headers: headersFor(p, etag) }
    }
    const routes = new Map()
    for (const p of ALL_PATHS) {
      const c = captures[p.id]
      if (c === undefined) continue
      const route = routes.get(p.path) ?? { url: p.path }
      route[p.variant] = captured(c.res)
      if (p.variant === 'identity' && c.res.headers.etag !== undefined) route.etag = c.res.headers.etag
      routes.set(p.path, route)
    }
    for (const route of routes.values()) if (route.identity === undefined) route.identity = route.br ?? route.notModified
    const specFile = path.join(tmp, 'responses.json')
    writeFileSync(specFile, JSON.stringify({ routes: [...routes.values()] }))

    const pathsInfo = []
    for (const p of selected) {
      const c = captures[p.id]
      if (c === undefined) {
        log(`bench: skipping ${p.label}: ${p.variant === 'notModified' ? 'GET /codes/409 had no ETag' : 'not captured'}`)
        continue
      }
      if (c.res.status !== p.expect) log(`bench: WARNING ${p.label} answered ${c.res.status}, expected ${p.expect}`)
      pathsInfo.push({
        ...p,
        headers: c.headers,
        captured: {
          status: c.res.status,
          bodyBytes: c.res.body.length,
          headBytes: headBytes(c.res),
          headerCount: c.res.rawHeaders.length / 2,
          contentType: c.res.headers['content-type'] ?? null,
          contentEncoding: c.res.headers['content-encoding'] ?? null,
          vary: c.res.headers.vary ?? null,
          etag: c.res.headers.etag ?? null,
          cacheControl: c.res.headers['cache-control'] ?? null
        }
      })
    }

    // 3. Two baselines (the second only for the A/A check), checked against the captures.
    const baseA = await startBaseline(specFile, 'baseline')
    children.push(baseA.child)
    const baseB = opts.aa ? await startBaseline(specFile, 'baseline-2') : null
    if (baseB !== null) children.push(baseB.child)
    for (const p of pathsInfo) {
      for (const b of [baseA, baseB].filter(Boolean)) {
        const res = await request(b.port, p.path, p.headers)
        const want = captures[p.id].res
        if (res.status !== want.status || !res.body.equals(want.body)) throw new Error(`the baseline does not reproduce ${p.label}: ${res.status}, ${res.body.length} bytes`)
      }
    }

    const oursSide = (p) => ({ name: 'ours', pid: ours.child.pid, port: ours.port, headers: p.headers })
    const baseSide = (p, b, name) => ({ name, pid: b.child.pid, port: b.port, headers: p.headers })

    // 4. Warm-up, not measured: every server on every path at once, so the JIT has settled before the first run.
    if (opts.warmupS > 0) {
      log(`bench: warm-up, ${opts.warmupS} s per path`)
      for (const p of pathsInfo) {
        await pairRun(p, [oursSide(p), baseSide(p, baseA, 'baseline'), ...(baseB === null ? [] : [baseSide(p, baseB, 'baseline-2')])], { durationS: opts.warmupS })
      }
    }

    // 5. The runs: every repetition visits every path, ours vs baseline, then baseline vs baseline (A/A).
    const total = opts.reps * pathsInfo.length * (opts.aa ? 2 : 1)
    log(`bench: ${total} runs of ${opts.durationS} s, ${opts.connections} connections per generator; about ${Math.ceil((total * (opts.durationS + 1.2)) / 60)} min`)
    const byPath = new Map(pathsInfo.map((p) => [p.id, { ab: [], aa: [] }]))
    let k = 0
    for (let rep = 0; rep < opts.reps; rep++) {
      for (const p of pathsInfo) {
        // Alternate which generator starts first, so neither side always has the head start, and which baseline
        // instance ours is measured against, so both baselines carry the same history into the A/A check.
        const partner = baseB !== null && rep % 2 === 1 ? baseB : baseA
        const pair = [oursSide(p), baseSide(p, partner, 'baseline')]
        if (rep % 2 === 1) pair.reverse()
        truncateSync(logPath, 0)
        const r = await pairRun(p, pair, { rssPid: ours.child.pid, logPath })
        const o = r.find((x) => x.side === 'ours')
        const b = r.find((x) => x.side === 'baseline')
        byPath.get(p.id).ab.push({ rep, baselineInstance: partner === baseA ? 'A' : 'B', ours: o, baseline: b, ratio: round(o.reqPerCpuS / b.reqPerCpuS, 3), p99Ratio: round(o.latencyMs.p99 / b.latencyMs.p99, 3) })
        log(`  [${++k}/${total}] ${p.label.padEnd(38)} ours ${String(o.reqPerCpuS).padStart(6)} req/CPU-s  baseline ${String(b.reqPerCpuS).padStart(6)}  ratio ${round(o.reqPerCpuS / b.reqPerCpuS, 3)}`)
        for (const x of r) {
          if (x.unexpectedStatuses > 0 || x.errors > 0 || x.timeouts > 0) log(`    WARNING ${x.side}: ${x.unexpectedStatuses} unexpected statuses ${JSON.stringify(x.statuses)}, ${x.errors} errors, ${x.timeouts} timeouts`)
        }
        if (baseB !== null) {
          const aaPair = [baseSide(p, baseA, 'A'), baseSide(p, baseB, 'B')]
          if (rep % 2 === 1) aaPair.reverse()
          const ra = await pairRun(p, aaPair)
          const a = ra.find((x) => x.side === 'A')
          const bb = ra.find((x) => x.side === 'B')
          byPath.get(p.id).aa.push({ rep, a, b: bb, ratio: round(bb.reqPerCpuS / a.reqPerCpuS, 3), p99Ratio: round(bb.latencyMs.p99 / a.latencyMs.p99, 3) })
          log(`  [${++k}/${total}] ${('A/A ' + p.label).padEnd(38)} B/A ${round(bb.reqPerCpuS / a.reqPerCpuS, 3)}`)
        }
      }
    }

    // 6. Memory after the load: VmHWM is the peak over the whole life of the process.
    const oursMem = memory(ours.child.pid)
    const baseMem = memory(baseA.child.pid)
    const peakRssUnderLoad = Math.max(...[...byPath.values()].flatMap((v) => v.ab.map((r) => r.ours.peakRssBytes ?? 0)))

    // 7. Summaries and targets.
    const results = []
    for (const p of pathsInfo) {
      const { ab, aa } = byPath.get(p.id)
      const ratio = ratioStats(ab.map((r) => r.ratio))
      const p99Ratio = ratioStats(ab.map((r) => r.p99Ratio))
      results.push({
        id: p.id,
        label: p.label,
        request: { method: 'GET', path: p.path, headers: p.headers },
        response: p.captured,
        ours: summarise(ab.map((r) => r.ours)),
        baseline: summarise(ab.map((r) => r.baseline)),
        ratio,
        p99Ratio,
        logBytesPerRequest: round(median(ab.map((r) => r.ours.logBytesPerRequest)), 1),
        // Responses other than the expected status (a 429 from the rate limit, a 5xx), errors or timeouts on
        // either side make the comparison invalid: the baseline always sends the captured response.
        invalidResponses: ab.reduce((a, r) => a + r.ours.unexpectedStatuses + r.ours.errors + r.ours.timeouts + r.baseline.unexpectedStatuses + r.baseline.errors + r.baseline.timeouts, 0),
        aa: aa.length === 0 ? null : { ratio: ratioStats(aa.map((r) => r.ratio)), p99Ratio: ratioStats(aa.map((r) => r.p99Ratio)) },
        targets: {
          floor: p.judged === false ? null : ratio.median >= TARGETS.floorRatio,
          goal: p.judged === false ? null : ratio.median >= TARGETS.goalRatio,
          p99: p99Ratio.median <= TARGETS.maxP99Ratio
        },
        runs: ab,
        aaRuns: aa
      })
    }
    const aaAll = results.flatMap((r) => (r.aa === null ? [] : r.aa.ratio.runs))
    const aaSummary =
      aaAll.length === 0
        ? null
        : {
            ratio: ratioStats(aaAll),
            maxDeviation: round(Math.max(...aaAll.map((x) => Math.abs(x - 1))), 3),
            medianOfPathMedians: round(median(results.map((r) => r.aa?.ratio.median)), 3),
            maxPathMedianDeviation: round(Math.max(...results.map((r) => Math.abs((r.aa?.ratio.median ?? 1) - 1))), 3),
            p99Ratio: ratioStats(results.flatMap((r) => r.aa.p99Ratio.runs))
          }
    const startupMedian = median(startupMs)
    const pageStartupMedian = median(pageStartupMs)
    const out = {
      date: started.toISOString(),
      finished: new Date().toISOString(),
      revision: gitRevision(),
      machine: { node: process.version, cpuModel: cpuModel(), cores: os.cpus().length, clkTck: CLK_TCK, platform: `${os.platform()} ${os.release()}`, loadAverageAtStart: os.loadavg() },
      method: {
        pinned,
        serverCore: pinned ? SERVER_CORE : null,
        loadCore: pinned ? LOAD_CORE : null,
        loadGenerator: 'autocannon, one process per server, started together',
        durationS: opts.durationS,
        warmupSPerPath: opts.warmupS,
        repetitions: opts.reps,
        connectionsPerGenerator: opts.connections,
        serverCommand: ['node', ...SERVER_NODE_FLAGS, 'dist/server.js'].join(' '),
        serverEnv: { ...EXTRA_SERVER_ENV, HOST, LOG_LEVEL: opts.logLevel, NODE_ENV: 'production', log: 'stdout to bench/server.log' },
        baselineHeaders: BASELINE_HEADERS,
        judged: 'median over repetitions of (ours requests per CPU-second / baseline requests per CPU-second), measured in the same run'
      },
      targets: TARGETS,
      startup: {
        paths: STARTUP_PATHS,
        ms: startupMs,
        medianMs: round(startupMedian, 1),
        pageMs: pageStartupMs,
        pageMedianMs: round(pageStartupMedian, 1),
        met: Math.max(startupMedian, pageStartupMedian) < TARGETS.maxStartupMs
      },
      memory: {
        oursPeakRssUnderLoadBytes: peakRssUnderLoad,
        oursPeakRssUnderLoadMB: mb(peakRssUnderLoad),
        oursVmHWMBytes: oursMem.hwm,
        oursVmHWMMB: mb(oursMem.hwm),
        baselineVmHWMMB: mb(baseMem.hwm),
        met: Math.max(peakRssUnderLoad, oursMem.hwm ?? 0) < TARGETS.maxRssBytes
      },
      aa: aaSummary,
      summary: {
        floorMetOnEveryPath: results.every((r) => r.targets.floor !== false),
        goalMetOnEveryPath: results.every((r) => r.targets.goal !== false),
        p99MetOnEveryPath: results.every((r) => r.targets.p99),
        valid: results.every((r) => r.invalidResponses === 0)
      },
      paths: results
    }
    writeFileSync(opts.out, JSON.stringify(out, null, 2) + '\n')
    printTable(out)
    log(`bench: wrote ${path.relative(process.cwd(), opts.out)}; the last run's request log is in ${path.relative(process.cwd(), logPath)}`)
  } finally {
    await Promise.all(children.map((c) => stop(c, 12_000)))
    killAll('SIGKILL')
    closeSync(logFd)
    rmSync(tmp, { recursive: true, force: true })
  }
}

function printTable(out) {
  const yes = (b) => (b === null ? '-' : b ? 'yes' : '**no**')
  const lines = []
  lines.push(`SiteError API benchmark, ${out.date.slice(0, 16).replace('T', ' ')} UTC, ${out.machine.cpuModel}, ${out.machine.cores} cores, Node ${out.machine.node}, rev ${out.revision}`)
  lines.push(
    `${out.method.pinned ? 'servers pinned to core 0, load generators to core 1' : 'UNPINNED'}; ${out.method.repetitions} x ${out.method.durationS} s per path, ${out.method.connectionsPerGenerator} connections per generator; medians`
  )
  if (out.method.serverEnv.LOG_LEVEL !== 'info') lines.push(`NOTE: LOG_LEVEL=${out.method.serverEnv.LOG_LEVEL}, not the production default: these are diagnostic figures, not the judged ones`)
  lines.push('')
  lines.push('| path | ours req/CPU-s | baseline req/CPU-s | ratio (min-max) | ours req/s | baseline req/s | p50 ms ours / base | p99 ms ours / base | p99 ratio | bytes on the wire ours / base | A/A ratio (min-max) | floor 0.5 | goal 0.85 | p99 <= 1.5x |')
  lines.push('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|:-:|:-:|:-:|')
  for (const r of out.paths) {
    lines.push(
      `| ${r.label}${r.invalidResponses > 0 ? ` (INVALID: ${r.invalidResponses} unexpected responses)` : ''} | ${r.ours.reqPerCpuS} | ${r.baseline.reqPerCpuS} | **${r.ratio.median.toFixed(2)}** (${r.ratio.min.toFixed(2)}-${r.ratio.max.toFixed(2)}) | ${r.ours.reqPerS} | ${r.baseline.reqPerS} | ${r.ours.p50Ms} / ${r.baseline.p50Ms} | ${r.ours.p99Ms} / ${r.baseline.p99Ms} | ${r.p99Ratio.median.toFixed(2)} | ${r.ours.wireBytesPerResponse} / ${r.baseline.wireBytesPerResponse} | ${r.aa === null ? '-' : `${r.aa.ratio.median.toFixed(2)} (${r.aa.ratio.min.toFixed(2)}-${r.aa.ratio.max.toFixed(2)})`} | ${yes(r.targets.floor)} | ${yes(r.targets.goal)} | ${yes(r.targets.p99)} |`
    )
  }
  lines.push('')
  lines.push(
    `startup, spawn to the first 200: on ${out.startup.paths[0]} median ${out.startup.medianMs} ms (${out.startup.ms.join(', ')}), on ${out.startup.paths[1]} median ${out.startup.pageMedianMs} ms (${out.startup.pageMs.join(', ')}), load average ${out.machine.loadAverageAtStart.map((x) => x.toFixed(2)).join(' ')}; target < 500 ms: ${yes(out.startup.met)}`
  )
  lines.push(`our peak RSS under load: ${out.memory.oursPeakRssUnderLoadMB} MB (VmHWM ${out.memory.oursVmHWMMB} MB; baseline VmHWM ${out.memory.baselineVmHWMMB} MB), target < 120 MB: ${yes(out.memory.met)}`)
  if (out.aa !== null) {
    lines.push(
      `A/A (baseline vs a second baseline): ratio median ${out.aa.ratio.median}, range ${out.aa.ratio.min}-${out.aa.ratio.max} over ${out.aa.ratio.runs.length} runs (largest deviation ${out.aa.maxDeviation}; per-path medians within ${out.aa.maxPathMedianDeviation} of 1); p99 ratio range ${out.aa.p99Ratio.min}-${out.aa.p99Ratio.max}`
    )
  }
  process.stdout.write(lines.join('\n') + '\n')
}

await main()
