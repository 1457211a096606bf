// Startup alone, without the load benchmark: how long from spawning the production server to its first 200 on
// each of a few paths, and how much memory it holds then. Every path gets its own fresh process each round, and
// the rounds take turns so that a busy moment on the shared machine hits every path alike.
//
//   node bench/startup.js [--runs=7] [--paths=/health,/codes/404,/409]
//
// or BENCH_STARTUP_RUNS, BENCH_STARTUP_PATHS. It runs the server with the node running this script, so
// `/path/to/other/bin/node bench/startup.js` measures another Node release. Prints a Markdown table of
// medians (and min-max) and the load average before and after. The CPU time the server spent by its first
// 200 (user + system, all threads, in 10 ms ticks) varies less with the machine's load than the wall time.
import os from 'node:os'
import { ROOT, SERVER, SERVER_CORE, SERVER_NODE_FLAGS, cpuSeconds, installCleanup, memory, median, option, ourServerEnv, freePort, spawnNode, stop, waitFor200 } from './lib.js'

const runs = Number(option('runs', 'BENCH_STARTUP_RUNS', '7'))
if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error('--runs must be an integer from 1 to 50')
const paths = option('paths', 'BENCH_STARTUP_PATHS', '/health,/codes/404,/409').split(',')
for (const p of paths) if (!/^\/[A-Za-z0-9/_.?=,-]*$/.test(p)) throw new Error(`not a path: ${p}`)

installCleanup('startup')

/** One fresh server: milliseconds from spawn to the first 200 on target, and its memory at that moment. */
async function once(target) {
  const port = await freePort()
  const t0 = performance.now()
  const child = spawnNode([...SERVER_NODE_FLAGS, SERVER], { core: SERVER_CORE, env: ourServerEnv(port, 'warn'), stdio: ['ignore', 'ignore', 'inherit'], cwd: ROOT })
  try {
    const ms = await waitFor200(child, port, t0, target)
    const cpu = cpuSeconds(child.pid)
    const mem = memory(child.pid)
    return { ms, cpuMs: cpu.total * 1000, hwmMB: mem.hwm / 1048576 }
  } finally {
    await stop(child, 5000)
  }
}

const load = () => os.loadavg().map((x) => x.toFixed(2)).join(' ')
const loadBefore = load()
const results = new Map(paths.map((p) => [p, []]))
for (let i = 0; i < runs; i++) {
  for (const p of paths) results.get(p).push(await once(p))
}
const fmt = (xs) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`
const lines = [
  `Node ${process.version}, ${runs} starts per path, load average ${loadBefore} before, ${load()} after`,
  '',
  '| first 200 on | ms from spawn, median (min-max) | CPU ms by then, median (min-max) | VmHWM MB then, median |',
  '|---|--:|--:|--:|'
]
for (const [p, rs] of results) lines.push(`| GET ${p} | ${fmt(rs.map((r) => r.ms))} | ${fmt(rs.map((r) => r.cpuMs))} | ${median(rs.map((r) => r.hwmMB)).toFixed(1)} |`)
process.stdout.write(lines.join('\n') + '\n')
