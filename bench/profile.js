// CPU profile of the production server under load (or of its startup), summarised by self time.
//
//   node bench/profile.js [--path=/codes/409] [--headers='{}'] [--seconds=10] [--connections=10] [--top=25]
//   node bench/profile.js --startup            profile from spawn to the first 200 on /health
//   add --keep to keep the .cpuprofile (written to bench/profiles/, git-ignored; open it in Chrome DevTools)
//
// Runs `node --cpu-prof dist/server.js` pinned to core 0 with the benchmark's settings (LOG_LEVEL=info, log to
// a file), loads it from core 1 with bench/load.js, stops it with SIGTERM so the profile is written, and prints
// Markdown tables: self time per function (functionName + url), self and inclusive time per package.
import { copyFileSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {
  BENCH_DIR,
  HOST,
  LOAD_CORE,
  ROOT,
  SERVER,
  SERVER_CORE,
  SERVER_NODE_FLAGS,
  TASKSET,
  freePort,
  installCleanup,
  onLines,
  option,
  ourServerEnv,
  sleep,
  spawnNode,
  stop,
  waitForHealth
} from './lib.js'

const arg = (name, fallback) => option(name, undefined, fallback)
const startupMode = arg('startup', 'false') === 'true'
const urlPath = arg('path', '/codes/409')
const headers = JSON.parse(arg('headers', '{}'))
const seconds = Math.min(120, Math.max(1, Number(arg('seconds', '10'))))
const warmupS = Math.min(30, Math.max(0, Number(arg('warmup', '2'))))
const connections = Math.min(500, Math.max(1, Number(arg('connections', '10'))))
const top = Math.min(200, Math.max(5, Number(arg('top', '25'))))
const keep = arg('keep', 'false') === 'true'

// ---- summarising a .cpuprofile ----

function shortUrl(url) {
  if (url === '') return ''
  const u = url.replace(/^file:\/\//, '')
  const nm = u.lastIndexOf('/node_modules/')
  if (nm >= 0) return u.slice(nm + 1)
  if (u.startsWith(ROOT + '/')) return u.slice(ROOT.length + 1)
  return u
}

function packageOf(frame) {
  const { url, functionName } = frame
  if (url === '') return functionName.startsWith('(') ? functionName : '(native / V8 builtins)'
  if (url.startsWith('node:')) return 'node: core'
  const u = url.replace(/^file:\/\//, '')
  const nm = u.lastIndexOf('/node_modules/')
  if (nm >= 0) {
    const parts = u.slice(nm + '/node_modules/'.length).split('/')
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
  }
  if (u.startsWith(path.join(ROOT, 'dist') + '/')) return 'our code (dist/)'
  return shortUrl(url)
}

/** Self and inclusive time per function and per package, skipping samples before skipMs into the profile. */
export function summarise(profile, { skipMs = 0 } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const { samples, timeDeltas } = profile
  const fnKey = (n) => `${n.callFrame.functionName || '(anonymous)'}\t${shortUrl(n.callFrame.url)}`
  const self = new Map()
  const pkgSelf = new Map()
  const pkgIncl = new Map()
  const fnIncl = new Map()
  const lines = new Map()
  let t = 0
  let total = 0
  let idle = 0
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v)
  for (let i = 0; i < samples.length; i++) {
    t += timeDeltas[i] ?? 0
    // A sample stands for the time until the next one.
    const dur = (timeDeltas[i + 1] ?? timeDeltas[i] ?? 0) / 1000
    if (t / 1000 < skipMs) continue
    const node = byId.get(samples[i])
    if (node === undefined) continue
    if (node.callFrame.functionName === '(idle)') {
      idle += dur
      continue
    }
    total += dur
    const key = fnKey(node)
    add(self, key, dur)
    if (!lines.has(key)) lines.set(key, node.callFrame.lineNumber + 1)
    add(pkgSelf, packageOf(node.callFrame), dur)
    const seenPkg = new Set()
    const seenFn = new Set()
    for (let id = node.id, depth = 0; id !== undefined && depth < 10_000; id = parent.get(id), depth++) {
      const n = byId.get(id)
      if (n.callFrame.functionName === '(root)') break
      seenPkg.add(packageOf(n.callFrame))
      seenFn.add(fnKey(n))
    }
    for (const p of seenPkg) add(pkgIncl, p, dur)
    for (const f of seenFn) add(fnIncl, f, dur)
  }
  const sorted = (m) => [...m.entries()].sort((a, b) => b[1] - a[1])
  return { totalMs: total, idleMs: idle, self: sorted(self), lines, pkgSelf: sorted(pkgSelf), pkgIncl: sorted(pkgIncl), fnIncl: sorted(fnIncl) }
}

function markdown(s, title, n) {
  const pct = (v) => ((100 * v) / s.totalMs).toFixed(1)
  const out = []
  out.push(`### ${title}`)
  out.push('')
  out.push(`${s.totalMs.toFixed(0)} ms of CPU in the profile (idle ${s.idleMs.toFixed(0)} ms not counted).`)
  out.push('')
  out.push('Self time by function (functionName + url):')
  out.push('')
  out.push('| self % | self ms | function | where |')
  out.push('|--:|--:|---|---|')
  for (const [key, ms] of s.self.slice(0, n)) {
    const [fn, url] = key.split('\t')
    out.push(`| ${pct(ms)} | ${ms.toFixed(0)} | \`${fn}\` | ${url === '' ? '' : `${url}:${s.lines.get(key)}`} |`)
  }
  out.push('')
  out.push('By package: self time, and inclusive time (samples with the package anywhere on the stack):')
  out.push('')
  out.push('| package | self % | inclusive % |')
  out.push('|---|--:|--:|')
  const incl = new Map(s.pkgIncl)
  for (const [pkg, ms] of s.pkgSelf.slice(0, Math.min(20, n))) out.push(`| ${pkg} | ${pct(ms)} | ${pct(incl.get(pkg) ?? ms)} |`)
  out.push('')
  out.push('Inclusive time by function (top, excluding the event-loop frames every sample has):')
  out.push('')
  out.push('| inclusive % | function | where |')
  out.push('|--:|---|---|')
  let shown = 0
  for (const [key, ms] of s.fnIncl) {
    if (shown >= Math.min(25, n)) break
    if (ms / s.totalMs > 0.97) continue
    const [fn, url] = key.split('\t')
    out.push(`| ${pct(ms)} | \`${fn}\` | ${url} |`)
    shown++
  }
  return out.join('\n')
}

// ---- running the server under the profiler ----

async function main() {
  installCleanup()
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'siteerror-prof-'))
  const logFile = path.join(tmp, 'server.log')
  const logFd = openSync(logFile, 'a')
  try {
    const port = await freePort()
    const env = ourServerEnv(port, 'info')
    const t0 = performance.now()
    const server = spawnNode([`--cpu-prof`, `--cpu-prof-dir=${tmp}`, ...SERVER_NODE_FLAGS, SERVER], { core: SERVER_CORE, env, stdio: ['ignore', logFd, 'pipe'], cwd: ROOT })
    let stderr = ''
    onLines(server.stderr, (l) => {
      stderr = (stderr + l + '\n').slice(-4096)
    })
    const startupMs = await waitForHealth(server, port, t0)
    let skipMs = 0
    let title
    if (startupMode) {
      title = `Startup: spawn to first 200 on /health in ${startupMs.toFixed(0)} ms (with the profiler on)`
    } else {
      const load = (s) =>
        new Promise((resolve, reject) => {
          const child = spawnNode([path.join(BENCH_DIR, 'load.js'), `http://${HOST}:${port}`, urlPath, JSON.stringify(headers), String(s), String(connections)], { core: LOAD_CORE, env: { PATH: process.env.PATH ?? '' }, cwd: ROOT })
          let out = ''
          child.stdout.setEncoding('utf8')
          child.stdout.on('data', (c) => (out += c))
          const timer = setTimeout(() => child.kill('SIGKILL'), (s + 30) * 1000)
          child.once('exit', (code) => {
            clearTimeout(timer)
            if (code === 0) resolve(JSON.parse(out.trim().split('\n').pop()))
            else reject(new Error(`load.js exited with ${code}`))
          })
        })
      if (warmupS > 0) await load(warmupS)
      skipMs = performance.now() - t0 // profile time before the measured load (startup, warm-up) is left out
      const r = await load(seconds)
      const odd = Object.keys(r.statuses).filter((c) => c === '429' || c.startsWith('5'))
      if (odd.length > 0) process.stderr.write(`profile: WARNING the server answered ${odd.join(', ')}: this profiles those responses, not the path\n`)
      title = `Under load: GET ${urlPath}${Object.keys(headers).length ? ' ' + JSON.stringify(headers) : ''}, ${seconds} s, ${connections} connections, ${Math.round(r.requestsPerS)} req/s (profiler on), ${JSON.stringify(r.statuses)}`
      await sleep(100)
    }
    await stop(server, 15_000)
    const file = readdirSync(tmp).find((f) => f.endsWith('.cpuprofile'))
    if (file === undefined) throw new Error(`no .cpuprofile written (the server did not exit cleanly?)\n${stderr}`)
    const profile = JSON.parse(readFileSync(path.join(tmp, file), 'utf8'))
    const summary = summarise(profile, { skipMs })
    process.stdout.write(markdown(summary, title, top) + '\n')
    if (keep) {
      const dir = path.join(BENCH_DIR, 'profiles')
      mkdirSync(dir, { recursive: true })
      const dest = path.join(dir, `${startupMode ? 'startup' : urlPath.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '')}.cpuprofile`)
      copyFileSync(path.join(tmp, file), dest)
      process.stderr.write(`profile: kept ${path.relative(process.cwd(), dest)}\n`)
    }
    if (TASKSET === null) process.stderr.write('profile: taskset not found, ran unpinned\n')
  } finally {
    closeSync(logFd)
    rmSync(tmp, { recursive: true, force: true })
  }
}

await main()
