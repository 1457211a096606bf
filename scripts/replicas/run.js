// The replica test (issue 17): two instances of the built server behind a real load balancer (HAProxy, with
// deploy/haproxy.cfg, health checks on /ready; or nginx, with deploy/nginx.conf, which has no active health
// checks), sharing rate limits through a real redis-server, under mixed
// load (GET, POST /check, POST /echo, delayed echoes) with bounded concurrency. Meanwhile: two full rolling
// restarts (each replica in turn gets SIGTERM, drains, exits, and is started again), then Redis stopped
// (SIGTERM, started again) and hung (SIGSTOP for 15 s, then SIGCONT). It prints a table per phase (requests,
// failures by kind, p99) and what it checked: the 51st request of a 50/min allowance is a 429 whichever
// replica answers, and how long the instances reported Redis failing open. Exits 1 on any failed request.
//
//   npm run test:replicas                         (builds first; runs in about a minute and a half)
//   npm run test:replicas -- --balancer=nginx
//
// redis-server and the balancer come from Debian: when missing, they are installed with apt-get if this runs as
// root; when they still cannot be had, the script says why and exits 0 (it did not run, it did not pass).
// Nothing is sent anywhere but 127.0.0.1 and 127.0.0.2.
import { execFileSync, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Agent, request } from 'undici'
import { SERVER_NODE_FLAGS, freePort, installCleanup, sleep, track } from '../loadtest/lib.js'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const HOST = '127.0.0.1'
const UPSTREAM_HOST = '127.0.0.2'

/** Load: requests in flight at once through the balancer. */
const CONCURRENCY = 16
/** A request not answered in this long counts as a timeout failure. */
const REQUEST_TIMEOUT_MS = 10_000
/** The instances' drain: short, but several health-check intervals (deploy/haproxy.cfg: inter 500ms fall 1). */
const DRAIN_DELAY_MS = 1500
const GRACE_MS = 5000
/** Longest delayed echo in the mix: it must fit in the grace period to complete during a restart. */
const ECHO_DELAY_MS = 1000
/** The allowance whose sharing is checked: RATE_LIMIT_PER_MIN of the instances. */
const ALLOWANCE_PER_MIN = 50
/** How long Redis is hung (SIGSTOP), as in the issue. */
const REDIS_HANG_MS = 15_000
/** Time an instance may take to start (a loaded machine: the process is starting while others serve load). */
const START_TIMEOUT_MS = 60_000
/** Time to wait for HAProxy to say a restarted replica is UP (rise 2 x inter 500ms, on a loaded machine). */
const RISE_WAIT_MS = 30_000
/** nginx retries a replica it marked failed after this long (deploy/nginx.conf: fail_timeout=1s), with a margin. */
const NGINX_RETRY_WAIT_MS = 2000

/** The balancer in front of the replicas: --balancer=haproxy (the default) or --balancer=nginx. */
const BALANCERS = {
  haproxy: { name: 'HAProxy', config: 'deploy/haproxy.cfg', command: 'haproxy', pkg: 'haproxy' },
  nginx: { name: 'nginx', config: 'deploy/nginx.conf', command: 'nginx', pkg: 'nginx' }
}
const balancerArg = process.argv.find((a) => a.startsWith('--balancer='))?.slice('--balancer='.length) ?? 'haproxy'
const BALANCER = BALANCERS[balancerArg]
if (BALANCER === undefined) {
  console.error(`--balancer must be ${Object.keys(BALANCERS).join(' or ')}, not ${JSON.stringify(balancerArg)}`)
  process.exit(2)
}

// ------------------------------------------------------------------ tools

function have(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** redis-server and the balancer, installed with apt-get when missing and possible; the reason when they cannot be had. */
function tools() {
  const missing = [['redis-server', 'redis-server'], [BALANCER.command, BALANCER.pkg]].filter(([command]) => !have(command))
  if (missing.length === 0) return undefined
  if (process.getuid?.() !== 0) return `${missing.map(([c]) => c).join(' and ')} not installed, and not root to install them (apt-get install ${missing.map(([, p]) => p).join(' ')})`
  try {
    execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.map(([, p]) => p).join(' ')}`], { stdio: 'ignore' })
  } catch {
    return `apt-get could not install ${missing.map(([, p]) => p).join(' ')}`
  }
  const still = missing.filter(([command]) => !have(command))
  return still.length === 0 ? undefined : `${still.map(([c]) => c).join(' and ')} still missing after apt-get`
}

// ------------------------------------------------------------------ processes

function startRedis(port, dir) {
  const child = track(spawn('redis-server', ['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' }))
  return child
}

function startInstance(port, redisPort, upstreamPort) {
  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST,
    LOG_LEVEL: 'warn',
    REDIS_URL: `redis://${HOST}:${redisPort}`,
    TRUST_PROXY: HOST,
    SHUTDOWN_DRAIN_DELAY_MS: String(DRAIN_DELAY_MS),
    SHUTDOWN_GRACE_MS: String(GRACE_MS),
    RATE_LIMIT_PER_MIN: String(ALLOWANCE_PER_MIN),
    CHECK_ALLOW_ADDRESSES: UPSTREAM_HOST,
    CHECK_PORTS: String(upstreamPort),
    // Load shedding on event-loop delay is for a machine of one's own; this test may share two cores with
    // other work, where a delay of a second is the machine, not the server. Only longer delays shed.
    MAX_EVENT_LOOP_DELAY_MS: '5000',
    // The load is many clients behind one balancer: caps sized for it.
    ECHO_MAX_DELAYED: '1000',
    CHECK_MAX_CONCURRENT: '64'
  }
  const child = track(spawn(process.execPath, [...SERVER_NODE_FLAGS, join(ROOT, 'dist', 'server.js')], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'inherit'] }))
  child.stdout.on('data', (d) => logs.push(`[${port}] ${d}`))
  return child
}
const logs = []

function startBalancer(port, app1, app2, dir) {
  return BALANCER === BALANCERS.nginx ? startNginx(port, app1, app2, dir) : startHaproxy(port, app1, app2)
}

function startHaproxy(port, app1, app2) {
  const env = { PATH: process.env.PATH, LB_BIND: `${HOST}:${port}`, APP1_ADDR: `${HOST}:${app1}`, APP2_ADDR: `${HOST}:${app2}` }
  const child = track(spawn('haproxy', ['-W', '-db', '-f', join(ROOT, 'deploy', 'haproxy.cfg')], { env, stdio: ['ignore', 'pipe', 'pipe'] }))
  const seen = (d) => {
    logs.push(`[haproxy] ${d}`)
    for (const m of String(d).matchAll(/Server siteerror\/(app\d) is UP/g)) upCount.set(m[1], (upCount.get(m[1]) ?? 0) + 1)
  }
  child.stdout.on('data', seen)
  child.stderr.on('data', seen)
  return child
}
/** How many times HAProxy has logged each server UP. */
const upCount = new Map()

/** nginx with deploy/nginx.conf, its variables filled in, in a prefix directory of its own. */
function startNginx(port, app1, app2, dir) {
  const prefix = join(dir, 'nginx')
  mkdirSync(join(prefix, 'tmp'), { recursive: true })
  const vars = { LB_BIND: `${HOST}:${port}`, APP1_ADDR: `${HOST}:${app1}`, APP2_ADDR: `${HOST}:${app2}` }
  const text = readFileSync(join(ROOT, BALANCER.config), 'utf8').replace(/\$\{([A-Z0-9_]+)\}/g, (whole, name) => vars[name] ?? whole)
  writeFileSync(join(prefix, 'nginx.conf'), text)
  const child = track(spawn('nginx', ['-p', prefix, '-c', 'nginx.conf', '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] }))
  const seen = (d) => logs.push(`[nginx] ${d}`)
  child.stdout.on('data', seen)
  child.stderr.on('data', seen)
  return child
}

/**
 * Waits until the balancer sends to a restarted replica again: HAProxy once it logs `server` UP more than
 * `before` times; nginx, which learns only by trying, once the fail_timeout of a failed replica has passed.
 */
async function waitUp(server, before) {
  if (BALANCER === BALANCERS.nginx) return sleep(NGINX_RETRY_WAIT_MS)
  const until = Date.now() + RISE_WAIT_MS
  while ((upCount.get(server) ?? 0) <= before) {
    if (Date.now() > until) throw new Error(`HAProxy did not see ${server} UP within ${RISE_WAIT_MS} ms`)
    await sleep(50)
  }
}

async function get(port, path, headers = {}) {
  const res = await request(`http://${HOST}:${port}${path}`, { headers, headersTimeout: 2000, bodyTimeout: 2000 })
  const text = await res.body.text()
  return { status: res.statusCode, headers: res.headers, text }
}

async function waitReady(port, ms = START_TIMEOUT_MS) {
  const until = Date.now() + ms
  for (;;) {
    try {
      if ((await get(port, '/ready')).status === 200) return
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error(`instance on ${port} not ready within ${ms} ms`)
    await sleep(100)
  }
}

async function waitRedis(port, ms = 10_000) {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if (execFileSync('redis-cli', ['-h', HOST, '-p', String(port), 'ping'], { encoding: 'utf8', timeout: 1000 }).trim() === 'PONG') return
    } catch {
      // not yet
    }
    await sleep(100)
  }
  throw new Error(`redis-server on ${port} not answering within ${ms} ms`)
}

// ------------------------------------------------------------------ load

/** The mix: what to send and the status that is a success. Distinct client addresses keep the allowance out of the way. */
function mix(upstreamPort) {
  const check = JSON.stringify({ urls: [`http://${UPSTREAM_HOST}:${upstreamPort}/a`, `http://${UPSTREAM_HOST}:${upstreamPort}/b`] })
  return [
    { kind: 'GET /codes/{code}', weight: 30, method: 'GET', path: () => `/codes/${[200, 404, 409, 418, 503][Math.floor(Math.random() * 5)]}`, expect: 200 },
    { kind: 'GET /codes?class', weight: 10, method: 'GET', path: () => '/codes?class=4xx', expect: 200 },
    { kind: 'GET /compare', weight: 10, method: 'GET', path: () => '/compare?codes=401,403', expect: 200 },
    { kind: 'GET /echo delayed', weight: 15, method: 'GET', path: () => `/echo/200?delay=${100 + Math.floor(Math.random() * (ECHO_DELAY_MS - 100))}`, expect: 200 },
    { kind: 'POST /echo', weight: 15, method: 'POST', path: () => '/echo/201', body: '{"hello":"world"}', expect: 201 },
    { kind: 'POST /check', weight: 10, method: 'POST', path: () => '/check', body: check, expect: 200 },
    { kind: 'GET /check', weight: 10, method: 'GET', path: () => `/check?url=${encodeURIComponent(`http://${UPSTREAM_HOST}:${upstreamPort}/c`)}`, expect: 200 }
  ]
}

class Recorder {
  phase = 'warm-up'
  phases = new Map()
  record(ms, failure) {
    let p = this.phases.get(this.phase)
    if (p === undefined) this.phases.set(this.phase, (p = { requests: 0, failures: new Map(), latencies: [] }))
    p.requests++
    p.latencies.push(ms)
    if (failure !== undefined) p.failures.set(failure, (p.failures.get(failure) ?? 0) + 1)
  }
}

/** Who answered an unexpected status: the balancer (its own HTML), or an instance, by its problem's detail. */
function whose(status, text) {
  if (status < 500) return ''
  if (text.startsWith('<html>')) return ` (from ${BALANCER.name})`
  if (text.includes('overloaded')) return ' (load shed)'
  if (text.includes('shutting down')) return ' (delay cut at shutdown)'
  return ` (${JSON.stringify(text.slice(0, 120))})`
}

let clientNumber = 0
/** A fresh client address per request (10.x.y.z), sent as X-Forwarded-For: the balancer appends the real one, which the instances trust. */
function nextClient() {
  const n = ++clientNumber
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`
}

async function drive(lbPort, templates, recorder, stopSignal) {
  const agent = new Agent({ connections: CONCURRENCY, keepAliveTimeout: 4000, pipelining: 1 })
  const total = templates.reduce((s, t) => s + t.weight, 0)
  const pick = () => {
    let r = Math.random() * total
    for (const t of templates) if ((r -= t.weight) < 0) return t
    return templates[0]
  }
  async function worker() {
    while (!stopSignal.stopped) {
      const t = pick()
      const started = performance.now()
      let failure
      try {
        const res = await request(`http://${HOST}:${lbPort}${t.path()}`, {
          method: t.method,
          dispatcher: agent,
          headers: { 'x-forwarded-for': nextClient(), ...(t.body === undefined ? {} : { 'content-type': 'application/json' }) },
          body: t.body,
          headersTimeout: REQUEST_TIMEOUT_MS,
          bodyTimeout: REQUEST_TIMEOUT_MS
        })
        const text = await res.body.text()
        if (res.statusCode !== t.expect) failure = `${res.statusCode}${whose(res.statusCode, text)} on ${t.kind}`
      } catch (err) {
        failure = `${err.code ?? err.name} on ${t.kind}`
      }
      recorder.record(performance.now() - started, failure)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  await agent.close()
}

// ------------------------------------------------------------------ checks

/** The 51st request of a 50/min allowance from one client is a 429, whichever replica answers each. */
async function limitsShared(lbPort) {
  const client = '10.250.0.1'
  const statuses = []
  for (let i = 0; i < ALLOWANCE_PER_MIN + 1; i++) statuses.push((await get(lbPort, '/codes/200', { 'x-forwarded-for': client })).status)
  const ok = statuses.slice(0, ALLOWANCE_PER_MIN).every((s) => s === 200) && statuses[ALLOWANCE_PER_MIN] === 429
  return { ok, detail: `${statuses.filter((s) => s === 200).length} x 200, then ${statuses[ALLOWANCE_PER_MIN]}` }
}

/** Polls each instance's /ready and adds up the time any reports Redis failing open. */
function watchFailOpen(ports) {
  const state = { ms: 0, seen: new Set(), stopped: false }
  ;(async () => {
    let last = performance.now()
    while (!state.stopped) {
      let failing = false
      for (const port of ports) {
        try {
          const { text } = await get(port(), '/ready')
          const redis = /"redis":"([a-z-]+)"/.exec(text)?.[1] ?? (text.includes('Redis is failing') ? 'failing-open' : undefined)
          if (redis !== undefined) state.seen.add(redis)
          if (redis === 'failing-open') failing = true
        } catch {
          // restarting
        }
      }
      const now = performance.now()
      if (failing) state.ms += now - last
      last = now
      await sleep(250)
    }
  })()
  return state
}

// ------------------------------------------------------------------ main

function percentile(values, p) {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

async function main() {
  const why = tools()
  if (why !== undefined) {
    console.log(`test:replicas did not run: ${why}. Nothing was tested.`)
    return 0
  }
  installCleanup('test:replicas')
  const dir = mkdtempSync(join(tmpdir(), 'siteerror-replicas-'))
  const [redisPort, lbPort, app1, app2] = [await freePort(), await freePort(), await freePort(), await freePort()]

  const upstream = http.createServer((_req, res) => res.end('ok'))
  upstream.keepAliveTimeout = 1000
  upstream.listen(0, UPSTREAM_HOST)
  await once(upstream, 'listening')
  const upstreamPort = upstream.address().port

  let redis = startRedis(redisPort, dir)
  await waitRedis(redisPort)
  const instances = [startInstance(app1, redisPort, upstreamPort), startInstance(app2, redisPort, upstreamPort)]
  const ports = [app1, app2]
  await Promise.all(ports.map((p) => waitReady(p)))
  const lb = startBalancer(lbPort, app1, app2, dir)
  await waitReady(lbPort)
  // Servers start UP in HAProxy; its first checks must pass before the load starts.
  await sleep(1500)

  const shared = await limitsShared(lbPort)
  const failOpen = watchFailOpen(ports.map((p) => () => p))
  const recorder = new Recorder()
  const stopSignal = { stopped: false }
  const load = drive(lbPort, mix(upstreamPort), recorder, stopSignal)
  const t0 = performance.now()
  const events = []
  const note = (what) => events.push(`${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s  ${what}`)

  await sleep(2000)
  for (const round of [1, 2]) {
    recorder.phase = `rolling restart ${round}`
    for (let i = 0; i < instances.length; i++) {
      const old = instances[i]
      const ups = upCount.get(`app${i + 1}`) ?? 0
      note(`SIGTERM replica ${i + 1}`)
      old.kill('SIGTERM')
      const [code] = await once(old, 'exit')
      note(`replica ${i + 1} exited with ${code}`)
      if (code !== 0) events.push(`        replica ${i + 1} exit code ${code}: a failed drain`)
      instances[i] = startInstance(ports[i], redisPort, upstreamPort)
      await waitReady(ports[i])
      note(`replica ${i + 1} ready again`)
      await waitUp(`app${i + 1}`, ups)
      note(`${BALANCER.name} sends to replica ${i + 1} again`)
    }
  }

  recorder.phase = 'redis stopped'
  note('redis-server SIGTERM')
  redis.kill('SIGTERM')
  await once(redis, 'exit')
  await sleep(3000)
  redis = startRedis(redisPort, dir)
  await waitRedis(redisPort)
  note('redis-server started again')
  await sleep(3000)

  recorder.phase = 'redis hung'
  note(`redis-server SIGSTOP for ${REDIS_HANG_MS / 1000} s`)
  redis.kill('SIGSTOP')
  await sleep(REDIS_HANG_MS)
  redis.kill('SIGCONT')
  note('redis-server SIGCONT')
  await sleep(3000)

  recorder.phase = 'steady'
  await sleep(2000)
  stopSignal.stopped = true
  await load
  failOpen.stopped = true
  note('load stopped')

  const exits = await Promise.all(instances.map(async (child) => (child.kill('SIGTERM'), (await once(child, 'exit'))[0])))
  lb.kill('SIGTERM')
  redis.kill('SIGTERM')
  upstream.close()
  rmSync(dir, { recursive: true, force: true })

  // ---- report
  console.log(`\nReplica test: 2 instances, ${BALANCER.name} (${BALANCER.config}), redis-server; load of`, CONCURRENCY, 'requests in flight\n')
  console.log(events.join('\n'))
  console.log('\n| phase | requests | failures | p99 ms | failures by kind |')
  console.log('| --- | ---: | ---: | ---: | --- |')
  let failures = 0
  let requests = 0
  const all = []
  for (const [name, p] of recorder.phases) {
    const n = [...p.failures.values()].reduce((a, b) => a + b, 0)
    failures += n
    requests += p.requests
    all.push(...p.latencies)
    const kinds = [...p.failures].map(([k, v]) => `${v} x ${k}`).join('; ') || '-'
    console.log(`| ${name} | ${p.requests} | ${n} | ${Math.round(percentile(p.latencies, 99))} | ${kinds} |`)
  }
  console.log(`| all | ${requests} | ${failures} | ${Math.round(percentile(all, 99))} | |`)
  console.log(`\nlimits shared: ${shared.ok ? 'yes' : 'NO'} (${shared.detail}, ${ALLOWANCE_PER_MIN}/min through the balancer)`)
  console.log(`fail-open time: ${(failOpen.ms / 1000).toFixed(1)} s reported by /ready (Redis states seen: ${[...failOpen.seen].join(', ') || 'none'})`)
  console.log(`instances stopped with exit codes ${exits.join(', ')}`)
  const ok = failures === 0 && shared.ok && exits.every((c) => c === 0) && !events.some((e) => e.includes('failed drain'))
  if (!ok) console.log(`\n${logs.slice(-40).join('')}`)
  console.log(ok ? '\nreplica test passed: 0 failed requests' : `\nreplica test FAILED: ${failures} failed requests`)
  return ok ? 0 : 1
}

try {
  process.exitCode = await main()
} catch (err) {
  console.error(`test:replicas failed to run: ${err.stack}\n${logs.slice(-40).join('')}`)
  process.exitCode = 1
}
process.exit()
