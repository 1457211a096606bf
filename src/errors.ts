/**
 * The catalogue of named errors. Every problem+json response carries one of these codes;
 * its `type` URI is DOCS_BASE + the kebab-case name, documented in the README.
 */
export interface ErrorKind {
  code: ErrorCode
  status: number
  title: string
}

const kinds = {
  ERR_VALIDATION: { status: 400, title: 'Invalid request' },
  ERR_BAD_REQUEST: { status: 400, title: 'Bad request' },
  ERR_FORBIDDEN: { status: 403, title: 'Forbidden' },
  ERR_NOT_FOUND: { status: 404, title: 'Not found' },
  ERR_UNKNOWN_CODE: { status: 404, title: 'Status code not in the catalog' },
  ERR_UNKNOWN_VENDOR_MEANING: { status: 404, title: 'No such meaning for this vendor' },
  ERR_UNKNOWN_CATEGORY: { status: 404, title: 'Category not found' },
  ERR_UNKNOWN_QUESTION: { status: 404, title: 'Question not found' },
  ERR_METHOD_NOT_ALLOWED: { status: 405, title: 'Method not allowed' },
  ERR_NOT_ACCEPTABLE: { status: 406, title: 'Not acceptable' },
  ERR_REQUEST_TIMEOUT: { status: 408, title: 'Request timeout' },
  ERR_PAYLOAD_TOO_LARGE: { status: 413, title: 'Content too large' },
  ERR_URI_TOO_LONG: { status: 414, title: 'URI too long' },
  ERR_UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Unsupported media type' },
  ERR_RATE_LIMITED: { status: 429, title: 'Too many requests' },
  ERR_HEADERS_TOO_LARGE: { status: 431, title: 'Request header fields too large' },
  // /check's input errors keep the codes its contract names.
  INVALID_URL: { status: 400, title: 'Invalid URL' },
  UNSUPPORTED_SCHEME: { status: 400, title: 'Unsupported URL scheme' },
  CREDENTIALS_NOT_ALLOWED: { status: 400, title: 'Credentials in URL not allowed' },
  PORT_NOT_ALLOWED: { status: 400, title: 'Port not allowed' },
  DESTINATION_NOT_ALLOWED: { status: 403, title: 'Destination not allowed' },
  ERR_INTERNAL: { status: 500, title: 'Internal server error' },
  ERR_UNAVAILABLE: { status: 503, title: 'Service unavailable' }
} as const satisfies Record<string, Omit<ErrorKind, 'code'>>

export type ErrorCode = keyof typeof kinds

/** Every code a problem can carry: the one list the server answers with and the OpenAPI document enumerates. */
export const ERROR_CODES = Object.freeze(Object.keys(kinds) as ErrorCode[])

export const ERRORS: Readonly<Record<ErrorCode, ErrorKind>> = Object.freeze(
  Object.fromEntries(Object.entries(kinds).map(([code, k]) => [code, Object.freeze({ code, ...k })])) as Record<ErrorCode, ErrorKind>
)

/** The problem `type` URI of an error code: a page of the docs that explains it. */
export const problemType = (code: string) => `/problems/${problemSlug(code)}`

/** ERR_UNKNOWN_CODE -> unknown-code */
export const problemSlug = (code: string) => code.replace(/^ERR_/, '').toLowerCase().replace(/_/g, '-')

/** One thing wrong with a request, as a validation problem's `errors` lists it. */
export interface FieldError {
  /** Which part of the request: path, querystring, headers or body. */
  in: 'path' | 'querystring' | 'headers' | 'body'
  /** JSON pointer to the field within that part ("" for the part itself). */
  field: string
  message: string
}

/** An error a handler throws to answer with a named problem. */
export class ProblemError extends Error {
  readonly kind: ErrorKind
  readonly headers: Record<string, string>
  readonly errors: FieldError[] | undefined
  constructor(code: ErrorCode, detail: string, headers: Record<string, string> = {}, errors?: FieldError[]) {
    super(detail)
    this.name = 'ProblemError'
    this.kind = ERRORS[code]
    this.headers = headers
    this.errors = errors
  }
}

/**
 * Why a request is answered 503: load shedding (@fastify/under-pressure), the /check concurrency cap
 * (CHECK_MAX_CONCURRENT), the delayed-echo cap (ECHO_MAX_DELAYED), or the server draining before it stops.
 * /metrics counts 503s by these.
 */
export const UNAVAILABLE_CAUSES = ['shedding', 'check-cap', 'echo-cap', 'draining'] as const
export type UnavailableCause = (typeof UNAVAILABLE_CAUSES)[number]

/** An ERR_UNAVAILABLE problem (503) that names its cause, with Retry-After. */
export class UnavailableError extends ProblemError {
  constructor(
    readonly unavailableCause: UnavailableCause,
    detail: string,
    retryAfterS: number
  ) {
    super('ERR_UNAVAILABLE', detail, { 'retry-after': String(retryAfterS) })
  }
}

/** The 503 problem for a request refused for `cause`: every 503 the server makes is made here. */
export function unavailable(cause: UnavailableCause, detail: string, retryAfterS: number): UnavailableError {
  return new UnavailableError(cause, detail, retryAfterS)
}

/** The validation problem for one bad field, listed in `errors` like the schema's own 400s. */
export function invalid(where: FieldError['in'], field: string, detail: string): ProblemError {
  return new ProblemError('ERR_VALIDATION', detail, {}, [{ in: where, field, message: detail }])
}
