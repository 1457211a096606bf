// Helpers of the load test: child processes that are always killed, /proc readings, one-off HTTP requests,
// percentiles and a linear trend. Nothing here talks to anything but 127.0.0.1 and 127.0.0.2.
import { spawn, fork } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import { SERVER_NODE_FLAGS, freePort, installCleanup, killAll, track } from '../../bench/lib.js'

// Shared with the benchmark: free ports, and the children killed when this process ends.
export { SERVER_NODE_FLAGS, freePort, installCleanup, killAll, track }

export const HOST = '127.0.0.1'
export const FIXTURE_HOST = '127.0.0.2'
const ALLOWED_HOSTS = new Set([HOST, FIXTURE_HOST])

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

// ---- child processes: every one is tracked and killed when this process ends, however it ends ----

export function spawnNode(args, { env, stdio = ['ignore', 'pipe', 'pipe'], cwd } = {}) {
  return track(spawn(process.execPath, args, { env, stdio, cwd }))
}

export function forkNode(modulePath, { env, cwd } = {}) {
  return track(fork(modulePath, [], { env, cwd, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }))
}

/** Sends SIGTERM, then SIGKILL after graceMs; resolves with how it ended and how long it took. */
export function stop(child, graceMs = 15000) {
  return new Promise((resolve) => {
    const t0 = performance.now()
    if (child.exitCode !== null || child.signalCode !== null) {
      return resolve({ code: child.exitCode, signal: child.signalCode, ms: 0, killed: false, alreadyExited: true })
    }
    let killed = false
    const timer = setTimeout(() => {
      killed = true
      try {
        child.kill('SIGKILL')
      } catch {
        // gone
      }
    }, graceMs)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      resolve({ code, signal, ms: Math.round(performance.now() - t0), killed, alreadyExited: false })
    })
    try {
      child.kill('SIGTERM')
    } catch {
      clearTimeout(timer)
      resolve({ code: null, signal: null, ms: 0, killed: false, alreadyExited: true })
    }
  })
}

/** Resolves with the first IPC message that satisfies test; rejects on exit or after timeoutMs. */
export function waitForMessage(child, test, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`${what}: no answer within ${timeoutMs} ms`)), timeoutMs)
    const onExit = (code, signal) => finish(new Error(`${what}: exited (code ${code}, signal ${signal}) before answering`))
    const onMessage = (msg) => {
      if (msg?.type === 'error') finish(new Error(`${what}: ${msg.message}`))
      else if (test(msg)) finish(null, msg)
    }
    function finish(err, value) {
      clearTimeout(timer)
      child.off('exit', onExit)
      child.off('message', onMessage)
      if (err) reject(err)
      else resolve(value)
    }
    child.once('exit', onExit)
    child.on('message', onMessage)
  })
}

// ---- HTTP ----

/**
 * One HTTP request on its own connection (or on `agent`). Resolves with status, headers, body (Buffer), the
 * 1xx interim statuses seen and the time taken; rejects on a socket error or after timeoutMs.
 */
export function httpRequest({ host = HOST, port, method = 'GET', path, headers = {}, body, agent = false, timeoutMs = 10000 }) {
  if (!ALLOWED_HOSTS.has(host)) return Promise.reject(new Error(`the load test only talks to ${[...ALLOWED_HOSTS].join(' and ')}, not ${host}`))
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const interim = []
    const req = http.request({ host, port, method, path, headers, agent }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks), interim, ms: performance.now() - t0 })
      )
      res.on('error', reject)
    })
    req.on('information', (info) => interim.push(info.statusCode))
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${method} ${path.slice(0, 100)}`)))
    req.on('error', reject)
    req.end(body)
  })
}

/** Polls GET /health until a 200, at most timeoutMs. Rejects if the child exits first. */
export async function waitForHealth(child, port, timeoutMs = 20000) {
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before answering /health`)
    try {
      const res = await httpRequest({ port, path: '/health', timeoutMs: 1000 })
      if (res.status === 200) return
    } catch {
      // not listening yet
    }
    await sleep(25)
  }
  throw new Error(`no 200 on /health within ${timeoutMs} ms`)
}

/** Runs task(i) for i in [0, count) with at most `concurrency` at once; resolves with the results in order. */
export async function pool(count, concurrency, task) {
  const results = new Array(count)
  let next = 0
  async function worker() {
    while (next < count) {
      const i = next++
      results[i] = await task(i)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
  return results
}

// ---- /proc ----

/** VmRSS and VmHWM of a process, in bytes, or nulls when it is gone. */
export function memory(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (name) => {
      const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)
      return m === null ? null : Number(m[1]) * 1024
    }
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') }
  } catch {
    return { rss: null, hwm: null }
  }
}

const CLK_TCK = 100 // Linux's USER_HZ, what /proc/<pid>/stat counts in on every common architecture

/** User + system CPU seconds of a process, or null when it is gone. */
export function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(rest[14 - 3]) + Number(rest[15 - 3])) / CLK_TCK
  } catch {
    return null
  }
}

export function machine() {
  let model = 'unknown'
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))
    if (m !== null) model = m[1].trim()
  } catch {
    // not Linux
  }
  return {
    nproc: os.availableParallelism?.() ?? os.cpus().length,
    cpuModel: model,
    totalMemMB: Math.round(os.totalmem() / 2 ** 20),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version
  }
}

export const loadavg = () => os.loadavg().map((x) => Math.round(x * 100) / 100)

// ---- numbers ----

/** A growable array of doubles, bounded at max values. */
export class Samples {
  constructor(max = 20_000_000) {
    this.values = new Float64Array(1024)
    this.length = 0
    this.max = max
    this.dropped = 0
  }

  push(v) {
    if (this.length === this.values.length) {
      if (this.length >= this.max) {
        this.dropped++
        return
      }
      const bigger = new Float64Array(Math.min(this.values.length * 2, this.max))
      bigger.set(this.values)
      this.values = bigger
    }
    this.values[this.length++] = v
  }

  /** p50, p90, p99, p99.9 and max, in the unit pushed, from the exact sorted values. */
  summary() {
    const n = this.length
    if (n === 0) return { n: 0, p50: null, p90: null, p99: null, p999: null, max: null, mean: null }
    const sorted = this.values.slice(0, n).sort()
    const pct = (p) => sorted[Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))]
    let sum = 0
    for (let i = 0; i < n; i++) sum += sorted[i]
    return { n, p50: pct(50), p90: pct(90), p99: pct(99), p999: pct(99.9), max: sorted[n - 1], mean: sum / n }
  }
}

export const mean = (xs) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length)

/** Least-squares slope of y over x. */
export function slope(points) {
  const n = points.length
  if (n < 2) return null
  const mx = mean(points.map((p) => p.x))
  const my = mean(points.map((p) => p.y))
  let num = 0
  let den = 0
  for (const p of points) {
    num += (p.x - mx) * (p.y - my)
    den += (p.x - mx) ** 2
  }
  return den === 0 ? null : num / den
}

/** A small seeded PRNG (mulberry32), so that each connection's order of requests is reproducible. */
export function prng(seed) {
  let a = seed >>> 0
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function shuffle(array, random) {
  for (let i = array.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[array[i], array[j]] = [array[j], array[i]]
  }
  return array
}

export const round = (x, digits = 2) => (x === null || x === undefined || !Number.isFinite(x) ? null : Math.round(x * 10 ** digits) / 10 ** digits)
export const mb = (bytes) => (bytes === null ? null : round(bytes / 2 ** 20, 1))
