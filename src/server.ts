// Process work only: read the environment, build the app, listen, and close gracefully on signals.
import closeWithGrace from 'close-with-grace'
import pino from 'pino'
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { getHeapStatistics } from 'node:v8'
import { buildApp } from './app.js'
import { ConfigError, loadConfig, type Config } from './config.js'
import { DataError } from './catalog/load.js'
import { stdoutLog } from './logging.js'

function prettyTransport(): { target: string } | undefined {
  if (!process.stdout.isTTY) return undefined
  try {
    createRequire(import.meta.url).resolve('pino-pretty')
    return { target: 'pino-pretty' }
  } catch {
    return undefined // a production install has no pino-pretty: stay with JSON
  }
}

/**
 * File descriptors kept for everything but client connections: standard streams, the event loop's
 * own, DNS and /check sockets (CHECK_MAX_CONCURRENT), Redis, reading /proc for memory figures.
 */
const FD_RESERVE = 128

/** The soft limit on open files (ulimit -n), where the system says (Linux: /proc/self/limits). */
function openFilesLimit(): number | undefined {
  try {
    const line = /^Max open files\s+(\d+)/m.exec(readFileSync('/proc/self/limits', 'utf8'))
    return line === null ? undefined : Number(line[1])
  } catch {
    return undefined
  }
}

/**
 * process.memoryUsage() opens /proc/self/stat to read the RSS, so it throws EMFILE when file
 * descriptors run out, and @fastify/under-pressure calls it from a timer, where the throw would end
 * the process. Wrapped, it answers the last RSS read (and the current heap) instead.
 */
function survivableMemoryUsage(): void {
  const original = process.memoryUsage
  let last = original()
  const guarded = function memoryUsage(): NodeJS.MemoryUsage {
    try {
      return (last = original())
    } catch {
      return { ...last, heapUsed: getHeapStatistics().used_heap_size }
    }
  }
  const guardedRss = function rss(): number {
    try {
      return original.rss()
    } catch {
      return last.rss
    }
  }
  process.memoryUsage = Object.assign(guarded, { rss: guardedRss })
}

/** Of the grace period, the end kept for writing the last answers and closing, before close-with-grace's timer ends the process. */
const CLOSE_MARGIN_MS = 250

async function main(): Promise<void> {
  let config: Readonly<Config>
  try {
    config = loadConfig(process.env)
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`siteerror-api: configuration error: ${err.message}\n`)
      process.exit(1)
    }
    throw err
  }

  let app: Awaited<ReturnType<typeof buildApp>>
  // JSON logs go to standard output in batches (src/logging.ts); on a terminal with pino-pretty, pretty-printed.
  const transport = prettyTransport()
  const destination = transport === undefined ? stdoutLog() : undefined
  const log = destination === undefined ? pino({ level: config.logLevel, transport }) : pino({ level: config.logLevel }, destination)
  // Connections past the file descriptor limit would fail anywhere a descriptor is needed: cap them below it.
  const fdLimit = openFilesLimit()
  if (fdLimit !== undefined && config.server.maxConnections > fdLimit - FD_RESERVE) {
    const fitted = Math.max(1, fdLimit - FD_RESERVE)
    log.warn({ maxConnections: fitted, configured: config.server.maxConnections, openFilesLimit: fdLimit }, 'MAX_CONNECTIONS lowered to fit the open files limit')
    config = Object.freeze({ ...config, server: Object.freeze({ ...config.server, maxConnections: fitted }) })
  }
  survivableMemoryUsage()
  try {
    app = await buildApp({ config, log })
  } catch (err) {
    if (err instanceof DataError) {
      process.stderr.write(`siteerror-api: invalid data: ${err.message}\n`)
      process.exit(1)
    }
    throw err
  }

  // On SIGTERM or SIGINT: /ready answers 503 at once and every response asks for its connection to
  // close, while the listener keeps accepting for the drain delay (balancers notice and stop sending);
  // then the server closes: no new connections, idle ones closed, in-flight requests given the grace
  // period (delayed echoes that would end later are cut short). After an uncaught error, no drain delay.
  const { shutdownDrainDelayMs: drainDelayMs, shutdownGraceMs: graceMs } = config
  closeWithGrace({ delay: drainDelayMs + graceMs }, async function close({ signal, err }) {
    const waitMs = err === undefined ? drainDelayMs : 0
    app.lifecycle.drain(performance.now() + waitMs + graceMs - CLOSE_MARGIN_MS)
    if (err !== undefined) log.error({ err }, 'closing after an error')
    else {
      log.info({ signal, drainDelayMs }, 'draining')
      await new Promise((resolve) => setTimeout(resolve, waitMs))
      log.info({ signal }, 'closing')
    }
    await app.close()
    destination?.flushSync()
  })

  const address = await app.listen({ port: config.port, host: config.host })
  log.info(`Server listening at ${address}`)
  if (app.h2c !== null) log.info(`HTTP/2 (h2c) listening at ${await app.h2c.listen()}`)
}

await main()
