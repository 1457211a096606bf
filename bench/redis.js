// What shared rate limits cost (issue 17): our server with limits in memory, in Redis with leases (the default,
// RATE_LIMIT_LEASE_MAX_UNITS=20) and in Redis with one round trip per request (RATE_LIMIT_LEASE_MAX_UNITS=1),
// side by side: all three pinned to one core and loaded at the same moment from another, as bench/run.js
// loads ours and the baseline, so that the machine's noise hits them alike. The judged figure is requests per
// CPU-second of each Redis variant over the in-memory one, per run, median over the repetitions. redis-server
// runs on the load core, so its CPU is not counted against ours (it is printed).
//
//   node bench/redis.js [--duration=5] [--reps=3] [--connections=10] [--paths=codes-409,echo-200,compare]
// Expects a built dist/ and redis-server on the PATH; the servers' rate limit is raised so that it never refuses.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import {
  BENCH_DIR,
  HOST,
  LOAD_CORE,
  ROOT,
  SERVER,
  SERVER_CORE,
  SERVER_NODE_FLAGS,
  TASKSET,
  cpuSeconds,
  freePort,
  gitRevision,
  installCleanup,
  killAll,
  log,
  median,
  onLines,
  option,
  ourServerEnv,
  request,
  spawnNode,
  stop,
  track,
  waitForHealth
} from './lib.js'

const arg = (name, fallback) => option(name, undefined, fallback)
const durationS = Number(arg('duration', '5'))
const reps = Number(arg('reps', '3'))
const connections = Number(arg('connections', '10'))
const PATHS = { 'codes-409': '/codes/409', 'echo-200': '/echo/200', compare: '/compare?codes=401,403', codes: '/codes' }
const paths = arg('paths', 'codes-409,echo-200,compare').split(',')
for (const p of paths) if (!(p in PATHS)) throw new Error(`unknown path ${p}; one of ${Object.keys(PATHS).join(', ')}`)

const round = (x, d = 0) => Number(x.toFixed(d))

async function startRedis() {
  const port = await freePort()
  const args = ['--port', String(port), '--bind', HOST, '--save', '', '--appendonly', 'no']
  const child = track(TASKSET === null ? spawn('redis-server', args, { stdio: 'ignore' }) : spawn(TASKSET, ['-c', String(LOAD_CORE), 'redis-server', ...args], { stdio: 'ignore' }))
  for (let i = 0; i < 100; i++) {
    try {
      execFileSync('redis-cli', ['-p', String(port), 'ping'], { stdio: 'ignore' })
      return { child, port }
    } catch {
      await new Promise((r) => setTimeout(r, 50))
    }
  }
  throw new Error('redis-server did not start')
}

async function startOurs(name, extraEnv) {
  const port = await freePort()
  const env = { ...ourServerEnv(port), ...extraEnv }
  const child = spawnNode([...SERVER_NODE_FLAGS, SERVER], { core: SERVER_CORE, env, stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT })
  await waitForHealth(child, port, performance.now())
  return { name, child, port, pid: child.pid }
}

async function load(side, urlPath, seconds) {
  const child = spawnNode([path.join(BENCH_DIR, 'load.js'), `http://${HOST}:${side.port}`, urlPath, '{}', String(seconds), String(connections)], {
    core: LOAD_CORE,
    env: { PATH: process.env.PATH ?? '', BENCH_LOAD_SYNC: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
    cwd: ROOT
  })
  const lines = []
  const ready = new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`load generator exited with ${code}`)))
    onLines(child.stdout, (line) => {
      lines.push(line)
      if (line === '{"ready":true}') resolve()
    })
  })
  await ready
  const exited = new Promise((resolve) => child.once('exit', resolve))
  return { child, lines, exited }
}

/** One run: every side loaded at the same moment; each side's CPU read when its own generator ends. */
async function run(sides, urlPath, seconds) {
  const loads = await Promise.all(sides.map((s) => load(s, urlPath, seconds)))
  const before = sides.map((s) => cpuSeconds(s.pid).total)
  const after = []
  const done = loads.map((l, i) => l.exited.then(() => (after[i] = cpuSeconds(sides[i].pid).total)))
  for (const l of loads) l.child.stdin.write('go\n')
  await Promise.all(done)
  return sides.map((s, i) => {
    const out = JSON.parse(loads[i].lines.filter((l) => l.startsWith('{"url"')).pop())
    const cpuS = after[i] - before[i]
    const other = Object.entries(out.statuses).filter(([code]) => code !== '200')
    if (other.length > 0 || out.errors > 0) throw new Error(`${s.name}: unexpected ${JSON.stringify(out.statuses)}, ${out.errors} errors`)
    return { side: s.name, requests: out.requests, cpuS, reqPerCpuS: out.requests / cpuS, reqPerS: out.requestsPerS }
  })
}

async function main() {
  installCleanup('bench-redis')
  const redis = await startRedis()
  const url = `redis://${HOST}:${redis.port}`
  const sides = [
    await startOurs('memory', {}),
    await startOurs('redis, leases of 20', { REDIS_URL: url }),
    await startOurs('redis, 1 per request', { REDIS_URL: url, RATE_LIMIT_LEASE_MAX_UNITS: '1' })
  ]
  for (const s of sides) {
    const health = await request(s.port, '/codes/200')
    if (health.status !== 200) throw new Error(`${s.name}: /codes/200 answered ${health.status}`)
  }
  const redisCpuBefore = cpuSeconds(redis.child.pid).total
  const rows = []
  for (const p of paths) {
    log(`${p}: warm-up`)
    await run(sides, PATHS[p], 2)
    const runs = []
    for (let r = 0; r < reps; r++) {
      log(`${p}: run ${r + 1} of ${reps}`)
      runs.push(await run(sides, PATHS[p], durationS))
    }
    const ratio = (i) => runs.map((sidesOfRun) => sidesOfRun[i].reqPerCpuS / sidesOfRun[0].reqPerCpuS)
    rows.push({
      path: PATHS[p],
      memory: round(median(runs.map((x) => x[0].reqPerCpuS))),
      leases: round(median(runs.map((x) => x[1].reqPerCpuS))),
      perRequest: round(median(runs.map((x) => x[2].reqPerCpuS))),
      leasesRatio: ratio(1).map((x) => round(x, 2)),
      perRequestRatio: ratio(2).map((x) => round(x, 2)),
      requests: runs.reduce((n, x) => n + x[1].requests + x[2].requests, 0)
    })
  }
  const redisCpuS = cpuSeconds(redis.child.pid).total - redisCpuBefore
  const evals = /cmdstat_eval:calls=(\d+)/.exec(execFileSync('redis-cli', ['-p', String(redis.port), 'info', 'commandstats'], { encoding: 'utf8' }))?.[1] ?? '?'
  const rev = gitRevision()
  console.log(`shared rate limits, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, rev ${rev}, Node ${process.version}, ${reps} x ${durationS} s per path, ${connections} connections per generator`)
  console.log(TASKSET === null ? 'unpinned (no taskset)' : `servers pinned to core ${SERVER_CORE}, load generators and redis-server to core ${LOAD_CORE}`)
  console.log('')
  console.log('| path | memory req/CPU-s | Redis, leases req/CPU-s | ratio (runs) | Redis, 1 per request req/CPU-s | ratio (runs) |')
  console.log('|---|--:|--:|--:|--:|--:|')
  for (const r of rows) {
    console.log(
      `| GET ${r.path} | ${r.memory} | ${r.leases} | **${round(median(r.leasesRatio), 2)}** (${r.leasesRatio.join(', ')}) | ${r.perRequest} | **${round(median(r.perRequestRatio), 2)}** (${r.perRequestRatio.join(', ')}) |`
    )
  }
  console.log('')
  console.log(`redis-server: ${round(redisCpuS, 2)} CPU-s, ${evals} lease scripts run (warm-ups included)`)
  for (const s of sides) await stop(s.child, 2000)
  await stop(redis.child, 2000)
}

main().catch((err) => {
  log(err.stack ?? String(err))
  killAll('SIGKILL')
  process.exit(1)
})
