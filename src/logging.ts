import pino, { type Logger } from 'pino'
import { LogController, type FastifyReply, type FastifyRequest } from 'fastify'
import { jsonString } from './json.js'
import type { Fault } from './echo/faults.js'

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * performance.now() when the request reached its first hook (app.ts sets it), or 0 before: the start of
     * the access log's `ms`. Fastify's own reply.elapsedTime stays 0 with its logger off and no onResponse hook.
     */
    arrivedAt: number
  }
}

/** What LineBatcher writes to: pino's own destination (sonic-boom), which handles partial writes and EAGAIN. */
export interface LineDestination {
  write(chunk: string): boolean
  flushSync(): void
}

/**
 * Collects log lines and hands them to the destination in chunks: when `maxChars` are pending, or
 * `maxDelayMs` after the first pending line, whichever comes first. Like nginx's buffered access
 * log (`buffer=` and `flush=`), a busy server then makes one write per many requests instead of one
 * per request, and a quiet one still shows each line within `maxDelayMs`. flushSync writes what is
 * pending before it returns (close-with-grace calls it on the way out, on signals and on crashes).
 */
export class LineBatcher {
  private lines: string[] = []
  private pendingChars = 0
  private timer: NodeJS.Timeout | undefined

  constructor(
    private readonly destination: LineDestination,
    private readonly maxChars = 16_384,
    private readonly maxDelayMs = 100
  ) {}

  write(line: string): boolean {
    this.lines.push(line)
    this.pendingChars += line.length
    if (this.pendingChars >= this.maxChars) this.flush()
    else if (this.timer === undefined) this.timer = setTimeout(this.flush, this.maxDelayMs).unref()
    return true
  }

  /** Hands the pending lines to the destination. */
  readonly flush = (): void => {
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.lines.length === 0) return
    const chunk = this.lines.join('')
    this.lines = []
    this.pendingChars = 0
    this.destination.write(chunk)
  }

  /** Writes everything pending, synchronously: for shutdown. */
  flushSync(): void {
    this.flush()
    this.destination.flushSync()
  }
}

/**
 * Standard output as the log destination: batched, then written synchronously, as pino does by
 * default. Measured in bench/README.md.
 */
export function stdoutLog(): LineBatcher {
  return new LineBatcher(pino.destination({ dest: 1, sync: true }))
}

/** The server's logger: pino. Fastify's own is off (see AppLogController). */
export type Log = Logger

/** How an /echo exchange ended without a whole response: the fault it asked for, or its client leaving first. */
export type Ended = Fault | 'client-closed'

/** What a pino logger keeps under its documented symbols: its bindings as JSON, and its destination. */
type PinoInternals = { [pino.symbols.chindingsSym]: string; [pino.symbols.streamSym]: { write(line: string): unknown } }

/**
 * The access log: a writer of one line per response, called (src/app.ts) as the response is handed to
 * the socket, with the fields operators need (reqId, traceId when the request has one, method, url,
 * status, ms, ip). The line is the one pino would write for
 * `log.child({ reqId, traceId }).info({ method, url, status, ms, ip }, 'request')`, formatted directly
 * (test/app.test.ts compares them byte for byte). `ms` is the time from the request's arrival to that hand-off.
 *
 * An /echo exchange that ends without a whole response gets its line when it ends, with `ended`: the fault
 * asked for (close, hang, wrong-length, ...) or `client-closed` (the client left during a delay), and as
 * `status` the one its bytes carried, or null when none was sent.
 *
 * Why not Fastify's logger: with it on, Fastify makes a child logger and listens for 'finish' on
 * every response, and that alone cost about a tenth of the CPU of a data request (bench/README.md).
 */
export function accessLog(log: Log) {
  const { [pino.symbols.streamSym]: stream, [pino.symbols.chindingsSym]: bindings } = log as Log & PinoInternals
  // Many requests share a millisecond: its text is made once.
  let lastTime = 0
  let lastTimeText = '0'
  return function logRequest(request: FastifyRequest, status: number | null, ms: number, ended?: Ended): void {
    const time = Date.now()
    if (time !== lastTime) lastTimeText = `${(lastTime = time)}`
    const traceId = request.traceId
    stream.write(
      // The request id is our UUID or the caller's, from an allowlist of characters (src/http/trace.ts), the trace id
      // 32 hex digits, and the method an HTTP token (Node's parser accepts no other): none needs escaping.
      `{"level":30,"time":${lastTimeText}${bindings},"reqId":"${request.id}",${traceId === null ? '' : `"traceId":"${traceId}",`}"method":"${request.method}",` +
        `"url":${jsonString(request.url)},"status":${status},"ms":${tenthsText(Math.round(ms * 10))},` +
        `"ip":${jsonString(request.ip)},${ended === undefined ? '' : `"ended":"${ended}",`}"msg":"request"}\n`
    )
  }
}

/**
 * A whole number of tenths, written as JSON writes tenths / 10 (12 -> "1.2", 30 -> "3"), without
 * formatting a fraction: the access log's `ms`, to one decimal place.
 */
export const tenthsText = (tenths: number): string => {
  const digit = tenths % 10
  return digit === 0 ? `${tenths / 10}` : `${(tenths - digit) / 10}.${digit}`
}

/** The fields that tie a log line to its request: its id, and the trace id when it has one (pino leaves out undefined). */
export const requestFields = (request: FastifyRequest) => ({ reqId: request.id, traceId: request.traceId ?? undefined })

/**
 * Fastify's own log lines, for the rare events the access log does not cover, sent to our logger
 * with the request id: Fastify's logger is off, so it would otherwise drop them.
 */
export class AppLogController extends LogController {
  constructor(private readonly log: Log) {
    super()
  }

  override incomingRequest(): void {}
  override requestCompleted(): void {}
  override routeNotFound(): void {}

  override defaultErrorLog(error: Error, request: FastifyRequest, reply: FastifyReply): void {
    this.log.error({ ...requestFields(request), status: reply.statusCode, err: error }, 'request failed')
  }

  override streamError(error: Error & { code?: string }, request: FastifyRequest): void {
    if (error.code === 'ERR_STREAM_PREMATURE_CLOSE') this.log.info(requestFields(request), 'response stream closed early')
    else this.log.warn({ ...requestFields(request), err: error }, 'response failed after its headers were sent')
  }

  override writeHeadError(error: Error, request: FastifyRequest): void {
    this.log.warn({ ...requestFields(request), err: error }, 'response headers could not be written')
  }

  override serializerError(error: Error, request: FastifyRequest, _reply: FastifyReply, metadata: { statusCode: number }): void {
    this.log.error({ ...requestFields(request), status: metadata.statusCode, err: error }, 'response could not be serialized')
  }
}
