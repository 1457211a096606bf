// What test/check.test.ts and test/url-checker.test.ts share: fixture upstreams listen on 127.0.0.2,
// the one address the app is told to allow, and the app resolves names through a test resolver.
import type http from 'node:http'
import net from 'node:net'
import { once } from 'node:events'
import type { Test } from 'tap'
import { buildApp } from '../src/app.js'
import { defaultConfig, type Config } from '../src/config.js'
import type { Resolver } from '../src/check/checker.js'
import { catalog } from './helper.js'

/**
 * The fixture upstream's paths both test files use; false for any other path, which the caller answers.
 * /ok: 200; /to?loc=: a 302 there; /r/N: N redirects, then 200; /two: two Location headers; /big-headers:
 * 32 KB of header; /hang: never answers; /teapot: 418.
 */
export function answerCommon(req: http.IncomingMessage, res: http.ServerResponse): boolean {
  const url = new URL(req.url!, 'http://x')
  const path = url.pathname
  if (path === '/ok') res.end('ok')
  // Connection: close makes the next hop open a new connection, and so resolve the name again.
  else if (path === '/to') res.writeHead(302, { location: url.searchParams.get('loc')!, connection: 'close' }).end()
  else if (/^\/r\/\d+$/.test(path)) {
    const n = Number(path.slice(3))
    if (n === 0) res.end('end')
    else res.writeHead(301, { location: `/r/${n - 1}` }).end()
  } else if (path === '/two') {
    res.setHeader('location', ['/ok', '/r/1'])
    res.writeHead(302).end()
  } else if (path === '/big-headers') {
    res.setHeader('x-big', 'a'.repeat(32 * 1024))
    res.end()
  } else if (path === '/teapot') res.writeHead(418).end()
  else return path === '/hang' // never answered
  return true
}

/** Listens on host and port (0: any free one) and answers the port. */
export async function listen(server: net.Server, host: string, port: number): Promise<number> {
  server.listen(port, host)
  await once(server, 'listening')
  return (server.address() as net.AddressInfo).port
}

export interface CheckAppOptions {
  /** The upstream ports /check may reach. */
  readonly ports: number[]
  readonly resolver: Resolver
  /** Settings of /check over the test defaults. */
  readonly check?: Partial<Config['check']>
  /** Other settings over the defaults. */
  readonly config?: Partial<Config>
}

/**
 * An app whose /check reaches 127.0.0.2 on the fixture ports only, with short timeouts, no cache and a
 * high allowance; closed when the test ends. No event-loop-delay shedding: a busy machine would turn
 * answers into 503s.
 */
export async function checkApp(t: Test, { ports, resolver, check = {}, config = {} }: CheckAppOptions) {
  const base = defaultConfig()
  const instance = await buildApp({
    config: defaultConfig({
      pressure: { ...base.pressure, maxEventLoopDelayMs: 0 },
      ...config,
      check: {
        ...base.check,
        ports,
        allowAddresses: ['127.0.0.2'],
        connectTimeoutMs: 500,
        headersTimeoutMs: 600,
        timeoutMs: 3000,
        cacheTtlMs: 0,
        ratePerMinute: 10_000,
        ...check
      }
    }),
    catalog: catalog(),
    checkResolver: resolver
  })
  t.teardown(() => instance.close())
  return instance
}
