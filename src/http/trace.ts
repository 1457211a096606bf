/**
 * Request ids and W3C trace context from the request's headers: pure functions, no Fastify.
 *
 * An incoming X-Request-Id becomes the request's id (in the access log, the X-Request-Id response
 * header and problem bodies) when it is short and made only of characters that are safe everywhere
 * it goes: an allowlist, so no CR, LF, quote, backslash or non-ASCII character ever reaches a header
 * or a log line from it. A `traceparent` (W3C Trace Context Level 1, Section 3.2) is read strictly:
 * version 00, lowercase hex, trace id and parent id not all zeros; anything else is ignored, as the
 * specification asks of a receiver that cannot parse it.
 */

/** What a request id may be made of. */
const REQUEST_ID = /^[A-Za-z0-9._:-]+$/

/** The incoming request id, when it is one to keep: at most `maxLength` characters from the allowlist. */
export function acceptedRequestId(header: string | string[] | undefined, maxLength: number): string | undefined {
  // A repeated header reaches us as an array (or, for X-Request-Id, joined with ", "): neither is kept.
  if (typeof header !== 'string' || header.length === 0 || header.length > maxLength) return undefined
  return REQUEST_ID.test(header) ? header : undefined
}

/** version "00" - trace-id (32 hex) - parent-id (16 hex) - trace-flags (2 hex), exactly. */
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/
const ZERO_TRACE_ID = '0'.repeat(32)
const ZERO_PARENT_ID = '0'.repeat(16)

/** The trace id of a valid version-00 traceparent header, or null. */
export function traceIdOf(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string' || header.length !== 55) return null
  const match = TRACEPARENT.exec(header)
  if (match === null || match[1] === ZERO_TRACE_ID || match[2] === ZERO_PARENT_ID) return null
  return match[1]!
}
