// Real HTTP clients against each /echo fault: what Node's fetch, undici.request and curl report, checked against the
// table in docs/echo.md (the error code each cell starts with), so that the documented observations cannot drift.
import t from 'tap'
import net from 'node:net'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { request } from 'undici'
import { ROOT, build } from './helper.js'
import { defaultConfig } from '../src/config.js'
import { FAULTS, type Fault } from '../src/echo/faults.js'

const app = await build(t, { echoMaxDelayedPerClient: 50, echoDelayRatePerMin: 1000, pressure: { ...defaultConfig().pressure, maxEventLoopDelayMs: 0 } })
await app.listen({ port: 0, host: '127.0.0.1' })
const origin = `http://127.0.0.1:${(app.server.address() as net.AddressInfo).port}`

/** What each client is asked: the JSON body parsed for bad-json, gzip decoded for bad-gzip (curl --compressed; fetch always does). */
const REQUESTS: Record<Fault, string> = {
  close: '/echo/200?fault=close',
  'close-after-head': '/echo/200?fault=close-after-head&body=0123456789',
  'close-mid-body': '/echo/200?fault=close-mid-body&body=0123456789',
  'wrong-length': '/echo/200?fault=wrong-length&body=0123456789',
  'bad-chunking': '/echo/200?fault=bad-chunking&body=0123456789',
  'bad-gzip': '/echo/200?fault=bad-gzip&body=0123456789',
  'bad-json': '/echo/200?fault=bad-json',
  hang: '/echo/200?fault=hang&delay=5000'
}
/** A client timeout well below the hang, so the hang shows what a client with a timeout reports. */
const TIMEOUT_MS = 500

/** An observation: the error's code (or name, or "no error"), then what it says. */
interface Seen {
  code: string
  says: string
}
const seen = (err: any): Seen => {
  const cause = err?.cause
  const inner = cause ?? err
  const code = String(typeof inner?.code === 'string' ? inner.code : inner?.name)
  const says = cause === undefined ? `${err.name}: ${err.message}` : `${err.name}: ${err.message}, cause: ${cause.message}`
  return { code, says: says.replace(/ at position \d+( \(line \d+ column \d+\))?/, '') }
}
const fine = (status: number, text: string): Seen => ({ code: 'no error', says: `${status}, ${Buffer.byteLength(text)} bytes: ${JSON.stringify(text.slice(0, 12))}` })

async function viaFetch(fault: Fault): Promise<Seen> {
  try {
    const res = await fetch(origin + REQUESTS[fault], fault === 'hang' ? { signal: AbortSignal.timeout(TIMEOUT_MS) } : {})
    const text = await res.text()
    if (fault === 'bad-json') JSON.parse(text)
    return fine(res.status, text)
  } catch (err) {
    return seen(err)
  }
}
async function viaUndici(fault: Fault): Promise<Seen> {
  try {
    const res = await request(origin + REQUESTS[fault], fault === 'hang' ? { headersTimeout: TIMEOUT_MS } : {})
    const text = await res.body.text()
    if (fault === 'bad-json') JSON.parse(text)
    return fine(res.statusCode, text)
  } catch (err) {
    return seen(err)
  }
}
function viaCurl(fault: Fault): Promise<Seen> {
  const args = ['-sS', '--max-time', fault === 'hang' ? String(TIMEOUT_MS / 1000) : '20', ...(fault === 'bad-gzip' ? ['--compressed'] : []), origin + REQUESTS[fault]]
  return new Promise((resolve) =>
    execFile('curl', args, (err, stdout, stderr) => {
      const code = (err as { code?: number } | null)?.code ?? 0
      resolve({ code: `exit ${code}`, says: code === 0 ? `${Buffer.byteLength(stdout)} bytes: ${JSON.stringify(stdout.slice(0, 12))}` : stderr.trim() })
    })
  )
}
const curlMissing = await new Promise<string | undefined>((resolve) => execFile('curl', ['--version'], (err) => resolve(err === null ? undefined : String(err.message))))

/** The rows of a document's table of observed clients, by fault: the cells of the fetch, undici and curl columns. */
function documented(file: string): Map<string, string[]> {
  const text = readFileSync(join(ROOT, file), 'utf8')
  const section = text.slice(text.indexOf('<!-- observed-clients -->'), text.indexOf('<!-- /observed-clients -->'))
  const rows = new Map<string, string[]>()
  for (const line of section.split('\n')) {
    const cells = line.split(' | ').map((c) => c.replace(/^\| ?| ?\|$/g, '').trim())
    const fault = /^`fault=([a-z-]+)/.exec(cells[1] ?? '')?.[1]
    if (fault !== undefined && cells.length === 6) rows.set(fault, cells.slice(3))
  }
  return rows
}

t.test('fetch, undici and curl against each fault report what docs/echo.md says', async (t) => {
  if (curlMissing !== undefined) t.comment(`curl is not installed (${curlMissing}): its column is not checked`)
  // The README's table is a summary of this one, in words rather than codes.
  const tables = ['docs/echo.md'].map((file) => [file, documented(file)] as const)
  for (const fault of FAULTS) {
    const observed = [await viaFetch(fault), await viaUndici(fault), curlMissing === undefined ? await viaCurl(fault) : undefined]
    for (const [file, rows] of tables) {
      const cells = rows.get(fault)
      t.ok(cells, `${file} has a row for fault=${fault}`)
      observed.forEach((o, i) => {
        if (o === undefined) return
        const client = ['fetch', 'undici', 'curl'][i]
        // The code is checked; the message is what this machine's client said, for the reader.
        t.ok(cells?.[i]?.startsWith(`\`${o.code}\``), `${file}, fault=${fault}, ${client}: the cell starts with \`${o.code}\` (observed: \`${o.code}\` ${o.says})`)
      })
    }
  }
})
