import { gzipSync } from 'node:zlib'
import type { EchoResponse } from './respond.js'

/**
 * Faults on the wire: what /echo?fault= writes on the raw socket instead of a well-formed response.
 * Each is exact and repeatable (the same request gets the same bytes) and ends with the server closing
 * the connection. No Fastify here: faultBytes() builds the bytes, the route writes them.
 */

export const FAULTS = ['close', 'close-after-head', 'close-mid-body', 'wrong-length', 'bad-chunking', 'bad-gzip', 'bad-json', 'hang'] as const
export type Fault = (typeof FAULTS)[number]
export const isFault = (value: string): value is Fault => (FAULTS as readonly string[]).includes(value)

/** What each fault does, for the parameter's description and errors. */
export const FAULT_MEANINGS: Readonly<Record<Fault, string>> = {
  close: 'close the connection before sending anything',
  'close-after-head': 'send the status line and headers (Content-Length of the whole body), then close',
  'close-mid-body': 'declare the whole body in Content-Length, send its first half, then close',
  'wrong-length': 'send the whole body under a Content-Length of half of it, then close',
  'bad-chunking': 'send the body chunked, its first half as a valid chunk, then a chunk-size line that is not hexadecimal, then close',
  'bad-gzip': 'send the first half of the gzipped body under Content-Encoding: gzip (Content-Length right for what is sent), then close',
  'bad-json': 'send the JSON echo body without its last byte under Content-Type: application/json (Content-Length right), then close',
  hang: 'send nothing for `delay` milliseconds (by default the largest delay), then close'
}

/** Faults that send nothing at all, so a response without content can have them. */
export const SILENT_FAULTS: ReadonlySet<Fault> = new Set(['close', 'hang'])

/** The line that replaces a chunk size under bad-chunking: "zz" is not hexadecimal (RFC 9112 Section 7.1). */
export const BAD_CHUNK_LINE = 'zz\r\n'

/** Fields the fault writes itself, so the response's own are dropped. */
const FRAMING = new Set(['content-length', 'transfer-encoding', 'content-encoding', 'connection'])

function head(status: number, reason: string, fields: ReadonlyArray<readonly [string, string]>): string {
  return `HTTP/1.1 ${status} ${reason}\r\n${fields.map(([n, v]) => `${n}: ${v}\r\n`).join('')}\r\n`
}

/**
 * The exact bytes a fault sends for a response (its interim response first, unless the client speaks
 * HTTP/1.0), or null for the faults that send nothing. The response must have content unless the fault is
 * silent: the route refuses the others first. Headers are the response's own (Cache-Control, Content-Type,
 * ETag, Location...) with CORS's Access-Control-Allow-Origin, so a browser script sees the fault rather than
 * a CORS error, and Connection: close.
 */
export function faultBytes(fault: Fault, response: EchoResponse, http10: boolean): Buffer | null {
  if (SILENT_FAULTS.has(fault)) return null
  const interim = response.interim === null || http10 ? '' : head(response.interim.status, response.interim.reason, response.interim.headers)
  let body = Buffer.from(response.body ?? '')
  let fields: Array<readonly [string, string]> = response.headers.filter(([name]) => !FRAMING.has(name.toLowerCase()))
  fields.push(['access-control-allow-origin', '*'])
  const half = Math.floor(body.length / 2)
  let framing: Array<readonly [string, string]>
  let content: Buffer
  switch (fault) {
    case 'close-after-head':
      framing = [['content-length', String(body.length)]]
      content = Buffer.alloc(0)
      break
    case 'close-mid-body':
      framing = [['content-length', String(body.length)]]
      content = body.subarray(0, half)
      break
    case 'wrong-length':
      framing = [['content-length', String(half)]]
      content = body
      break
    case 'bad-chunking':
      framing = [['transfer-encoding', 'chunked']]
      content = Buffer.concat([Buffer.from(`${half.toString(16)}\r\n`), body.subarray(0, half), Buffer.from(`\r\n${BAD_CHUNK_LINE}`)])
      break
    case 'bad-gzip': {
      const gzipped = gzipSync(body)
      content = gzipped.subarray(0, Math.floor(gzipped.length / 2))
      framing = [['content-encoding', 'gzip'], ['content-length', String(content.length)]]
      break
    }
    case 'bad-json':
      fields = fields.filter(([name]) => name.toLowerCase() !== 'content-type')
      body = body.subarray(0, body.length - 1)
      framing = [['content-type', 'application/json; charset=utf-8'], ['content-length', String(body.length)]]
      content = body
      break
  }
  return Buffer.concat([Buffer.from(interim + head(response.status, response.reason, [...fields, ...framing!, ['connection', 'close']]), 'latin1'), content!])
}
