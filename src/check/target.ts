import { isIP } from 'node:net'
import type { AddressPolicy } from './policy.js'

/**
 * Validation of a URL to check, before any connection: one WHATWG URL parse, and the same parsed
 * object is what gets requested.
 */

export const MAX_URL_LENGTH = 2048

export type TargetErrorCode = 'INVALID_URL' | 'UNSUPPORTED_SCHEME' | 'CREDENTIALS_NOT_ALLOWED' | 'PORT_NOT_ALLOWED' | 'DESTINATION_NOT_ALLOWED'

export class TargetError extends Error {
  override name = 'TargetError'
  constructor(
    readonly code: TargetErrorCode,
    message: string
  ) {
    super(message)
  }
}

export interface TargetRules {
  policy: AddressPolicy
  /** Destination ports allowed (CHECK_PORTS). */
  ports: ReadonlySet<number>
}

/** The host of a URL as an address when it is an IP literal (brackets removed), else null. */
export function ipLiteral(url: URL): string | null {
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname
  return isIP(host) === 0 ? null : host
}

export const portOf = (url: URL) => (url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port))

/** Parses and vets a URL; throws TargetError with the reason. `base` resolves relative redirect targets. */
export function parseTarget(text: string, rules: TargetRules, base?: URL): URL {
  if (text.length === 0 || text.length > MAX_URL_LENGTH) {
    throw new TargetError('INVALID_URL', `The URL must be 1 to ${MAX_URL_LENGTH} characters long.`)
  }
  let url: URL
  try {
    url = new URL(text, base)
  } catch {
    throw new TargetError('INVALID_URL', 'The URL could not be parsed; give an absolute http or https URL.')
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TargetError('UNSUPPORTED_SCHEME', `Only http and https URLs can be checked, not ${url.protocol.slice(0, -1)}.`)
  }
  if (url.hostname === '') throw new TargetError('INVALID_URL', 'The URL has no host.')
  if (url.href.length > MAX_URL_LENGTH) throw new TargetError('INVALID_URL', `The URL must be at most ${MAX_URL_LENGTH} characters long.`)
  if (url.username !== '' || url.password !== '') {
    throw new TargetError('CREDENTIALS_NOT_ALLOWED', 'URLs with a user name or password are not checked.')
  }
  if (!rules.ports.has(portOf(url))) {
    throw new TargetError('PORT_NOT_ALLOWED', `Port ${portOf(url)} is not allowed; the allowed ports are ${[...rules.ports].join(', ')}.`)
  }
  const literal = ipLiteral(url)
  if (literal !== null && !rules.policy.allows(literal)) {
    throw new TargetError('DESTINATION_NOT_ALLOWED', 'The URL points to an address that is not publicly routable.')
  }
  return url
}
