import { once } from 'node:events'
import http2, { type Http2Server, type Http2ServerResponse, type Http2Session, type ServerHttp2Stream } from 'node:http2'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { FastifyInstance } from 'fastify'
import { ERRORS, problemType } from './errors.js'

/**
 * Cleartext HTTP/2 with prior knowledge (h2c, RFC 9113 Section 3.3), beside the HTTP/1.1 listener and
 * serving the same Fastify instance: Node's HTTP/2 compatibility API turns each stream into a
 * request/response pair, which goes to app.routing like an HTTP/1.1 request. So the routes, hooks,
 * rate limiters, caps and the catalog in memory are the app's, once. (Fastify's `http2: true` makes a
 * whole instance speak HTTP/2 only, and cleartext HTTP/2 has no ALPN to fall back to HTTP/1.1 with.)
 *
 * What differs on the wire, and is handled here or by the echo: connection-specific header fields
 * are forbidden (RFC 9113 Section 8.2.2: Node throws on them), there is no reason phrase, and interim
 * (1xx) responses are HEADERS frames that Node sends for any 1xx but 101 (stream.additionalHeaders).
 */

declare module 'fastify' {
  interface FastifyInstance {
    /** The h2c listener, or null when HTTP2_PORT is not set. */
    h2c: H2c | null
  }
}

export interface H2cOptions {
  port: number
  host: string
  /** SETTINGS_MAX_CONCURRENT_STREAMS: streams one session may have open at once. */
  maxConcurrentStreams: number
  /** SETTINGS_MAX_HEADER_LIST_SIZE: the largest header block a client may send. */
  maxHeaderBytes: number
  /** Node's maxSessionMemory: what one session may hold in frames not yet written or read; past it, new streams are refused. */
  maxSessionMemoryMb: number
  /** A session with no activity for this long is sent GOAWAY (as an idle HTTP/1.1 socket is closed). */
  idleTimeoutMs: number
  /**
   * The longest a request may take to arrive: a stream whose request is still incomplete after this
   * long without activity is answered 408. Also the longest a stream may outlive shutdown.
   */
  requestTimeoutMs: number
}

export interface H2c {
  /** The node:http2 server; its connections are counted by the caps (src/http/connections.ts). */
  readonly server: Http2Server
  /** Makes the app ready, then listens on the configured port and host; resolves with the URL. */
  listen(): Promise<string>
  /** Sessions open now. */
  sessions(): number
}

/** Header fields HTTP/2 forbids (RFC 9113 Section 8.2.2). Node throws on all of them but Connection, which it drops with a warning. */
export const CONNECTION_HEADERS: readonly string[] = ['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']
const connectionHeaders = new Set(CONNECTION_HEADERS)
export const isConnectionHeader = (name: string): boolean => connectionHeaders.has(name.toLowerCase())

/** Header fields a request may have, pseudo-header fields included (Node's default, stated here). */
const MAX_HEADER_FIELDS = 128

/** Whether a request came over HTTP/2. */
export const isHttp2 = (raw: IncomingMessage): boolean => raw.httpVersionMajor === 2

/** A request's header fields without HTTP/2's pseudo-header fields (:method, :path, :scheme, :authority). */
export function headerFields(headers: Record<string, string | string[] | undefined>): Record<string, string | string[] | undefined> {
  const fields: Record<string, string | string[] | undefined> = Object.create(null) // a field may be named __proto__
  for (const name in headers) if (name.charCodeAt(0) !== 0x3a /* : */) fields[name] = headers[name]
  return fields
}

/** The HTTP/2 stream a request came on, or undefined for HTTP/1.x. */
export const streamOf = (raw: IncomingMessage): ServerHttp2Stream | undefined => (isHttp2(raw) ? (raw as unknown as http2.Http2ServerRequest).stream : undefined)

/**
 * Sends an interim (1xx) response over HTTP/2, as a HEADERS frame before the final one. Node accepts
 * any 1xx but 101, which HTTP/2 does not have (RFC 9113 Section 8.6). Nothing is sent on a stream
 * that is gone or has already responded.
 */
export function writeInterimHttp2(res: ServerResponse, status: number, headers: ReadonlyArray<readonly [string, string]>): void {
  const stream = (res as unknown as Http2ServerResponse).stream
  if (stream.destroyed || stream.headersSent) return
  const fields: http2.OutgoingHttpHeaders = { ':status': status }
  for (const [name, value] of headers) fields[name.toLowerCase()] = value
  stream.additionalHeaders(fields)
}

/** The 408 problem, as the HTTP/1.1 listener sends it (src/plugins/protection.ts). */
const TIMEOUT_PROBLEM = JSON.stringify({
  type: problemType(ERRORS.ERR_REQUEST_TIMEOUT.code),
  title: ERRORS.ERR_REQUEST_TIMEOUT.title,
  status: 408,
  detail: 'The request did not arrive in time.',
  instance: '',
  code: ERRORS.ERR_REQUEST_TIMEOUT.code
})

/**
 * Creates the h2c server for an app (it listens only when listen() is called) and ties it to the app:
 * connection-specific headers are removed from HTTP/2 responses, and closing the app sends GOAWAY to
 * every session, waits for their streams to end (at most requestTimeoutMs), then destroys what is left.
 * Call before the app is ready.
 */
export function createH2c(app: FastifyInstance, options: H2cOptions): H2c {
  const server = http2.createServer({
    settings: { maxConcurrentStreams: options.maxConcurrentStreams, maxHeaderListSize: options.maxHeaderBytes },
    maxHeaderListPairs: MAX_HEADER_FIELDS,
    maxSessionMemory: options.maxSessionMemoryMb
  })
  const open = new Set<Http2Session>()
  server.on('session', function track(session: Http2Session) {
    open.add(session)
    session.once('close', () => open.delete(session))
    session.setTimeout(options.idleTimeoutMs, () => session.close())
  })
  server.on('stream', function boundRequest(stream: ServerHttp2Stream) {
    stream.setTimeout(options.requestTimeoutMs, function requestTimedOut() {
      // Waiting for an answer (a delayed /echo) is not arriving slowly: only an incomplete request times out.
      if (stream.state.remoteClose === 1) return
      if (!stream.headersSent) {
        stream.respond({ ':status': 408, 'content-type': 'application/problem+json; charset=utf-8', 'cache-control': 'no-store' })
        stream.end(TIMEOUT_PROBLEM)
      }
      stream.close(http2.constants.NGHTTP2_CANCEL)
    })
  })
  server.on('request', app.routing)

  app.addHook('onSend', function dropConnectionHeaders(request, reply, payload, done) {
    if (isHttp2(request.raw)) for (const name of CONNECTION_HEADERS) if (reply.hasHeader(name)) reply.removeHeader(name)
    done(null, payload)
  })
  app.addHook('preClose', function goAway(done) {
    if (server.listening) server.close()
    for (const session of open) session.close()
    done()
  })
  app.addHook('onClose', async function closeSessions() {
    if (open.size === 0) return
    const timer = setTimeout(() => {
      for (const session of open) session.destroy()
    }, options.requestTimeoutMs)
    await Promise.all([...open].map((session) => once(session, 'close')))
    clearTimeout(timer)
  })

  return {
    server,
    sessions: () => open.size,
    async listen() {
      // Routing into an app that is not ready finds routes without their hooks.
      await app.ready()
      server.listen(options.port, options.host)
      await once(server, 'listening')
      const address = server.address() as import('node:net').AddressInfo
      return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`
    }
  }
}
