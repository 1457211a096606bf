import ipaddr from 'ipaddr.js'

/**
 * Who a client is, for per-client limits. An IPv4 address is one client; an IPv6 client is given
 * a whole prefix (a /64 to a /48 is usual: RFC 6177), so it is keyed by that prefix, not by one of
 * its 2^64 addresses. An IPv4-mapped IPv6 address (::ffff:192.0.2.1) is the IPv4 client it maps.
 */

/** The key of a client address: the address itself for IPv4, its first `v6PrefixBits` bits for IPv6 ("2001:db8:1:2::/64"). */
export function clientKey(ip: string, v6PrefixBits: number): string {
  // IPv4, the usual case, costs one character scan.
  if (!ip.includes(':')) return ip
  let address: ipaddr.IPv6
  try {
    address = ipaddr.IPv6.parse(ip)
  } catch {
    return ip // not an address (a test's made-up value): itself
  }
  if (address.isIPv4MappedAddress()) return address.toIPv4Address().toString()
  const bytes = address.toByteArray()
  for (let bit = v6PrefixBits; bit < 128; bit++) bytes[bit >> 3]! &= ~(0x80 >> (bit & 7))
  return `${ipaddr.fromByteArray(bytes).toString()}/${v6PrefixBits}`
}

/**
 * clientKey with a bounded memo of IPv6 answers, since the same clients come back: what the app
 * gives request.clientKey.
 */
export function clientKeyer(v6PrefixBits: number, memoSize = 4096): (ip: string) => string {
  const memo = new Map<string, string>()
  return function keyOf(ip: string): string {
    if (!ip.includes(':')) return ip
    let key = memo.get(ip)
    if (key === undefined) {
      key = clientKey(ip, v6PrefixBits)
      if (memo.size >= memoSize) memo.clear()
      memo.set(ip, key)
    }
    return key
  }
}
