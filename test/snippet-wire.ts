import { connect } from 'node:net'

/**
 * A raw HTTP/1.1 client for the snippet harness: it sees what frameworks' clients hide (interim
 * 1xx responses, a connection closed without a byte, the exact body bytes) and never follows,
 * decodes or retries anything. Every exchange asks for Connection: close and reads to the end.
 */

export interface Head {
  status: number
  headers: Array<[string, string]>
}

export interface Wire {
  /** Interim responses (1xx other than 101) in the order they came. */
  interim: Head[]
  /** The final response head; null when the connection closed before one. */
  final: Head | null
  /** The final response's content, de-chunked. */
  body: Buffer
  /** Every byte received. */
  raw: Buffer
  /** Bytes after the end the final response's Content-Length declared (a framing error). */
  excess: number
}

export interface ExchangeOptions {
  /** Content sent after the head; with expectContinue, only once a 100 has arrived. */
  body?: Buffer
  expectContinue?: boolean
  /** Resolve as soon as a 101 head is complete (the connection then belongs to another protocol). */
  upgrade?: boolean
  timeoutMs: number
}

export const header = (head: Head | null, name: string): string | undefined =>
  head?.headers.find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1]

export const headers = (head: Head | null, name: string): string[] =>
  (head?.headers ?? []).filter(([n]) => n.toLowerCase() === name.toLowerCase()).map(([, v]) => v)

/** The heads at the start of buf, and where the final response's content starts. */
function parse(buf: Buffer): { interim: Head[]; final: Head | null; bodyStart: number } {
  const interim: Head[] = []
  let offset = 0
  for (;;) {
    const end = buf.indexOf('\r\n\r\n', offset)
    if (end === -1) return { interim, final: null, bodyStart: offset }
    const [statusLine, ...lines] = buf.subarray(offset, end).toString('latin1').split('\r\n')
    const match = /^HTTP\/1\.[01] (\d{3})(?: .*)?$/.exec(statusLine!)
    if (match === null) throw new Error(`not a status line: ${JSON.stringify(statusLine)}`)
    const head: Head = {
      status: Number(match[1]),
      headers: lines.map((l) => {
        const colon = l.indexOf(':')
        return [l.slice(0, colon).trim(), l.slice(colon + 1).trim()] as [string, string]
      })
    }
    offset = end + 4
    if (head.status >= 200 || head.status === 101) return { interim, final: head, bodyStart: offset }
    interim.push(head)
  }
}

function dechunk(buf: Buffer): Buffer {
  const parts: Buffer[] = []
  let offset = 0
  for (;;) {
    const lineEnd = buf.indexOf('\r\n', offset)
    if (lineEnd === -1) throw new Error('truncated chunked body')
    const size = parseInt(buf.subarray(offset, lineEnd).toString('latin1'), 16)
    if (Number.isNaN(size)) throw new Error('bad chunk size')
    if (size === 0) return Buffer.concat(parts)
    parts.push(buf.subarray(lineEnd + 2, lineEnd + 2 + size))
    offset = lineEnd + 2 + size + 2
  }
}

/** Sends one request to 127.0.0.1:port and reads what comes back until the server closes. */
export function exchange(port: number, head: string, options: ExchangeOptions): Promise<Wire> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port })
    const chunks: Buffer[] = []
    let bodySent = options.body === undefined || !options.expectContinue
    let settled = false
    const finish = (error?: Error) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      socket.destroy()
      if (error) return reject(error)
      const raw = Buffer.concat(chunks)
      try {
        const { interim, final, bodyStart } = parse(raw)
        let body: Buffer = final === null || final.status === 101 ? Buffer.alloc(0) : raw.subarray(bodyStart)
        let excess = 0
        if (final !== null && /chunked/i.test(header(final, 'transfer-encoding') ?? '')) body = dechunk(body)
        else if (final !== null && header(final, 'content-length') !== undefined) {
          const length = Number(header(final, 'content-length'))
          excess = Math.max(0, body.length - length)
          body = body.subarray(0, length)
        }
        resolve({ interim, final, body, raw, excess })
      } catch (e) {
        reject(new Error(`${(e as Error).message} in ${JSON.stringify(raw.toString('latin1').slice(0, 300))}`))
      }
    }
    const timer = setTimeout(
      () => finish(new Error(`no complete answer within ${options.timeoutMs} ms: ${JSON.stringify(Buffer.concat(chunks).toString('latin1').slice(0, 300))}`)),
      options.timeoutMs
    )
    socket.on('connect', () => {
      socket.write(head)
      if (bodySent && options.body !== undefined) socket.write(options.body)
    })
    socket.on('data', (chunk) => {
      chunks.push(chunk)
      const raw = Buffer.concat(chunks)
      if (!bodySent && /^HTTP\/1\.1 100/.test(raw.toString('latin1'))) {
        bodySent = true
        socket.write(options.body!)
      }
      if (options.upgrade && raw.indexOf('\r\n\r\n') !== -1 && /^HTTP\/1\.1 101/.test(raw.toString('latin1'))) finish()
    })
    socket.on('error', (e: NodeJS.ErrnoException) => (e.code === 'ECONNRESET' ? finish() : finish(e)))
    socket.on('close', () => finish())
  })
}

/** A request head for path with the given extra header lines. */
export const request = (method: string, path: string, extra: string[] = []) =>
  [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close', ...extra, '', ''].join('\r\n')

// ---- does the body's content match its Content-Type? -------------------------------------------

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])
/** HTML elements whose end tag may be left out. */
const OPTIONAL_END = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'html', 'head', 'body'])

/** Checks that tags nest; returns a problem or null. XML is strict; HTML allows void elements and omitted end tags. */
function tagsNest(text: string, html: boolean): string | null {
  const stack: string[] = []
  const stripped = text.replace(/<!--[\s\S]*?-->/g, '').replace(/<\?[\s\S]*?\?>/g, '').replace(/<!\w[^>]*>/g, '')
  for (const m of stripped.matchAll(/<(\/?)([A-Za-z][\w:.-]*)((?:\s+[^>]*?)?)(\/?)>/g)) {
    const name = html ? m[2]!.toLowerCase() : m[2]!
    if (m[4] === '/' || (html && VOID_ELEMENTS.has(name))) continue
    if (m[1] === '') {
      stack.push(name)
      continue
    }
    while (html && stack.length > 0 && stack.at(-1) !== name && OPTIONAL_END.has(stack.at(-1)!)) stack.pop()
    if (stack.pop() !== name) return `</${name}> closes nothing open`
  }
  const open = html ? stack.filter((n) => !OPTIONAL_END.has(n)) : stack
  return open.length === 0 ? null : `<${open.join('>, <')}> never closed`
}

/** Why body does not fit contentType, or null when it does. */
export function bodyMismatch(contentType: string, body: Buffer): string | null {
  const type = contentType.split(';')[0]!.trim().toLowerCase()
  const charset = /charset="?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8'
  let text: string
  try {
    text = new TextDecoder(charset === 'iso-8859-1' ? 'latin1' : charset, { fatal: true }).decode(body)
  } catch {
    return `the bytes are not ${charset}`
  }
  const start = text.trimStart()
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      JSON.parse(text)
      return null
    } catch {
      return 'the body does not parse as JSON'
    }
  }
  if (type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml')) {
    if (!start.startsWith('<')) return 'XML must start with <'
    return tagsNest(text, false)
  }
  if (type === 'text/html') {
    if (!start.startsWith('<')) return 'HTML must start with a tag'
    if (!/<\/[a-z]/i.test(text)) return 'HTML without a single end tag'
    return tagsNest(text, true)
  }
  if (type === 'text/plain') {
    if (/^[{[<]/.test(start)) return 'text/plain that looks like JSON or markup'
    return null
  }
  return `no check for ${type}`
}
