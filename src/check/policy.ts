import { isIP } from 'node:net'
import ipaddr from 'ipaddr.js'

/**
 * The address policy of /check: only globally routable unicast addresses may be connected to.
 * Every IPv6 form that embeds an IPv4 address for the public Internet is judged by the address it
 * embeds. Local-use NAT64 (64:ff9b:1::/48, RFC 8215) is not: its translators are the operator's
 * own, which may reach anything, so it is refused unless CHECK_ALLOW_ADDRESSES names it.
 */

type Address = ipaddr.IPv4 | ipaddr.IPv6

/** IPv6 ranges ipaddr.js calls unicast that are not globally reachable. */
const EXTRA_DENIED_V6: Array<[ipaddr.IPv6, number]> = [
  ipaddr.IPv6.parseCIDR('::/96'), // IPv4-compatible (deprecated), embeds an IPv4 address
  ipaddr.IPv6.parseCIDR('64:ff9b:1::/48'), // local-use NAT64 (RFC 8215)
  ipaddr.IPv6.parseCIDR('2001:db8::/32'), // documentation
  ipaddr.IPv6.parseCIDR('3fff::/20') // documentation (RFC 9637)
]

const LOCAL_USE_NAT64 = EXTRA_DENIED_V6[1]!

const v4 = (bytes: number[]) => new ipaddr.IPv4(bytes)

/** The IPv4 addresses an IPv6 address embeds (mapped, NAT64, 6to4, Teredo, IPv4-compatible), if any. */
export function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4[] {
  const b = address.toByteArray()
  switch (address.range()) {
    case 'rfc6052': // NAT64: ipaddr.js puts the local-use 64:ff9b:1::/48 here too, which embeds nothing we can judge
      if (address.match(LOCAL_USE_NAT64)) return []
      return [v4(b.slice(12, 16))]
    case 'ipv4Mapped':
      return [v4(b.slice(12, 16))]
    case '6to4': // 2002:AABB:CCDD::/48
      return [v4(b.slice(2, 6))]
    case 'teredo': // 2001:0:SSSS:SSSS:flags:port:CCCC:CCCC, client address inverted
      return [v4(b.slice(4, 8)), v4(b.slice(12, 16).map((x) => x ^ 0xff))]
    default:
      if (address.match(EXTRA_DENIED_V6[0]!)) return [v4(b.slice(12, 16))]
      return []
  }
}

function isGlobal(address: Address): boolean {
  if (address.kind() === 'ipv4') return address.range() === 'unicast'
  const v6 = address as ipaddr.IPv6
  const embedded = embeddedIPv4(v6)
  if (embedded.length > 0) return embedded.every((e) => e.range() === 'unicast')
  return v6.range() === 'unicast' && !EXTRA_DENIED_V6.some((cidr) => v6.match(cidr))
}

export interface AddressPolicy {
  /** Whether a connection to this IP address is allowed; false for anything that does not parse. */
  allows(ip: string): boolean
}

/**
 * A policy that allows global unicast addresses plus the given exemptions (IPs or CIDRs), as
 * CHECK_ALLOW_ADDRESSES gives them. Throws on an exemption that does not parse.
 */
export function addressPolicy(exemptions: readonly string[] = []): AddressPolicy {
  const allowed = exemptions.map((e) => (e.includes('/') ? ipaddr.parseCIDR(e) : ([ipaddr.parse(e), ipaddr.parse(e).kind() === 'ipv4' ? 32 : 128] as [Address, number])))
  return {
    allows(ip: string): boolean {
      const text = ip.startsWith('[') && ip.endsWith(']') ? ip.slice(1, -1) : ip
      // Only the canonical text forms that DNS answers, sockets and WHATWG URLs give (no "127.1" shorthand).
      if (isIP(text) === 0) return false
      const parsed = ipaddr.parse(text)
      const plain = parsed.kind() === 'ipv6' && (parsed as ipaddr.IPv6).isIPv4MappedAddress() ? (parsed as ipaddr.IPv6).toIPv4Address() : parsed
      if (allowed.some(([range, bits]) => range.kind() === plain.kind() && plain.match(range, bits))) return true
      return isGlobal(parsed)
    }
  }
}
