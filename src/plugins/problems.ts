import fp from 'fastify-plugin'
import type { FastifyError, FastifyReply, FastifyRequest, FastifySchemaValidationError } from 'fastify'
import { ERRORS, ProblemError, UnavailableError, problemType, type ErrorKind, type FieldError, type UnavailableCause } from '../errors.js'
import type { Problem } from '../schemas/problem.js'
import { requestFields, type Log } from '../logging.js'

type ProblemErrors = NonNullable<Problem['errors']>

declare module 'fastify' {
  interface FastifyReply {
    /** True once the reply is our 429 problem (a spent allowance or cap), not, say, an /echo/429 a client asked for. */
    rateLimited: boolean
  }
}

/** Fastify's own 4xx errors, mapped to our named errors. */
const FASTIFY_KINDS: Record<number, ErrorKind> = {
  400: ERRORS.ERR_BAD_REQUEST,
  404: ERRORS.ERR_NOT_FOUND,
  405: ERRORS.ERR_METHOD_NOT_ALLOWED,
  406: ERRORS.ERR_NOT_ACCEPTABLE,
  413: ERRORS.ERR_PAYLOAD_TOO_LARGE,
  415: ERRORS.ERR_UNSUPPORTED_MEDIA_TYPE,
  429: ERRORS.ERR_RATE_LIMITED
}

/**
 * The problem's `instance`: the request target when it is a path. One that starts with two slashes
 * would be read as a network-path reference to another host (RFC 3986 Section 4.2), so it is not given.
 */
const instanceOf = (url: string) => (url.charCodeAt(0) === 0x2f && url.charCodeAt(1) !== 0x2f ? url : '')

/** Sends an RFC 9457 problem. Every error response of the API goes through here. */
export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  kind: ErrorKind,
  detail: string,
  extra: { errors?: ProblemErrors; headers?: Record<string, string> } = {}
): FastifyReply {
  if (kind.status === 429) reply.rateLimited = true
  const problem: Problem = {
    type: problemType(kind.code),
    title: kind.title,
    status: kind.status,
    detail,
    instance: instanceOf(request.url),
    code: kind.code,
    requestId: request.id,
    ...(request.traceId === null ? {} : { traceId: request.traceId }),
    ...(extra.errors === undefined ? {} : { errors: extra.errors })
  }
  return reply
    .code(kind.status)
    .headers({ ...extra.headers, 'cache-control': 'no-store' })
    .type('application/problem+json; charset=utf-8')
    .send(problem)
}

function validationErrors(error: FastifyError): ProblemErrors {
  // Fastify names the part it validated; the problem uses the names of the request's parts.
  const parts: Record<string, FieldError['in']> = { params: 'path', querystring: 'querystring', headers: 'headers', body: 'body' }
  const where = parts[error.validationContext ?? 'body'] ?? 'body'
  // With ajv's verbose option each error carries the schema it failed, whose description says what is expected.
  return (error.validation ?? []).map((v: FastifySchemaValidationError & { parentSchema?: { description?: unknown } }) => {
    const missing = v.keyword === 'required' ? `/${String((v.params as { missingProperty?: string }).missingProperty)}` : ''
    const extra = v.keyword === 'additionalProperties' ? `/${String((v.params as { additionalProperty?: string }).additionalProperty)}` : ''
    const field = `${v.instancePath}${missing}${extra}`
    const allowed = (v.params as { allowedValues?: unknown[] }).allowedValues
    const message =
      v.keyword === 'additionalProperties'
        ? 'is not a known parameter'
        : v.keyword === 'enum' && allowed !== undefined
          ? `must be one of ${allowed.join(', ')}`
        : v.keyword === 'pattern' && typeof v.parentSchema?.description === 'string'
          ? `must be ${v.parentSchema.description.replace(/\.$/, '').replace(/^./, (c: string) => c.toLowerCase())}`
          : (v.message ?? 'is invalid')
    return { in: where, field, message }
  })
}

const describe = (errors: ProblemErrors) =>
  errors.map((e) => `${e.in}${e.field === '' ? '' : ` ${e.field.replace(/^\//, '')}`} ${e.message}`).join('; ')

/** The not-found handler: a 404 problem that points at the index. */
export async function notFound(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(request, reply, ERRORS.ERR_NOT_FOUND, `There is nothing at ${request.url.split('?')[0]}. GET / lists every endpoint.`)
}

export default fp(
  async function problems(app, { log, onUnavailable = () => {} }: { log: Log; onUnavailable?: (cause: UnavailableCause) => void }) {
    app.setErrorHandler(async function onError(error: FastifyError, request, reply) {
      if (error instanceof ProblemError) {
        if (error instanceof UnavailableError) onUnavailable(error.unavailableCause)
        return sendProblem(request, reply, error.kind, error.message, { headers: error.headers, ...(error.errors === undefined ? {} : { errors: error.errors }) })
      }
      if (error.validation !== undefined) {
        const errors = validationErrors(error)
        return sendProblem(request, reply, ERRORS.ERR_VALIDATION, `The request is not valid: ${describe(errors)}.`, { errors })
      }
      const status = error.statusCode ?? 500
      if (status >= 400 && status < 500) {
        const kind = FASTIFY_KINDS[status] ?? { ...ERRORS.ERR_BAD_REQUEST, status }
        return sendProblem(request, reply, kind, error.message)
      }
      log.error({ ...requestFields(request), err: error }, 'request failed')
      const kind = status === 503 ? ERRORS.ERR_UNAVAILABLE : ERRORS.ERR_INTERNAL
      return sendProblem(request, reply, kind, 'Something went wrong on our side. Quote the requestId if you report it.')
    })

  },
  { name: 'problems' }
)
