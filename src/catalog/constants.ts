/**
 * Named constants for status codes in two standard libraries, copied from their sources:
 * Go's net/http (src/net/http/status.go: the golang/go copy, plus StatusEarlyHints and
 * StatusTooEarly, which later releases added) and Python's http.HTTPStatus (Lib/http/__init__.py).
 * A code a library does not name gets its number in the snippets.
 *
 * Python: only the names every release since 3.9 has. CPython 3.13 renamed 413, 414, 416 and 422
 * to the RFC 9110 names (CONTENT_TOO_LARGE, URI_TOO_LONG, RANGE_NOT_SATISFIABLE,
 * UNPROCESSABLE_CONTENT), which 3.12 and older do not know (an AttributeError at
 * request time, a 500); the old names would mislead. Those four get their numbers.
 */

export const GO_CONSTANTS: ReadonlyMap<number, string> = new Map(
  Object.entries({
    100: 'StatusContinue', 101: 'StatusSwitchingProtocols', 102: 'StatusProcessing', 103: 'StatusEarlyHints',
    200: 'StatusOK', 201: 'StatusCreated', 202: 'StatusAccepted', 203: 'StatusNonAuthoritativeInfo', 204: 'StatusNoContent',
    205: 'StatusResetContent', 206: 'StatusPartialContent', 207: 'StatusMultiStatus', 208: 'StatusAlreadyReported', 226: 'StatusIMUsed',
    300: 'StatusMultipleChoices', 301: 'StatusMovedPermanently', 302: 'StatusFound', 303: 'StatusSeeOther', 304: 'StatusNotModified',
    305: 'StatusUseProxy', 307: 'StatusTemporaryRedirect', 308: 'StatusPermanentRedirect',
    400: 'StatusBadRequest', 401: 'StatusUnauthorized', 402: 'StatusPaymentRequired', 403: 'StatusForbidden', 404: 'StatusNotFound',
    405: 'StatusMethodNotAllowed', 406: 'StatusNotAcceptable', 407: 'StatusProxyAuthRequired', 408: 'StatusRequestTimeout',
    409: 'StatusConflict', 410: 'StatusGone', 411: 'StatusLengthRequired', 412: 'StatusPreconditionFailed',
    413: 'StatusRequestEntityTooLarge', 414: 'StatusRequestURITooLong', 415: 'StatusUnsupportedMediaType',
    416: 'StatusRequestedRangeNotSatisfiable', 417: 'StatusExpectationFailed', 418: 'StatusTeapot', 421: 'StatusMisdirectedRequest',
    422: 'StatusUnprocessableEntity', 423: 'StatusLocked', 424: 'StatusFailedDependency', 425: 'StatusTooEarly',
    426: 'StatusUpgradeRequired', 428: 'StatusPreconditionRequired', 429: 'StatusTooManyRequests',
    431: 'StatusRequestHeaderFieldsTooLarge', 451: 'StatusUnavailableForLegalReasons',
    500: 'StatusInternalServerError', 501: 'StatusNotImplemented', 502: 'StatusBadGateway', 503: 'StatusServiceUnavailable',
    504: 'StatusGatewayTimeout', 505: 'StatusHTTPVersionNotSupported', 506: 'StatusVariantAlsoNegotiates',
    507: 'StatusInsufficientStorage', 508: 'StatusLoopDetected', 510: 'StatusNotExtended', 511: 'StatusNetworkAuthenticationRequired'
  }).map(([code, name]) => [Number(code), name])
)

export const PYTHON_CONSTANTS: ReadonlyMap<number, string> = new Map(
  Object.entries({
    100: 'CONTINUE', 101: 'SWITCHING_PROTOCOLS', 102: 'PROCESSING', 103: 'EARLY_HINTS',
    200: 'OK', 201: 'CREATED', 202: 'ACCEPTED', 203: 'NON_AUTHORITATIVE_INFORMATION', 204: 'NO_CONTENT', 205: 'RESET_CONTENT',
    206: 'PARTIAL_CONTENT', 207: 'MULTI_STATUS', 208: 'ALREADY_REPORTED', 226: 'IM_USED',
    300: 'MULTIPLE_CHOICES', 301: 'MOVED_PERMANENTLY', 302: 'FOUND', 303: 'SEE_OTHER', 304: 'NOT_MODIFIED', 305: 'USE_PROXY',
    307: 'TEMPORARY_REDIRECT', 308: 'PERMANENT_REDIRECT',
    400: 'BAD_REQUEST', 401: 'UNAUTHORIZED', 402: 'PAYMENT_REQUIRED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED',
    406: 'NOT_ACCEPTABLE', 407: 'PROXY_AUTHENTICATION_REQUIRED', 408: 'REQUEST_TIMEOUT', 409: 'CONFLICT', 410: 'GONE',
    411: 'LENGTH_REQUIRED', 412: 'PRECONDITION_FAILED', 415: 'UNSUPPORTED_MEDIA_TYPE', 417: 'EXPECTATION_FAILED', 418: 'IM_A_TEAPOT', 421: 'MISDIRECTED_REQUEST',
    423: 'LOCKED', 424: 'FAILED_DEPENDENCY', 425: 'TOO_EARLY', 426: 'UPGRADE_REQUIRED',
    428: 'PRECONDITION_REQUIRED', 429: 'TOO_MANY_REQUESTS', 431: 'REQUEST_HEADER_FIELDS_TOO_LARGE', 451: 'UNAVAILABLE_FOR_LEGAL_REASONS',
    500: 'INTERNAL_SERVER_ERROR', 501: 'NOT_IMPLEMENTED', 502: 'BAD_GATEWAY', 503: 'SERVICE_UNAVAILABLE', 504: 'GATEWAY_TIMEOUT',
    505: 'HTTP_VERSION_NOT_SUPPORTED', 506: 'VARIANT_ALSO_NEGOTIATES', 507: 'INSUFFICIENT_STORAGE', 508: 'LOOP_DETECTED',
    510: 'NOT_EXTENDED', 511: 'NETWORK_AUTHENTICATION_REQUIRED'
  }).map(([code, name]) => [Number(code), name])
)

/** The port every snippet listens on, and the path it answers (test/snippets-run.test.ts moves them to free ports). */
export const SNIPPET_PORT = 3000
export const EXAMPLE_PATH = '/example'

/**
 * Retry-After in seconds for snippets whose example carries an HTTP-date: a date written into a
 * snippet is in the past soon after (RFC 9110 Section 10.2.3 allows either form).
 */
export const RETRY_AFTER_SECONDS = 120

/** The GUID a WebSocket server appends to Sec-WebSocket-Key before hashing (RFC 6455 Section 1.3). */
export const WEBSOCKET_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11'
