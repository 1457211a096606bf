import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Socket } from 'node:net'
import type { FastifyReply, FastifyRequest } from 'fastify'
import accepts from '@fastify/accepts'
import type { Catalog } from '../catalog/catalog.js'
import { ProblemError, invalid, unavailable } from '../errors.js'
import { parseCode, parseParams, MAX_BODY_PARAM, MAX_HOPS, MAX_REASON, type EchoLimits, type EchoParams } from '../echo/params.js'
import { respond, type CodeInfo, type EchoResponse } from '../echo/respond.js'
import type { Ended } from '../logging.js'
import { FAULTS, FAULT_MEANINGS, SILENT_FAULTS, faultBytes, type Fault } from '../echo/faults.js'
import { drip } from '../echo/drip.js'
import { WaitingRequests, wait, type Slot } from '../echo/slots.js'
import { draw, parseWeights, pick } from '../echo/random.js'
import { documentedAs } from '../schemas/documented.js'
import type { UnitLimiter } from '../http/limiter.js'
import { spend } from '../plugins/protection.js'
import type { Lifecycle } from '../http/lifecycle.js'
import { isPreflight, preflightHeaders } from '../plugins/methods.js'
import { headerFields, isConnectionHeader, isHttp2, streamOf, writeInterimHttp2 } from '../http2.js'

export interface EchoOptions {
  catalog: Catalog
  /** Largest accepted `delay`; also how long `fault=hang` sends nothing when no delay is given. */
  maxDelayMs: number
  /** Largest accepted `drip` duration. */
  maxDripMs: number
  /** Largest accepted `dripBytes`. */
  maxDripBytes: number
  /** How many delayed requests may wait at once; more get 503. */
  maxDelayed: number
  /** How many of them one client may hold; more get 429. */
  maxDelayedPerClient: number
  /** Largest request content echoed back; more is a 413. */
  bodyLimitBytes: number
  /** Headers browsers may read; custom ones are added per response. */
  exposedHeaders: readonly string[]
  /** The per-client allowance of delayed requests. */
  delayLimiter: UnitLimiter
  /** The drain: waits that end before its deadline finish; others are cut short with a 503. */
  lifecycle: Lifecycle
  /**
   * Writes the access line of an exchange that ended without a whole response, which the access log's onSend
   * hook never sees: `status` is the one its bytes carried, or null when none was sent.
   */
  logUnfinished: (request: FastifyRequest, status: number | null, ended: Ended) => void
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
/** Response headers any cross-origin script may read (Fetch standard, CORS-safelisted response-header names). */
const SAFELISTED = ['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma']
const ECHO_KEYS = new Set(['delay', 'header', 'body', 'final', 'location', 'hops', 'retryAfter', 'fault', 'reason', 'drip', 'dripBytes'])
const RANDOM_KEYS = new Set(['codes', 'seed', 'step'])
/** The last position of a seeded sequence. */
const MAX_STEP = 999_999_999
const SEED = /^(0|[1-9][0-9]{0,9})$/
/** Says that reason= was not applied, over HTTP/2. */
const REASON_IGNORED = 'x-echo-reason-ignored'
/** Longer Accept headers are negotiated each time, not remembered. */
const MAX_REMEMBERED_ACCEPT = 256
/**
 * The key a client's delayed requests are counted under: the same as the rate limits', request.clientKey (the
 * address, or an IPv6 client's prefix: src/http/client-key.ts).
 */
export const clientKey = (request: FastifyRequest): string => request.clientKey
/**
 * The same request at the next position of a seeded sequence, for the Link header: the query re-serialized by
 * URLSearchParams, which percent-encodes everything but [A-Za-z0-9*-._] (a space is +), so nothing a client
 * sends can end the URI reference or the header.
 */
const nextStep = (url: string, n: number): string => {
  const query = new URLSearchParams(url.includes('?') ? url.slice(url.indexOf('?') + 1) : '')
  query.set('step', String(n + 1))
  return `/echo/random?${query}`
}
const pathOf = (url: string) => (url.includes('?') ? url.slice(0, url.indexOf('?')) : url)
const sameLines = (a: readonly string[], b: readonly string[]) => {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

const Str = (description: string) => Type.String({ description })
/** A whole-number parameter: checked as plain digits by parseParams, documented as an integer. */
const Whole = (description: string, minimum: number, maximum: number) => Type.Optional(documentedAs(Str(description), { type: 'integer', minimum, maximum }))
const echoQuery = ({ maxDelayMs, maxDripMs, maxDripBytes }: EchoLimits, maxDelayedPerClient: number, maxDelayed: number) => ({
  delay: Whole(
    `Milliseconds to wait before answering: plain digits, 0 to ${maxDelayMs} (ECHO_MAX_DELAY_MS). At most ${maxDelayedPerClient} delayed requests per client wait at once (429 beyond), and ${maxDelayed} in all (503 beyond).`,
    0,
    maxDelayMs
  ),
  header: Type.Optional(
    Type.Union([Str('Name:Value'), Type.Array(Str('Name:Value'), { maxItems: 10 })], {
      description:
        'An extra response header as Name:Value; repeat for more (at most 10). Only names that are useful for testing clients and that no browser, cache or proxy acts on: X-* names (but not X-Accel-*, X-Sendfile, X-Forwarded-*, X-Real-IP and the like), RateLimit-*, Retry-After, Link, ETag, Last-Modified, Warning, Deprecation, Sunset, WWW-Authenticate and a few more (docs/echo.md); values in visible ASCII, up to 256 characters.'
    })
  ),
  body: Type.Optional(Str(`A custom response body, at most ${MAX_BODY_PARAM} characters: served as JSON when it parses as JSON, else as text/plain.`)),
  final: Whole('For 1xx codes: the final status sent after the interim response (default 200).', 200, 599),
  location: Type.Optional(Str('For redirects: the target, a path on this server (default /echo/200); what a URI cannot hold as it is (non-ASCII, quotes...) is percent-encoded as UTF-8.')),
  hops: Whole('For redirects: redirect to itself this many times (0 to 10) before the target.', 0, MAX_HOPS),
  retryAfter: Whole('For 429 and 503: the Retry-After seconds (default 1).', 0, 86400),
  fault: Type.Optional(
    documentedAs(
      Str(
        `Instead of a well-formed response (HTTP/1.1 only), one of: ${FAULTS.map((f) => `${f}: ${FAULT_MEANINGS[f]}`).join('; ')}. Every fault ends with the server closing the connection, and counts as a delayed request (caps and allowance). All but close and hang need a response with content (not HEAD, 204, 205 or 304). Not combinable with drip.`
      ),
      { type: 'string', enum: FAULTS }
    )
  ),
  reason: Type.Optional(Str(`The reason phrase of the final status line on HTTP/1.1, instead of the status's name: visible ASCII and spaces, 1 to ${MAX_REASON} characters. HTTP/2 has no reason phrase.`)),
  drip: Whole(
    `Milliseconds over which the content is sent, in pieces at most 50 ms apart (after any delay), 0 to ${maxDripMs} (ECHO_MAX_DRIP_MS); Content-Length announces the whole. Counts as a delayed request (caps and allowance). Needs a response with content.`,
    0,
    maxDripMs
  ),
  dripBytes: Whole(`With drip: the content is this many "*" bytes (application/octet-stream) instead of the echo body, 1 to ${maxDripBytes} (ECHO_MAX_DRIP_BYTES).`, 1, maxDripBytes)
})

export const EchoBodySchema = Type.Object(
  {
    code: Type.Integer({ description: 'The status of the response.' }),
    name: Str('Its name from the catalog, or "Unassigned".'),
    summary: Str('What it means.'),
    assigned: Type.Boolean({ description: 'Whether IANA or a tracked vendor assigns the code.' }),
    choices: Type.Optional(Type.Array(Str('A path.'), { description: 'On 300 Multiple Choices: the paths to choose from.' })),
    request: Type.Object(
      {
        method: Str('The request method.'),
        path: Str('The request path.'),
        query: Type.Record(Type.String(), Type.Unknown(), { description: 'The parsed query string.' }),
        headers: Type.Record(Type.String(), Type.Unknown(), { description: 'The request headers as received (lower-case names).' }),
        body: Type.Union([Type.String(), Type.Null()], { description: 'The request content as text, or null.' })
      },
      { additionalProperties: false, description: 'The request as the server received it.' }
    )
  },
  {
    $id: 'EchoBody',
    additionalProperties: false,
    description: 'The default JSON body of an echo response.',
    examples: [
      {
        code: 503,
        name: 'Service Unavailable',
        summary: 'The server cannot handle the request right now because it is overloaded or down for maintenance, a condition expected to pass.',
        assigned: true,
        request: { method: 'GET', path: '/echo/503', query: { retryAfter: '30' }, headers: { host: 'localhost:3000', accept: '*/*' }, body: null }
      }
    ]
  }
)

/** What an echo response carries: the JSON description of the request (or the body parameter), a problem, or text. */
const echoContent = (problem: 'echo' | 'either' | 'none') => ({
  'application/json': {
    schema: Type.Union([Type.Ref('EchoBody'), Type.Unknown({ description: 'With body=: the body parameter as given, when it parses as JSON.' })], {
      description: 'The echo body, or the body parameter.'
    })
  },
  ...(problem === 'none'
    ? {}
    : {
        'application/problem+json': {
          schema:
            problem === 'echo'
              ? Type.Ref('EchoProblem')
              : Type.Union([Type.Ref('EchoProblem'), Type.Ref('Problem')], { description: 'The echoed status as a problem, or a problem of this API.' })
        }
      }),
  'text/plain': { schema: Type.String({ description: '"<code> <name>", or the body parameter when it is not JSON.' }) }
})
const echoed = (description: string, problem: 'echo' | 'either' | 'none') => ({ description, content: echoContent(problem) })
/** Statuses the echo can be asked for that this API also answers with a problem of its own. */
const either = (status: string) => echoed(`${status} as asked for, or this API's own ${status} problem (see the description).`, 'either')

/** Every response /echo can send, by status and class. */
const ECHO_RESPONSES = {
  200: echoed('200 as asked for; also /echo/206 when Range asks for several ranges or is malformed (the whole 100 bytes as text/plain).', 'none'),
  204: Type.Null({ description: '204: no content.' }),
  205: Type.Null({ description: '205: no content, Content-Length: 0.' }),
  206: { description: 'A byte range of a 100-byte text (Content-Range says which).', content: { 'text/plain': { schema: Type.String({ description: 'The bytes of the range.' }) } } },
  304: Type.Null({ description: '304: no content, with the ETag a 200 would carry.' }),
  '2xx': echoed('Any other 2xx asked for.', 'none'),
  '3xx': echoed('A 3xx asked for; redirects carry Location.', 'none'),
  400: either('400'),
  406: either('406'),
  413: either('413'),
  414: either('414'),
  429: either('429'),
  500: either('500'),
  503: either('503'),
  '4xx': echoed('Any other 4xx asked for.', 'echo'),
  '5xx': echoed('Any other 5xx asked for.', 'echo')
}

const echo: FastifyPluginAsyncTypebox<EchoOptions> = async function echo(app, options) {
  const { catalog, maxDelayMs, maxDelayed, maxDelayedPerClient, bodyLimitBytes, exposedHeaders } = options
  const limits: EchoLimits = { maxDelayMs, maxDripMs: options.maxDripMs, maxDripBytes: options.maxDripBytes }
  const querySchema = echoQuery(limits, maxDelayedPerClient, maxDelayed)
  await app.register(accepts)
  // Echo any content as text, whatever its type.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: bodyLimitBytes }, (_request, body, done) => done(null, body))

  const { lifecycle, logUnfinished } = options
  /** Delays, drips and faults: each holds a slot until its socket is done with (src/echo/slots.ts). */
  const waiting = new WaitingRequests(maxDelayed, maxDelayedPerClient)
  // At close, waits that end by the drain's deadline go on (the server waits for them); the others end
  // now, a delay with a 503, rather than be cut by the process exiting. A close without a drain (tests) ends all.
  app.addHook('preClose', async function cancelDelays() {
    waiting.shutdown(lifecycle.draining ? lifecycle.deadline : -Infinity)
  })

  /** What the catalog says of a code, made once per code (at most 500: /echo takes 100 to 599). */
  const infos = new Map<number, CodeInfo>()
  const infoOf = (code: number): CodeInfo => {
    let info = infos.get(code)
    if (info === undefined) {
      const record = catalog.find(code)
      info =
        record !== undefined
          ? { name: record.name, summary: record.summary, assigned: true }
          : { name: 'Unassigned', summary: `${code} is not assigned by IANA or by any vendor we track.`, assigned: false }
      infos.set(code, info)
    }
    return info
  }

  function preflight(request: FastifyRequest, reply: FastifyReply): boolean {
    if (!isPreflight(request)) return false
    preflightHeaders(request, reply, METHODS.join(', ')).code(204).send()
    return true
  }

  function writeInterim(request: FastifyRequest, reply: FastifyReply, interim: NonNullable<EchoResponse['interim']>): void {
    // RFC 9110 Section 15.2: a server must not send a 1xx response to an HTTP/1.0 client.
    if (request.raw.httpVersion === '1.0') return
    const res = reply.raw
    // Over HTTP/2 every 1xx (101 is refused before this) is a HEADERS frame of its own (src/http2.ts).
    if (isHttp2(request.raw)) return writeInterimHttp2(res, interim.status, interim.headers)
    if (interim.status === 100) res.writeContinue()
    else if (interim.status === 102) res.writeProcessing()
    else if (interim.status === 103) res.writeEarlyHints(Object.fromEntries(interim.headers.map(([n, v]) => [n.toLowerCase(), v])))
    else {
      // Node has no API for other 1xx codes, so they are written on the socket. Not before this response is the one
      // being written, though: a pipelined request's response gets the socket (and emits 'socket', before writing
      // what it has buffered) only once the responses before it are complete. The three above buffer on their own.
      const lines = [`HTTP/1.1 ${interim.status} ${interim.reason}`, ...interim.headers.map(([n, v]) => `${n}: ${v}`)]
      const bytes = `${lines.join('\r\n')}\r\n\r\n`
      if (res.socket !== null) res.socket.write(bytes)
      else res.once('socket', (socket: Socket) => socket.write(bytes))
    }
  }

  /** Headers a browser may read without being told (Fetch: CORS-safelisted response headers), and those we always expose. */
  const readable = new Set([...SAFELISTED, ...exposedHeaders.map((h) => h.toLowerCase())])
  const exposedList = exposedHeaders.join(', ')
  /**
   * Content negotiation, remembered per offer and Accept header: most clients send one of a few. Bounded: at most
   * 8 offers of 256 Accept headers of MAX_REMEMBERED_ACCEPT characters (respond() uses two offers: under 300 KB).
   */
  const negotiated = new Map<readonly string[], Map<string, string | false>>()
  const negotiate = (request: FastifyRequest) => (types: readonly string[]) => {
    // respond() offers one of two constant arrays; the bounds only guard against other callers.
    let byAccept = negotiated.get(types)
    if (byAccept === undefined && negotiated.size < 8) negotiated.set(types, (byAccept = new Map()))
    const accept = request.headers.accept ?? ''
    let type = byAccept?.get(accept)
    if (type === undefined) {
      type = request.accepts().type([...types]) as string | false
      if (byAccept !== undefined && byAccept.size < 256 && accept.length <= MAX_REMEMBERED_ACCEPT) byAccept.set(accept, type)
    }
    return type
  }

  /** Answers at once, or after the delay, drip or fault asked for (the only cases that return a promise). */
  function answer(request: FastifyRequest, reply: FastifyReply, code: number, query: Record<string, unknown>, extra: Array<[string, string]> = []) {
    const params = parseParams(query, limits)
    if (params.delayMs > 0 || params.fault !== undefined || params.dripMs > 0) return answerLater(request, reply, code, params, extra)
    send(request, reply, respondTo(request, code, params), extra)
  }

  /**
   * A delay, a drip or a fault: spends the client's delayed allowance and holds a slot among the waiting
   * requests until the answer is sent, the client goes away or the server shuts down. A drip or a fault
   * hands the slot over to what it sends, which gives it back when its stream or socket is done with.
   */
  async function answerLater(request: FastifyRequest, reply: FastifyReply, code: number, params: EchoParams, extra: Array<[string, string]>) {
    const { fault } = params
    if (fault !== undefined && request.raw.httpVersionMajor !== 1) throw invalid('querystring', '/fault', 'fault is for HTTP/1.x: its bytes are HTTP/1.1 framing.')
    // Made before the wait, so that a fault or drip that needs content is refused at once.
    const response = respondTo(request, code, fault === 'bad-json' ? { ...params, body: undefined } : params, fault === 'bad-json')
    const content = response.body === null ? 0 : Buffer.byteLength(response.body)
    if (fault !== undefined && !SILENT_FAULTS.has(fault) && content < 2) {
      throw invalid('querystring', '/fault', `fault=${fault} needs a response with content of at least 2 bytes; HEAD, 204, 205, 304 and an empty body have none.`)
    }
    if (params.dripMs > 0 && content === 0 && params.dripBytes === undefined) {
      throw invalid('querystring', '/drip', 'drip needs a response with content; HEAD, 204, 205, 304 and an empty body have none.')
    }
    // How long the client will be kept: a hang's silence, or the delay then the drip.
    const holdMs = fault === 'hang' ? (params.delayMs > 0 ? params.delayMs : maxDelayMs) : params.delayMs + params.dripMs
    // While draining, a wait that would end after the deadline is refused at once.
    if (!lifecycle.fits(holdMs)) throw unavailable('draining', 'The server is shutting down before the delay would end; ask another instance.', 1)
    await spend(options.delayLimiter, request, reply, 1, 'Delayed /echo')
    const slot = waiting.take(clientKey(request), streamOf(request.raw) ?? request.raw.socket, performance.now() + holdMs)
    let handedOver = false
    try {
      if (fault === 'hang') {
        handedOver = true
        hang(request, params.delayMs > 0 ? params.delayMs : maxDelayMs, slot)
        return reply.hijack()
      }
      const waited = params.delayMs > 0 ? await wait(params.delayMs, slot.signal) : 'done'
      if (waited === 'gone') {
        logUnfinished(request, null, 'client-closed')
        return reply.hijack()
      }
      if (waited === 'shutdown') {
        throw unavailable('draining', 'The server is shutting down; the delayed answer was cancelled.', 1)
      }
      handedOver = true
      if (fault !== undefined) {
        writeFault(request, reply, fault, response, slot)
        return reply.hijack()
      }
      if (params.dripMs > 0) return sendDrip(request, reply, response, params, extra, slot)
      send(request, reply, response, extra)
      return reply
    } finally {
      if (!handedOver) slot.release()
    }
  }

  /** fault=hang: nothing for ms, then the connection is closed; at once on shutdown. */
  function hang(request: FastifyRequest, ms: number, slot: Slot): void {
    const socket = request.raw.socket
    void wait(ms, slot.signal).then(function closeHung() {
      slot.release()
      socket.destroySoon()
      logUnfinished(request, null, 'hang')
    })
  }

  /**
   * Writes a fault's bytes on the socket, once this response is the one being written (a pipelined request's
   * response gets the socket only once the responses before it are complete), and closes the connection.
   */
  function writeFault(request: FastifyRequest, reply: FastifyReply, fault: Fault, response: EchoResponse, slot: Slot): void {
    const socket = request.raw.socket
    if (socket.destroyed) {
      logUnfinished(request, null, 'client-closed')
      return slot.release()
    }
    socket.once('close', function faultDone() {
      slot.release()
      logUnfinished(request, SILENT_FAULTS.has(fault) ? null : response.status, fault)
    })
    const bytes = faultBytes(fault, response, request.raw.httpVersion === '1.0')
    const write = (to: Socket) => {
      if (bytes !== null) to.write(bytes)
      to.destroySoon()
    }
    if (reply.raw.socket !== null) write(reply.raw.socket)
    else reply.raw.once('socket', write)
  }

  /**
   * The JSON of the request headers, remembered per connection: a client on a kept-alive connection mostly
   * sends the same header lines each time, and comparing them costs less than JSON.stringify (about 0.26 µs
   * for two headers on Node 20; bench/README.md).
   */
  const lastHeaders = new WeakMap<object, { lines: string[]; json: string }>()
  function headersJson(request: FastifyRequest): string {
    // Over HTTP/2, method and path come as pseudo-header fields (:method, :path, :scheme, :authority), which are not
    // header fields (RFC 9113 Section 8.3): the body shows method and path in fields of their own.
    if (isHttp2(request.raw)) return JSON.stringify(headerFields(request.headers))
    const { socket, rawHeaders: lines, headers } = request.raw
    // request.headers is Node's own object unless something replaced it; only that one is derived from rawHeaders alone.
    // A request whose socket is gone has nothing to remember it by (and a WeakMap takes no null key).
    if (request.headers !== headers || !socket) return JSON.stringify(request.headers)
    const last = lastHeaders.get(socket)
    if (last !== undefined && sameLines(last.lines, lines)) return last.json
    const json = JSON.stringify(headers)
    lastHeaders.set(socket, { lines, json })
    return json
  }

  /** The echo response to a request; asJson: the JSON echo body whatever Accept says (fault=bad-json cuts it). */
  function respondTo(request: FastifyRequest, code: number, params: EchoParams, asJson = false): EchoResponse {
    const body = typeof request.body === 'string' && request.body !== '' ? request.body : null
    return respond(
      code,
      {
        method: request.method,
        path: pathOf(request.url),
        query: request.query as Record<string, unknown>,
        headers: request.headers,
        headersJson: () => headersJson(request),
        body
      },
      params,
      infoOf,
      asJson ? () => 'application/json' : negotiate(request)
    )
  }

  /** Writes the interim response, if any, and sets the final status, reason phrase and headers. */
  function prepare(request: FastifyRequest, reply: FastifyReply, response: EchoResponse, extra: Array<[string, string]>): void {
    if (response.interim !== null) writeInterim(request, reply, response.interim)
    let headers = extra.length === 0 ? response.headers : [...response.headers, ...extra]
    // HTTP/2 has no connection-specific fields (426's Upgrade and Connection): they are neither sent nor exposed.
    if (isHttp2(request.raw)) headers = headers.filter(([name]) => !isConnectionHeader(name))
    // Custom and code-specific headers (location, www-authenticate, X-Test...) are exposed too.
    let unexposed: Set<string> | undefined
    for (const [name, value] of headers) {
      reply.header(name, value)
      if (!readable.has(name.toLowerCase())) (unexposed ??= new Set()).add(name)
    }
    if (unexposed !== undefined) reply.header('access-control-expose-headers', [exposedList, ...unexposed].join(', '))
    // HTTP/2 has no reason phrase (RFC 9113 Section 8.3.2): none is set there (Node warns), and the response says so.
    if (!isHttp2(request.raw)) reply.raw.statusMessage = response.reason
    else if ((request.query as Record<string, unknown>).reason !== undefined) reply.header(REASON_IGNORED, 'HTTP/2 has no reason phrase')
    reply.code(response.status)
  }

  function send(request: FastifyRequest, reply: FastifyReply, response: EchoResponse, extra: Array<[string, string]>): void {
    prepare(request, reply, response, extra)
    if (response.body === null) reply.send()
    else reply.send(response.body)
  }

  /** The content of dripBytes: "*" bytes, allocated once, at the first such drip. */
  let stars: Buffer | undefined
  /** drip=: the content in pieces over the duration; the slot is given back when the stream closes, ended or cancelled. */
  function sendDrip(request: FastifyRequest, reply: FastifyReply, response: EchoResponse, params: EchoParams, extra: Array<[string, string]>, slot: Slot) {
    let content: Buffer
    if (params.dripBytes !== undefined) {
      content = (stars ??= Buffer.alloc(options.maxDripBytes, '*')).subarray(0, params.dripBytes)
      const headers = response.headers.filter(([name]) => name !== 'content-type' && name !== 'content-length')
      response = { ...response, headers: [...headers, ['content-type', 'application/octet-stream']] }
    } else {
      content = Buffer.from(response.body!)
    }
    const stream = drip(content, params.dripMs, slot.signal)
    stream.once('close', slot.release)
    prepare(request, reply, response, extra)
    // HEAD: the headers a GET would get; the stream, already started, is dropped.
    if (request.method === 'HEAD') {
      stream.destroy()
      return reply.header('content-length', String(content.length)).send()
    }
    return reply.header('content-length', String(content.length)).send(stream)
  }

  const checkKeys = (query: Record<string, unknown>, allowed: Set<string>) => {
    for (const key in query) {
      if (!allowed.has(key)) throw invalid('querystring', `/${key}`, `"${key}" is not a parameter of this endpoint.`)
    }
  }

  app.route({
    method: [...METHODS],
    url: '/echo/random',
    schema: {
      tags: ['echo'],
      operationId: 'echoRandom',
      summary: 'Answer with a random status, reproducibly',
      description:
        'Picks one of `codes` by weight and answers as /echo/{code} would. With `seed`, picks are reproducible by construction: ' +
        'position `step` (0 when absent) of a seed\'s sequence is the same draw on every server, at any time, whoever else uses the ' +
        'seed; the server counts nothing. The X-Echo-Draw header tells which position answered, and a Link header with rel="next" ' +
        'is the same request at the next position. Without a seed, picks are random.',
      querystring: Type.Object(
        {
          codes: Str('Code:weight pairs, comma-separated, e.g. 200:0.9,503:0.1 (final codes 200-599, up to 10; weights plain decimals of at most 6 digits before and 6 after the point; at most 256 characters).'),
          seed: Whole('A whole number from 0 to 4294967295 that fixes the sequence of picks.', 0, 0xffffffff),
          step: Whole('With seed: the position in the sequence to draw, 0 to 999999999 (0 when absent).', 0, MAX_STEP),
          ...querySchema
        },
        { additionalProperties: false }
      ),
      response: ECHO_RESPONSES
    },
    handler: function randomEcho(request, reply) {
      if (preflight(request, reply)) return
      const query = request.query as Record<string, unknown>
      const entries = parseWeights(String(query.codes))
      const { seed, step } = query as { seed?: string; step?: string }
      let extra: Array<[string, string]> = []
      let value = Math.random()
      if (seed !== undefined) {
        if (!SEED.test(seed) || Number(seed) > 0xffffffff) throw invalid('querystring', '/seed', `seed must be a whole number from 0 to 4294967295 (got "${seed}").`)
        if (step !== undefined && !/^(0|[1-9][0-9]{0,8})$/.test(step)) throw invalid('querystring', '/step', `step must be a whole number below 10^9 (got "${step}").`)
        const n = step === undefined ? 0 : Number(step)
        value = draw(Number(seed), n)
        extra = [['x-echo-draw', String(n)]]
        if (n < MAX_STEP) extra.push(['link', `<${nextStep(request.url, n)}>; rel="next"`])
      } else if (step !== undefined) {
        throw invalid('querystring', '/step', 'step needs a seed.')
      }
      const rest = Object.fromEntries(Object.entries(query).filter(([k]) => !RANDOM_KEYS.has(k)))
      return answer(request, reply, pick(entries, value), rest, extra)
    }
  })

  const codeParam = documentedAs(Type.String({ description: 'Exactly three ASCII digits from 100 to 599.', examples: ['503'] }), {
    type: 'integer',
    minimum: 100,
    maximum: 599,
    examples: [503]
  })
  const codeDescription =
    'Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no ' +
    'content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and ' +
    '416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, ' +
    'application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a ' +
    'custom body, redirect targets and hops, a custom reason phrase, a slow body (drip) or a fault on the wire.'
  function echoCode(request: FastifyRequest, reply: FastifyReply) {
    if (preflight(request, reply)) return
    const code = parseCode((request.params as { code: string }).code)
    const query = request.query as Record<string, unknown>
    checkKeys(query, ECHO_KEYS)
    return answer(request, reply, code, query)
  }
  /** Below a base URL, the query is the client's own: parameters /echo does not know are echoed, not refused. */
  function echoCodeBelow(request: FastifyRequest, reply: FastifyReply) {
    if (preflight(request, reply)) return
    const code = parseCode((request.params as { code: string }).code)
    const query = request.query as Record<string, unknown>
    const ours: Record<string, unknown> = {}
    for (const key in query) if (ECHO_KEYS.has(key)) ours[key] = query[key]
    return answer(request, reply, code, ours)
  }

  app.route({
    method: [...METHODS],
    url: '/echo/:code',
    schema: {
      tags: ['echo'],
      operationId: 'echoCode',
      summary: 'Answer with any status, correctly on the wire',
      description: codeDescription,
      params: Type.Object({ code: codeParam }),
      querystring: Type.Object(querySchema, { additionalProperties: false }),
      response: ECHO_RESPONSES
    },
    handler: echoCode
  })

  // A base URL: a client pointed at /echo/503/ as its API root gets 503 for every path below it.
  app.route({
    method: [...METHODS],
    url: '/echo/:code/*',
    schema: {
      tags: ['echo'],
      operationId: 'echoCodeBelow',
      summary: 'Answer with any status, for every path below /echo/{code}/',
      description: `${codeDescription} Any path below /echo/{code}/ answers as /echo/{code} does, and the echoed request shows the full path and query. Parameters /echo does not know are the client's own, echoed and not refused.`,
      params: Type.Object({
        code: codeParam,
        '*': Type.String({ description: 'Any path below /echo/{code}/, slashes included (may be empty).', examples: ['v1/users/42'] })
      }),
      querystring: Type.Object(querySchema, { additionalProperties: true }),
      response: ECHO_RESPONSES
    },
    handler: echoCodeBelow
  })
}

export default echo
