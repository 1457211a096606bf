// Process work only: read the environment, build the app, listen, and close gracefully on signals.
import closeWithGrace from 'close-with-grace'
import pino from 'pino'
import { createRequire } from 'node:module'
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
  try {
    app = await buildApp({ config, log })
  } catch (err) {
    if (err instanceof DataError) {
      process.stderr.write(`siteerror-api: invalid data: ${err.message}\n`)
      process.exit(1)
    }
    throw err
  }

  closeWithGrace({ delay: config.shutdownGraceMs }, async function close({ signal, err }) {
    if (err !== undefined) log.error({ err }, 'closing after an error')
    else log.info({ signal }, 'closing')
    await app.close()
    destination?.flushSync()
  })

  const address = await app.listen({ port: config.port, host: config.host })
  log.info(`Server listening at ${address}`)
}

await main()
