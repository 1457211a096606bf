// One load generator: autocannon against one server, as its own process so it can be pinned to a core.
// Usage: node bench/load.js <url> <path> <headers-json> <seconds> <connections>
// Prints one JSON line with the results. With BENCH_LOAD_SYNC=1 it first prints {"ready":true} and waits for
// a line "go" on stdin, so that run.js can start two generators at the same moment.
import autocannon from 'autocannon'
import { createRequire } from 'node:module'
import { createInterface } from 'node:readline'

// autocannon decodes every response body into a string (body += chunk) though nothing here reads it. For
// bodies with any non-ASCII byte (the 409 record has an emoji) that decoding made the generator, not the
// servers, the bottleneck: 3.5x fewer requests per second on a 9 KB body, which left both servers idling and
// made their cost per request depend on the generator. Count the bytes, skip the string.
const require = createRequire(import.meta.url)
const Queue = require('autocannon/lib/pipelinedRequestsQueue.js')
if (typeof Queue?.prototype?.addBody === 'function') {
  Queue.prototype.addBody = function addBody() {}
} else {
  process.stderr.write('load.js: autocannon internals changed; response bodies are decoded (slower generator)\n')
}

const [url, path, headersJson = '{}', secondsArg = '5', connectionsArg = '10'] = process.argv.slice(2)
if (url === undefined || path === undefined) {
  process.stderr.write('usage: node bench/load.js <url> <path> <headers-json> <seconds> <connections>\n')
  process.exit(2)
}
const target = new URL(path, url)
if (target.hostname !== '127.0.0.1') {
  process.stderr.write(`load.js only loads 127.0.0.1, not ${target.hostname}\n`)
  process.exit(2)
}
const headers = JSON.parse(headersJson)
const duration = Number(secondsArg)
const connections = Number(connectionsArg)
if (!(duration > 0 && duration <= 600) || !(Number.isInteger(connections) && connections >= 1 && connections <= 1000)) {
  process.stderr.write('seconds must be in (0, 600] and connections a whole number from 1 to 1000\n')
  process.exit(2)
}

if (process.env.BENCH_LOAD_SYNC === '1') {
  process.stdout.write(JSON.stringify({ ready: true }) + '\n')
  const rl = createInterface({ input: process.stdin })
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no "go" within 60 s')), 60_000)
    rl.on('line', (line) => {
      if (line.trim() === 'go') {
        clearTimeout(timer)
        resolve()
        rl.close()
      }
    })
    rl.on('close', () => reject(new Error('stdin closed before "go"')))
  })
}

// autocannon's latency histogram has a resolution of 1 ms, too coarse on localhost: record every response
// time (hrtime-based, fractional ms) and compute exact percentiles here too.
let latencies = new Float64Array(1 << 16)
let n = 0
const MAX_SAMPLES = 20_000_000
const statuses = {}
let bytes = 0

// sampleInt: autocannon stops at the first sample tick after the duration, so short ticks end it on time.
const t0 = performance.now()
const instance = autocannon({ url: target.href, headers, duration, connections, pipelining: 1, timeout: 10, sampleInt: 100 })
instance.on('response', (client, statusCode, resBytes, responseTime) => {
  statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
  bytes += resBytes
  if (n === latencies.length && n < MAX_SAMPLES) {
    const bigger = new Float64Array(Math.min(latencies.length * 2, MAX_SAMPLES))
    bigger.set(latencies)
    latencies = bigger
  }
  if (n < latencies.length) latencies[n++] = responseTime
})

const result = await new Promise((resolve, reject) => {
  instance.on('done', resolve)
  instance.on('error', reject)
})

const elapsedS = (performance.now() - t0) / 1000
const sorted = latencies.subarray(0, n).sort()
const pct = (p) => (n === 0 ? null : sorted[Math.min(n - 1, Math.ceil((p / 100) * n) - 1)])
const completed = Object.values(statuses).reduce((a, b) => a + b, 0)

process.stdout.write(
  JSON.stringify({
    url: target.href,
    headers,
    connections,
    durationS: elapsedS,
    requests: completed,
    requestsPerS: completed / elapsedS,
    statuses,
    errors: result.errors,
    timeouts: result.timeouts,
    bytesPerResponse: completed === 0 ? null : bytes / completed,
    latencyMs: { p50: pct(50), p90: pct(90), p99: pct(99), max: n === 0 ? null : sorted[n - 1], samples: n },
    autocannon: {
      requestsTotal: result.requests.total,
      latencyP50: result.latency.p50,
      latencyP99: result.latency.p99,
      non2xx: result.non2xx,
      throughputTotal: result.throughput.total
    }
  }) + '\n'
)
process.exit(0)
