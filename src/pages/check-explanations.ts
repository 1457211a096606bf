import type { CheckErrorCode } from '../check/checker.js'
import type { TargetErrorCode } from '../check/target.js'

/**
 * What each outcome of the URL checker means, in plain words, and what to try: the errors a report
 * can carry (CheckErrorCode), the reasons a URL is refused before any connection (TargetErrorCode),
 * and the checker's own limits. The Record types make the compiler insist on every code.
 */
export interface Explanation {
  /** A short name for the outcome. */
  title: string
  /** What happened, for someone who has not read the HTTP specifications. */
  meaning: string
  /** What to try next. */
  tryThis: string
}

export const REPORT_ERRORS: Readonly<Record<CheckErrorCode, Explanation>> = {
  DNS_ERROR: {
    title: 'The host name was not found',
    meaning: 'Our server asked DNS for the address of the host and got no answer it could use: the name does not exist, or its DNS servers did not reply.',
    tryThis: 'Check the spelling of the host name. If the domain is new or has just moved, its DNS records may not have spread yet; try again in a few minutes.'
  },
  CONNECTION_REFUSED: {
    title: 'The connection was refused',
    meaning: 'The host exists, but nothing accepted a connection on that port: the web server is down, or listens on another port.',
    tryThis: 'Check the port in the URL (none means 80 for http and 443 for https) and whether the web server is running.'
  },
  TIMEOUT: {
    title: 'The server took too long',
    meaning: 'The connection, or the answer, did not come in time. One deadline covers the whole chain of redirects.',
    tryThis: 'The server may be overloaded or a firewall may drop our requests silently. Try again later, or check fewer redirects at once.'
  },
  TLS_ERROR: {
    title: 'The secure connection failed',
    meaning: 'The TLS handshake failed: the certificate has expired, names another host, is self-signed, or the server does not speak TLS on that port.',
    tryThis: 'Open the URL in a browser to see the certificate error, or check the certificate with an SSL test. Make sure https is used on a port that serves TLS.'
  },
  PROTOCOL_ERROR: {
    title: 'The answer was not valid HTTP',
    meaning: 'The server sent something that is not an HTTP response, or closed the connection before answering.',
    tryThis: 'Check that the port serves HTTP (not another protocol) and look at the server or proxy logs for crashes.'
  },
  RESPONSE_HEADERS_TOO_LARGE: {
    title: 'The response headers were too large',
    meaning: 'The server sent more header bytes than the checker accepts; browsers and proxies have similar limits.',
    tryThis: 'Look for oversized cookies or headers the application repeats, and trim them.'
  },
  TOO_MANY_REDIRECTS: {
    title: 'Too many redirects',
    meaning: 'The URL redirects more times than the checker follows. Browsers give up too, after about 20.',
    tryThis: 'Shorten the chain so the first URL redirects straight to the last one. Turn off "Follow redirects" to see the first hop alone.'
  },
  REDIRECT_LOOP: {
    title: 'The redirects go round in a circle',
    meaning: 'A redirect points back to a URL the chain already visited, so following it would never end.',
    tryThis: 'Look at the hops below: two rules (often http to https and back, or with and without "www") undo each other.'
  },
  INVALID_REDIRECT: {
    title: 'A redirect could not be followed',
    meaning: 'A redirect had no usable Location header: it was missing, could not be parsed, used a scheme other than http or https, or was given more than once.',
    tryThis: 'Fix the Location header the redirecting server sends: one absolute or relative http(s) URL.'
  },
  DESTINATION_NOT_ALLOWED: {
    title: 'The destination is not allowed',
    meaning:
      'The URL, or a redirect in its chain, leads to an address that is not on the public Internet (such as 127.0.0.1, 10.0.0.0/8 or 169.254.169.254), or to a port the checker does not use. Our server never connects to those.',
    tryThis: 'Check a public URL. To test a site on your own network, use curl from a machine on that network.'
  },
  NETWORK_UNREACHABLE: {
    title: 'The network was unreachable',
    meaning: 'Our server has no route to the host: it may have only an IPv6 address where we have no IPv6, or a network between us is down.',
    tryThis: 'Try again later. If the host has only IPv6 addresses, add an IPv4 one (an A record).'
  },
  RATE_LIMITED: {
    title: 'Your allowance ran out',
    meaning: 'Every request the checker makes on your behalf, redirects included, spends one unit of a per-minute allowance, and it ran out partway through the chain.',
    tryThis: 'Wait a minute and check again.'
  }
}

export const REFUSALS: Readonly<Record<TargetErrorCode, Explanation>> = {
  INVALID_URL: {
    title: 'That is not a URL the checker can read',
    meaning: 'The checker needs an absolute URL, with the scheme and the host, of at most 2,048 characters.',
    tryThis: 'Write the whole URL, such as https://example.com/page.'
  },
  UNSUPPORTED_SCHEME: {
    title: 'Only http and https URLs can be checked',
    meaning: 'The URL starts with another scheme (ftp:, file:, mailto: and the like), which the checker does not speak.',
    tryThis: 'Start the URL with http:// or https://.'
  },
  CREDENTIALS_NOT_ALLOWED: {
    title: 'URLs with a user name or password are not checked',
    meaning: 'The URL carries a user name or password before the host (user:password@host). The checker never sends credentials.',
    tryThis: 'Remove the part before the "@" and check the URL without it.'
  },
  PORT_NOT_ALLOWED: {
    title: 'That port is not checked',
    meaning: 'The checker only connects to the ports web sites use (the CHECK_PORTS setting; 80 and 443 by default).',
    tryThis: 'Check the site on its usual port, or leave the port out.'
  },
  DESTINATION_NOT_ALLOWED: REPORT_ERRORS.DESTINATION_NOT_ALLOWED
}

/** The checker's own limits, as a page shows them. */
export const LIMITS = {
  ERR_RATE_LIMITED: {
    title: 'Too many checks',
    meaning: 'Each client may check a limited number of URLs a minute, and run only a few checks at once.',
    tryThis: 'Wait a little (the Retry-After header says how long) and submit the form again.'
  },
  ERR_UNAVAILABLE: {
    title: 'The checker is busy',
    meaning: 'Too many checks are running at once on our server.',
    tryThis: 'Try again in a few seconds.'
  },
  ERR_VALIDATION: {
    title: 'An option is not valid',
    meaning: 'One of the form fields holds a value the checker does not take.',
    tryThis: 'Use the form as it is: method HEAD or GET, and follow redirects yes or no.'
  }
} as const satisfies Record<string, Explanation>

/** Every explanation by its code (a Map: codes come from reports and problems, never as object keys). */
export const EXPLANATIONS: ReadonlyMap<string, Explanation> = new Map(Object.entries({ ...REPORT_ERRORS, ...REFUSALS, ...LIMITS }))
