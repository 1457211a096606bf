import type { Server, Socket } from 'node:net'
import ipaddr from 'ipaddr.js'
import type { Log } from '../logging.js'

/**
 * Caps on open connections, so that idle ones cannot use up the process's file descriptors:
 * server.maxConnections for all of them (Node closes a connection past it as it is accepted), and a
 * cap per client (address, or IPv6 prefix) counted here. With several listeners (HTTP/1.1 and h2c:
 * src/http2.ts), both caps count their connections together: Node's maxConnections counts one
 * server's, so the total is counted here too. Trusted proxies are exempt from the
 * per-client cap: every client behind one shares its address. Accept errors (EMFILE, ENFILE when
 * descriptors run out anyway) are logged, and the server goes on serving the connections it has.
 */

export interface ConnectionLimits {
  maxConnections: number
  maxPerClient: number
  /** The client of a socket address (src/http/client-key.ts). */
  keyOf: (ip: string) => string
  /** Addresses exempt from the per-client cap: the trusted proxies. */
  exempt: (ip: string) => boolean
  log: Log
}

export interface ConnectionStats {
  /** Connections closed on arrival because the server had maxConnections open. */
  droppedOverall: number
  /** Connections closed on arrival because their client had maxPerClient open. */
  droppedPerClient: number
  /** Connections the operating system could not accept (EMFILE and the like). */
  acceptErrors: number
  /** Clients with a connection open. */
  clients(): number
}

/** The least time between two log lines about accept errors, which come in bursts. */
const ACCEPT_ERROR_LOG_INTERVAL_MS = 10_000

export function limitConnections(servers: readonly Server[], limits: ConnectionLimits): ConnectionStats {
  const open = new Map<string, number>()
  let total = 0
  let lastLogged = -Infinity
  const stats: ConnectionStats = { droppedOverall: 0, droppedPerClient: 0, acceptErrors: 0, clients: () => open.size }
  function dropped() {
    stats.droppedOverall++
  }
  function countConnection(socket: Socket) {
    // One listener's connections are capped by Node before this runs; this caps the listeners' sum.
    if (total >= limits.maxConnections) {
      stats.droppedOverall++
      socket.destroy()
      return
    }
    total++
    socket.once('close', function uncountTotal() {
      total--
    })
    const ip = socket.remoteAddress
    if (ip === undefined || limits.exempt(ip)) return
    const key = limits.keyOf(ip)
    const n = (open.get(key) ?? 0) + 1
    if (n > limits.maxPerClient) {
      stats.droppedPerClient++
      socket.destroy()
      return
    }
    open.set(key, n)
    socket.once('close', function uncount() {
      const left = open.get(key)! - 1
      if (left === 0) open.delete(key)
      else open.set(key, left)
    })
  }
  // Without a listener, an accept error would be thrown and end the process.
  function acceptError(err: Error & { code?: string; syscall?: string }) {
    if (err.syscall !== 'accept') return // listen errors reject listen() itself
    stats.acceptErrors++
    const now = performance.now()
    if (now - lastLogged >= ACCEPT_ERROR_LOG_INTERVAL_MS) {
      lastLogged = now
      limits.log.warn({ code: err.code, acceptErrors: stats.acceptErrors }, 'a connection could not be accepted')
    }
  }
  for (const server of servers) {
    server.maxConnections = limits.maxConnections
    server.on('drop', dropped)
    server.on('connection', countConnection)
    server.on('error', acceptError)
  }
  return stats
}

/** Whether an address is in one of the given IPs or CIDRs (as TRUST_PROXY lists them); IPv4-mapped IPv6 counts as IPv4. */
export function addressMatcher(list: readonly string[]): (ip: string) => boolean {
  if (list.length === 0) return () => false
  const ranges = list.map((item) => (item.includes('/') ? ipaddr.parseCIDR(item) : ipaddr.parseCIDR(`${item}/${ipaddr.parse(item).kind() === 'ipv4' ? 32 : 128}`)))
  return function matches(ip: string): boolean {
    if (!ipaddr.isValid(ip)) return false
    const parsed = ipaddr.process(ip)
    return ranges.some(([range, bits]) => range.kind() === parsed.kind() && parsed.match(range, bits))
  }
}
