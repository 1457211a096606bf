import { Readable } from 'node:stream'

/**
 * Slow bodies: the content of a response sent in pieces spread evenly over a duration (/echo?drip=).
 * No Fastify here.
 */

/** The shortest time between two pieces: a drip of 1000 bytes over 1 s goes in 21 pieces, not 1000. */
export const DRIP_TICK_MS = 50

/** How many pieces a body of `bytes` dripped over `durationMs` goes in: one per tick, one more at the start, at most one per byte. */
export function dripPieces(bytes: number, durationMs: number): number {
  return Math.max(1, Math.min(bytes, Math.floor(durationMs / DRIP_TICK_MS) + 1))
}

/**
 * A stream of `body` in dripPieces() pieces: the first at once, the last after `durationMs`, evenly spaced
 * between. It is destroyed, with the reason as its error, when the signal aborts; its timer stops when it is
 * destroyed for any reason.
 */
export function drip(body: Buffer, durationMs: number, signal: AbortSignal): Readable {
  const pieces = dripPieces(body.length, durationMs)
  let sent = 0
  let timer: NodeJS.Timeout | undefined
  const onAbort = () => stream.destroy(new Error(`drip cancelled: ${String(signal.reason)}`))
  const stream = new Readable({
    read() {},
    destroy(err, callback) {
      clearTimeout(timer)
      signal.removeEventListener('abort', onAbort)
      callback(err)
    }
  })
  const next = () => {
    const start = Math.floor((sent * body.length) / pieces)
    sent++
    stream.push(body.subarray(start, Math.floor((sent * body.length) / pieces)))
    if (sent === pieces) {
      signal.removeEventListener('abort', onAbort)
      stream.push(null)
    } else {
      timer = setTimeout(next, durationMs / (pieces - 1))
    }
  }
  if (signal.aborted) {
    process.nextTick(onAbort)
    return stream
  }
  signal.addEventListener('abort', onAbort, { once: true })
  next()
  return stream
}
