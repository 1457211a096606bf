import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Socket } from 'node:net'
import type { FastifyReply, FastifyRequest } from 'fastify'
import accepts from '@fastify/accepts'
import type { Catalog } from '../catalog/catalog.js'
import { ProblemError, invalid } from '../errors.js'
import { parseCode, parseParams, MAX_BODY_PARAM, MAX_HOPS, type EchoParams } from '../echo/params.js'
import { respond, type CodeInfo, type EchoResponse } from '../echo/respond.js'
import { draw, parseWeights, pick, sequenceKey, Sequences } from '../echo/random.js'
import { documentedAs } from '../schemas/documented.js'
import type { UnitLimiter } from '../http/limiter.js'
import { spend } from '../plugins/protection.js'
import type { Lifecycle } from '../http/lifecycle.js'
import { isPreflight, preflightHeaders } from '../plugins/methods.js'

export interface EchoOptions {
  catalog: Catalog
  /** Largest accepted `delay`. */
  maxDelayMs: number
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
  /** The heap /echo/random may spend remembering the positions of seeded sequences (Sequences counts it). */
  sequencesMaxBytes: number
  /** The drain: delays that fit before its deadline finish; others are cut short with a 503. */
  lifecycle: Lifecycle
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const
/** Response headers any cross-origin script may read (Fetch standard, CORS-safelisted response-header names). */
const SAFELISTED = ['cache-control', 'content-language', 'content-length', 'content-type', 'expires', 'last-modified', 'pragma']
const ECHO_KEYS = new Set(['delay', 'header', 'body', 'final', 'location', 'hops', 'retryAfter'])
const RANDOM_KEYS = new Set(['codes', 'seed', 'step'])
const SEED = /^(0|[1-9][0-9]{0,9})$/
/** Longer Accept headers are negotiated each time, not remembered. */
const MAX_REMEMBERED_ACCEPT = 256
/**
 * The key a client's delayed requests are counted under: the same as the rate limits', request.clientKey (the
 * address, or an IPv6 client's prefix: src/http/client-key.ts).
 */
export const clientKey = (request: FastifyRequest): string => request.clientKey
const pathOf = (url: string) => (url.includes('?') ? url.slice(0, url.indexOf('?')) : url)
const sameLines = (a: readonly string[], b: readonly string[]) => {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

const Str = (description: string) => Type.String({ description })
/** A whole-number parameter: checked as plain digits by parseParams, documented as an integer. */
const Whole = (description: string, minimum: number, maximum: number) => Type.Optional(documentedAs(Str(description), { type: 'integer', minimum, maximum }))
const echoQuery = (maxDelayMs: number, maxDelayedPerClient: number, maxDelayed: number) => ({
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
  retryAfter: Whole('For 429 and 503: the Retry-After seconds (default 1).', 0, 86400)
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
  const querySchema = echoQuery(maxDelayMs, maxDelayedPerClient, maxDelayed)
  await app.register(accepts)
  // Echo any content as text, whatever its type.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: bodyLimitBytes }, (_request, body, done) => done(null, body))

  const { lifecycle } = options
  /** Delayed requests waiting, with when each ends (performance.now()). */
  const waiting = new Map<AbortController, number>()
  /** Delayed requests waiting, per client key; a key is removed when its last one ends, so at most maxDelayed keys. */
  const waitingPerClient = new Map<string, number>()
  const sequences = new Sequences(options.sequencesMaxBytes)
  // At close, delays that end by the drain's deadline go on (the server waits for them); the others
  // answer 503 now rather than be cut by the process exiting. A close without a drain (tests) cancels all.
  app.addHook('preClose', async function cancelDelays() {
    const deadline = lifecycle.draining ? lifecycle.deadline : -Infinity
    for (const [controller, endsAt] of waiting) if (endsAt > deadline) controller.abort(new Error('shutdown'))
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

  /** Waits, unless the client goes away or the server shuts down first. */
  async function delay(request: FastifyRequest, ms: number): Promise<'done' | 'gone' | 'shutdown'> {
    // While draining, a delay that would end after the deadline is refused at once.
    if (!lifecycle.fits(ms)) return 'shutdown'
    if (waiting.size >= maxDelayed) {
      throw new ProblemError('ERR_UNAVAILABLE', `Too many delayed requests are waiting (${maxDelayed}); try again shortly.`, { 'retry-after': '1' })
    }
    const client = clientKey(request)
    const held = waitingPerClient.get(client) ?? 0
    if (held >= maxDelayedPerClient) {
      throw new ProblemError('ERR_RATE_LIMITED', `A client may have at most ${maxDelayedPerClient} delayed requests waiting at once; wait for one to end.`, {
        'retry-after': '1'
      })
    }
    waitingPerClient.set(client, held + 1)
    const controller = new AbortController()
    const onClose = () => controller.abort(new Error('gone'))
    request.raw.socket.once('close', onClose)
    waiting.set(controller, performance.now() + ms)
    try {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(resolve, ms)
        controller.signal.addEventListener('abort', () => {
          clearTimeout(timer)
          reject(controller.signal.reason)
        })
      })
      return 'done'
    } catch (err) {
      return (err as Error).message === 'shutdown' ? 'shutdown' : 'gone'
    } finally {
      waiting.delete(controller)
      const left = waitingPerClient.get(client)! - 1
      if (left === 0) waitingPerClient.delete(client)
      else waitingPerClient.set(client, left)
      request.raw.socket.off('close', onClose)
    }
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

  /** Answers at once, or after the delay asked for (the only case that returns a promise). */
  function answer(request: FastifyRequest, reply: FastifyReply, code: number, query: Record<string, unknown>, extra: Array<[string, string]> = []) {
    const params = parseParams(query, { maxDelayMs })
    if (params.delayMs > 0) return answerLater(request, reply, code, params, extra)
    send(request, reply, code, params, extra)
  }

  async function answerLater(request: FastifyRequest, reply: FastifyReply, code: number, params: EchoParams, extra: Array<[string, string]>) {
    await spend(options.delayLimiter, request, reply, 1, 'Delayed /echo')
    const outcome = await delay(request, params.delayMs)
    if (outcome === 'gone') return reply.hijack()
    if (outcome === 'shutdown') {
      throw new ProblemError('ERR_UNAVAILABLE', 'The server is shutting down before the delay would end; the delayed answer was cancelled.', { 'retry-after': '1' })
    }
    send(request, reply, code, params, extra)
    return reply
  }

  /**
   * The JSON of the request headers, remembered per connection: a client on a kept-alive connection mostly
   * sends the same header lines each time, and comparing them costs less than JSON.stringify (about 0.26 µs
   * for two headers on Node 20; bench/README.md).
   */
  const lastHeaders = new WeakMap<object, { lines: string[]; json: string }>()
  function headersJson(request: FastifyRequest): string {
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

  function send(request: FastifyRequest, reply: FastifyReply, code: number, params: EchoParams, extra: Array<[string, string]>): void {
    const body = typeof request.body === 'string' && request.body !== '' ? request.body : null
    const response = respond(
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
      negotiate(request)
    )
    if (response.interim !== null) writeInterim(request, reply, response.interim)
    const headers = extra.length === 0 ? response.headers : [...response.headers, ...extra]
    // Custom and code-specific headers (location, www-authenticate, X-Test...) are exposed too.
    let unexposed: Set<string> | undefined
    for (const [name, value] of headers) {
      reply.header(name, value)
      if (!readable.has(name.toLowerCase())) (unexposed ??= new Set()).add(name)
    }
    if (unexposed !== undefined) reply.header('access-control-expose-headers', [exposedList, ...unexposed].join(', '))
    reply.raw.statusMessage = response.reason
    reply.code(response.status)
    if (response.body === null) reply.send()
    else reply.send(response.body)
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
        'Picks one of `codes` by weight and answers as /echo/{code} would. With `seed`, picks are reproducible: the n-th request ' +
        '(counting from 0) with the same seed and codes gets draw n, and `step` asks for a position directly. The X-Echo-Draw header ' +
        'tells which position answered. Without a seed, picks are random.',
      querystring: Type.Object(
        {
          codes: Str('Code:weight pairs, comma-separated, e.g. 200:0.9,503:0.1 (final codes 200-599, up to 10; weights plain decimals of at most 6 digits before and 6 after the point; at most 256 characters).'),
          seed: Whole('A whole number from 0 to 4294967295 that fixes the sequence of picks.', 0, 0xffffffff),
          step: Whole('With seed: the position to draw (0 to 999999999), instead of the next one.', 0, 999_999_999),
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
        const n = step === undefined ? sequences.take(sequenceKey(Number(seed), entries)) : Number(step)
        value = draw(Number(seed), n)
        extra = [['x-echo-draw', String(n)]]
      } else if (step !== undefined) {
        throw invalid('querystring', '/step', 'step needs a seed.')
      }
      const rest = Object.fromEntries(Object.entries(query).filter(([k]) => !RANDOM_KEYS.has(k)))
      return answer(request, reply, pick(entries, value), rest, extra)
    }
  })

  app.route({
    method: [...METHODS],
    url: '/echo/:code',
    schema: {
      tags: ['echo'],
      operationId: 'echoCode',
      summary: 'Answer with any status, correctly on the wire',
      description:
        'Answers any method with the requested status, following RFC 9110: 1xx as a real interim response followed by `final`; no ' +
        'content on 204, 205, 304 and HEAD; Location on redirects; WWW-Authenticate on 401, Allow on 405, Content-Range on 206 and ' +
        '416, Retry-After on 429 and 503. The body is negotiated from Accept: JSON describing the request by default, ' +
        'application/problem+json (4xx and 5xx) or text/plain when asked, 406 when nothing fits. Parameters add a delay, headers, a ' +
        'custom body, redirect targets and hops.',
      params: Type.Object({
        code: documentedAs(Type.String({ description: 'Exactly three ASCII digits from 100 to 599.', examples: ['503'] }), {
          type: 'integer',
          minimum: 100,
          maximum: 599,
          examples: [503]
        })
      }),
      querystring: Type.Object(querySchema, { additionalProperties: false }),
      response: ECHO_RESPONSES
    },
    handler: function echoCode(request, reply) {
      if (preflight(request, reply)) return
      const code = parseCode((request.params as { code: string }).code)
      const query = request.query as Record<string, unknown>
      checkKeys(query, ECHO_KEYS)
      return answer(request, reply, code, query)
    }
  })
}

export default echo
