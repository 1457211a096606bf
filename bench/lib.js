// Helpers shared by the benchmark scripts: /proc readings, child processes that are always killed, HTTP probes.
import { spawn, execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const HOST = '127.0.0.1'
export const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url))
export const ROOT = path.resolve(BENCH_DIR, '..')
/** The production entry point, as `npm start` runs it. */
export const SERVER = path.join(ROOT, 'dist', 'server.js')
/** With taskset, the servers measured run on this core, and load generators (and the runner) on the other. */
export const SERVER_CORE = 0
export const LOAD_CORE = 1

/**
 * A command-line option `--name=value` (a bare `--name` is 'true'), else the environment variable, else
 * the fallback; an empty variable counts as unset.
 */
export function option(name, envName, fallback) {
  const flag = process.argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`))
  if (flag !== undefined) return flag.includes('=') ? flag.slice(flag.indexOf('=') + 1) : 'true'
  const env = envName === undefined ? undefined : process.env[envName]
  return env === undefined || env === '' ? fallback : env
}

/** Progress for the person running the script, on standard error (standard output carries the results). */
export const log = (msg) => process.stderr.write(`${msg}\n`)

/** `git describe --always --dirty` of the project, or null outside a repository. */
export function gitRevision() {
  try {
    return execFileSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).trim()
  } catch {
    return null
  }
}

/** Clock ticks per second of /proc/<pid>/stat's utime and stime (usually 100). */
export const CLK_TCK = (() => {
  try {
    const n = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim())
    return Number.isInteger(n) && n > 0 ? n : 100
  } catch {
    return 100
  }
})()

/** The taskset binary, or null when it is absent (then everything runs unpinned). */
export const TASKSET = (() => {
  try {
    return execFileSync('sh', ['-c', 'command -v taskset'], { encoding: 'utf8' }).trim() || null
  } catch {
    return null
  }
})()

/**
 * Settings the benchmark gives our server besides PORT/HOST/LOG_LEVEL/NODE_ENV: the rate limit raised so that
 * it never triggers (issue 7: configured, but high enough not to trigger; one client IP sends every request).
 * BENCH_SERVER_ENV='{"NAME":"value"}' adds or overrides; the results record what was used.
 */
export const EXTRA_SERVER_ENV = Object.freeze({ RATE_LIMIT_PER_MIN: '10000000', ...JSON.parse(process.env.BENCH_SERVER_ENV || '{}') })

/**
 * The node flags production runs the server with: those of package.json's `start` script (`node <flags>
 * dist/server.js`), which the Dockerfile's CMD repeats (test/server.test.ts checks). The benchmark, the profile
 * and the load test start it the same way.
 */
export const SERVER_NODE_FLAGS = (() => {
  const start = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts.start
  const words = start.trim().split(/\s+/)
  if (words[0] !== 'node' || words.at(-1) !== 'dist/server.js') throw new Error(`package.json start is not "node [flags] dist/server.js": ${start}`)
  return Object.freeze(words.slice(1, -1))
})()

/** A clean environment for our server: its own defaults, not whatever the shell running the benchmark had set. */
export function ourServerEnv(port, logLevel = 'info') {
  return {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/tmp',
    ...EXTRA_SERVER_ENV,
    PORT: String(port),
    HOST,
    LOG_LEVEL: logLevel,
    NODE_ENV: 'production'
  }
}

/** User + system CPU seconds of a whole process (all its threads), from /proc/<pid>/stat fields 14 and 15. */
export function cpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
  // Field 2 (comm) is in parentheses and may hold spaces: count fields after the last ')'.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  // rest[0] is field 3 (state), so field N is rest[N - 3].
  const utime = Number(rest[14 - 3])
  const stime = Number(rest[15 - 3])
  return { utime: utime / CLK_TCK, stime: stime / CLK_TCK, total: (utime + stime) / CLK_TCK }
}

/** VmRSS and VmHWM (peak) of a process in bytes, from /proc/<pid>/status. */
export function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = (name) => {
    const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)
    return m === null ? null : Number(m[1]) * 1024
  }
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') }
}

export function cpuModel() {
  try {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))
    return m === null ? 'unknown' : m[1].trim()
  } catch {
    return 'unknown'
  }
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer()
    srv.unref()
    srv.on('error', reject)
    srv.listen(0, HOST, () => {
      const { port } = srv.address()
      srv.close(() => resolve(port))
    })
  })
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/** One HTTP request to 127.0.0.1 on its own connection; resolves with status, headers and the raw body bytes. */
export function request(port, path, headers = {}, { timeoutMs = 5000, agent = false } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: HOST, port, path, method: 'GET', headers, agent }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, rawHeaders: res.rawHeaders, body: Buffer.concat(chunks) }))
      res.on('error', reject)
    })
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms: GET ${path}`)))
    req.on('error', reject)
    req.end()
  })
}

// ---- child processes: every one is tracked and killed when this process ends, however it ends ----

const children = new Set()

export function track(child) {
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

export function killAll(signal = 'SIGKILL') {
  for (const child of children) {
    try {
      child.kill(signal)
    } catch {
      // already gone
    }
  }
}

let handlersInstalled = false
/** Kill every tracked child on exit, on SIGINT/SIGTERM/SIGHUP and on an uncaught error; `name` prefixes the messages. */
export function installCleanup(name = 'bench') {
  if (handlersInstalled) return
  handlersInstalled = true
  process.on('exit', () => killAll('SIGKILL'))
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      process.stderr.write(`\n${name}: ${sig}, stopping the child processes\n`)
      killAll('SIGKILL')
      process.exit(130)
    })
  }
  for (const event of ['uncaughtException', 'unhandledRejection']) {
    process.on(event, (err) => {
      process.stderr.write(`${name}: ${err?.stack ?? err}\n`)
      killAll('SIGKILL')
      process.exit(1)
    })
  }
}

/** Spawns `node args...`, pinned to `core` with taskset when it is available and core is not null. */
export function spawnNode(args, { core = null, env = process.env, stdio = ['ignore', 'pipe', 'pipe'], cwd } = {}) {
  const pinned = TASKSET !== null && core !== null
  const cmd = pinned ? TASKSET : process.execPath
  // taskset execs the command, so the child's pid is node's pid: /proc/<pid> measures the server itself.
  const argv = pinned ? ['-c', String(core), process.execPath, ...args] : args
  return track(spawn(cmd, argv, { env, stdio, cwd }))
}

/** Sends SIGTERM, then SIGKILL after graceMs; resolves when the child has exited. */
export function stop(child, graceMs = 3000) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    const timer = setTimeout(() => {
      try {
        child.kill('SIGKILL')
      } catch {
        // gone
      }
    }, graceMs)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    try {
      child.kill('SIGTERM')
    } catch {
      clearTimeout(timer)
      resolve()
    }
  })
}

/** Reads newline-separated lines from a stream and hands each to onLine. */
export function onLines(stream, onLine) {
  let buf = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk) => {
    buf += chunk
    let i
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i)
      buf = buf.slice(i + 1)
      onLine(line)
    }
  })
}

/** Resolves with the first line a child prints that satisfies test; rejects on exit or after timeoutMs. */
export function waitForLine(child, stream, test, timeoutMs, what) {
  return new Promise((resolve, reject) => {
    let done = false
    const timer = setTimeout(() => finish(new Error(`${what}: no answer within ${timeoutMs} ms`)), timeoutMs)
    const onExit = (code, signal) => finish(new Error(`${what}: exited (code ${code}, signal ${signal}) before answering`))
    function finish(err, value) {
      if (done) return
      done = true
      clearTimeout(timer)
      child.off('exit', onExit)
      if (err) reject(err)
      else resolve(value)
    }
    child.once('exit', onExit)
    onLines(stream, (line) => {
      if (!done && test(line)) finish(null, line)
    })
  })
}

/**
 * Polls GET `target` every intervalMs until a 200, at most timeoutMs; resolves with the milliseconds since
 * t0 (a performance.now() value). Rejects if the child exits first.
 */
export async function waitFor200(child, port, t0, target, { intervalMs = 5, timeoutMs = 15000 } = {}) {
  const deadline = t0 + timeoutMs
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (code ${child.exitCode}) before answering ${target}`)
    try {
      const res = await request(port, target, {}, { timeoutMs: 1000 })
      if (res.status === 200) return performance.now() - t0
    } catch {
      // not listening yet
    }
    await sleep(intervalMs)
  }
  throw new Error(`no 200 on ${target} within ${timeoutMs} ms`)
}

/** waitFor200 on /health. */
export const waitForHealth = (child, port, t0, options) => waitFor200(child, port, t0, '/health', options)

export function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b)
  if (v.length === 0) return null
  const mid = Math.floor(v.length / 2)
  return v.length % 2 === 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2
}
