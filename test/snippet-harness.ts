import type { Test } from 'tap'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { EXAMPLE_PATH, SNIPPET_PORT, WEBSOCKET_GUID } from '../src/catalog/constants.js'
import type { CodeRecord } from '../src/schemas/code.js'
import { catalog } from './helper.js'
import { bodyMismatch, exchange, header, headers, request, type Wire } from './snippet-wire.js'

/**
 * Runs the snippets of one framework for every code, one process per framework (a port per
 * snippet), and checks each answer on the wire. The programs run as users see them; only the Go
 * group renames main() and the listen call so that all programs fit in one binary.
 */

/** Bounds: how long a group may take to build and start, and how long one exchange may take. */
export const START_TIMEOUT_MS = 90_000
export const EXCHANGE_TIMEOUT_MS = 10_000

export interface Runnable {
  key: string
  record: CodeRecord
  code: string
}

/** A snippet made only of comments says that the framework cannot do this; there is nothing to run. */
export const isStatement = (code: string) => code.split('\n').every((l) => l.trim() === '' || /^(\/\/|#)/.test(l.trim()))

/** The snippets of one framework that are programs, keyed by a name safe in file names and identifiers. */
export function runnables(id: string): Runnable[] {
  return catalog()
    .records.map((record) => ({ record, code: record.snippets.find((s) => s.id === id)!.code }))
    .filter((r) => !isStatement(r.code))
    .map((r) => ({ ...r, key: `s${r.record.code}_${(r.record.vendor ?? 'iana').replace(/-/g, '_')}` }))
}

/** Whether a command runs; the reason it does not when it does not. */
export function missing(command: string, args: string[]): string | null {
  const r = spawnSync(command, args, { encoding: 'utf8', timeout: 30_000 })
  if (r.error) return `${command} is not installed (${(r.error as NodeJS.ErrnoException).code})`
  return r.status === 0 ? null : `${command} ${args.join(' ')} failed: ${(r.stderr || r.stdout).trim().split('\n').at(-1)}`
}

/** A free loopback port, for the one server that must be told its port (php -S). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/**
 * Starts a group's process and waits until it has printed "READY key port" for every key.
 * The process is ended when the test ends.
 */
export async function start(t: Test, command: string, args: string[], keys: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<Map<string, number>> {
  const child: ChildProcess = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] })
  t.teardown(() => {
    child.kill()
  })
  const ports = new Map<string, number>()
  let stderr = ''
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)))
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${command}: not ready within ${START_TIMEOUT_MS} ms; ${ports.size} of ${keys.length} listening\n${stderr}`)), START_TIMEOUT_MS)
    let buffered = ''
    child.stdout!.on('data', (d: Buffer) => {
      buffered += d.toString()
      const lines = buffered.split('\n')
      buffered = lines.pop()!
      for (const line of lines) {
        const m = /^READY (\S+) (\d+)$/.exec(line)
        if (m) ports.set(m[1]!, Number(m[2]))
      }
      if (keys.every((k) => ports.has(k))) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${command} exited with ${code} before every snippet listened\n${stderr}`))
    })
  })
  child.removeAllListeners('exit')
  return ports
}

// ---- what the wire must show ----------------------------------------------------------------------

const SOCKET_KEY = 'dGhlIHNhbXBsZSBub25jZQ=='
const ACCEPT = createHash('sha1').update(SOCKET_KEY + WEBSOCKET_GUID).digest('base64')

const get = (port: number, path: string, extra: string[] = []) => exchange(port, request('GET', path, extra), { timeoutMs: EXCHANGE_TIMEOUT_MS })

/** Problems with the final response's body and Content-Type, if any. */
function contentProblems(wire: Wire): string[] {
  if (wire.excess > 0) return [`${wire.excess} bytes after the declared Content-Length`]
  const type = header(wire.final, 'content-type')
  if (wire.body.length === 0) return []
  if (type === undefined) return ['a body without Content-Type']
  const mismatch = bodyMismatch(type, wire.body)
  return mismatch === null ? [] : [`${type}: ${mismatch}`]
}

/**
 * Sends the request a snippet for this record is for and lists what is wrong with the answer. The
 * expectations come from the record, not from the snippet generator.
 */
export async function check(record: CodeRecord, port: number, path: string): Promise<string[]> {
  const { semantics: sem, example } = record
  const problems: string[] = []
  const expectStatus = (wire: Wire, status: number) => {
    if (wire.final?.status !== status) problems.push(`status ${wire.final?.status ?? 'none'}, expected ${status}`)
  }

  if (!sem.reachesClient) {
    // The one runnable kind of unseen code: 444, a connection closed without a byte.
    const wire = await get(port, path)
    if (wire.raw.length > 0) problems.push(`${wire.raw.length} bytes sent where the connection should close silently`)
    return problems
  }
  if (record.code === 100) {
    const wire = await exchange(port, request('POST', path, ['Expect: 100-continue', 'Content-Type: text/plain', 'Content-Length: 5']), {
      body: Buffer.from('hello'),
      expectContinue: true,
      timeoutMs: EXCHANGE_TIMEOUT_MS
    })
    if (!wire.interim.some((h) => h.status === 100)) problems.push('no 100 Continue before the final response')
    expectStatus(wire, 200)
    return [...problems, ...contentProblems(wire)]
  }
  if (record.code === 101) {
    const extra = ['Upgrade: websocket', 'Connection: Upgrade', `Sec-WebSocket-Key: ${SOCKET_KEY}`, 'Sec-WebSocket-Version: 13']
    const wire = await exchange(port, request('GET', path, extra).replace('Connection: close\r\n', ''), { upgrade: true, timeoutMs: EXCHANGE_TIMEOUT_MS })
    expectStatus(wire, 101)
    for (const name of sem.requiredHeaders) if (header(wire.final, name) === undefined) problems.push(`no ${name}`)
    if (header(wire.final, 'sec-websocket-accept') !== ACCEPT) problems.push(`Sec-WebSocket-Accept ${header(wire.final, 'sec-websocket-accept')}, expected ${ACCEPT}`)
    return problems
  }
  if (record.code < 200) {
    const wire = await get(port, path)
    const interim = wire.interim.find((h) => h.status === record.code)
    if (interim === undefined) problems.push(`no ${record.code} interim response (saw ${wire.interim.map((h) => h.status).join(', ') || 'none'})`)
    for (const name of [...sem.requiredHeaders, ...sem.recommendedHeaders]) {
      const want = headers({ status: 0, headers: example.headers.map((h) => [h.name, h.value]) }, name)
      const got = headers(interim ?? null, name).flatMap((v) => v.split(/,\s*(?=<)/))
      if (want.some((v) => !got.includes(v))) problems.push(`interim ${name} is ${JSON.stringify(got)}, expected ${JSON.stringify(want)}`)
    }
    expectStatus(wire, 200)
    return [...problems, ...contentProblems(wire)]
  }
  if (record.code === 304) {
    const fresh = await get(port, path)
    expectStatus(fresh, 200)
    const etag = header(fresh.final, 'etag')
    if (etag === undefined) return [...problems, 'the 200 carries no ETag to revalidate']
    const revalidated = await get(port, path, [`If-None-Match: ${etag}`])
    expectStatus(revalidated, 304)
    if (revalidated.body.length > 0) problems.push('a body on 304')
    if (header(revalidated.final, 'etag') !== etag) problems.push('the 304 does not repeat the ETag')
    const changed = await get(port, path, ['If-None-Match: "something-else"'])
    expectStatus(changed, 200)
    return [...problems, ...contentProblems(fresh)]
  }

  const wire = await get(port, path)
  const status = sem.sentAs ?? example.status
  expectStatus(wire, status)
  if (sem.sentAs !== null && wire.final?.status === record.code) problems.push(`${record.code} on the wire though it is sent as ${sem.sentAs}`)
  for (const name of sem.requiredHeaders) if (header(wire.final, name) === undefined) problems.push(`no ${name}`)
  for (const name of sem.recommendedHeaders) {
    if (/^(date|content-length)$/i.test(name)) continue
    if (example.headers.some((h) => h.name.toLowerCase() === name.toLowerCase()) && header(wire.final, name) === undefined) problems.push(`no ${name}`)
  }
  const retryAfter = header(wire.final, 'retry-after')
  if (retryAfter !== undefined && !/^\d+$/.test(retryAfter)) problems.push(`Retry-After ${retryAfter} is not in seconds`)
  if (!sem.contentAllowed && wire.body.length + wire.excess > 0) problems.push(`${wire.body.length + wire.excess} bytes of content on ${status}`)
  const exampleType = example.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value
  if (example.body !== null && example.body !== '' && exampleType !== undefined) {
    const type = header(wire.final, 'content-type')
    const media = (v: string | undefined) => v?.split(';')[0]!.trim().toLowerCase()
    if (media(type) !== media(exampleType)) problems.push(`Content-Type ${type}, expected ${exampleType}`)
    const text = wire.body.toString('utf8')
    const same = /json/.test(media(exampleType)!) ? sameJson(text, example.body) : text === example.body
    if (!same) problems.push(`the body is not the example's: ${JSON.stringify(text.slice(0, 120))}`)
  }
  const range = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(header(wire.final, 'content-range') ?? '')
  if (status === 206 && (range === null || Number(range[2]) - Number(range[1]) + 1 !== wire.body.length)) {
    problems.push(`Content-Range ${header(wire.final, 'content-range')} does not describe ${wire.body.length} bytes`)
  }
  return [...problems, ...contentProblems(wire)]
}

function sameJson(a: string, b: string): boolean {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v !== null && typeof v === 'object' ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, x]) => [k, sort(x)])) : v
  try {
    return JSON.stringify(sort(JSON.parse(a))) === JSON.stringify(sort(JSON.parse(b)))
  } catch {
    return false
  }
}

/** Checks every runnable snippet of a group against its server, one assertion per snippet, and reports the count. */
export async function checkAll(t: Test, label: string, list: Runnable[], ports: Map<string, number>, pathOf: (key: string) => string = () => EXAMPLE_PATH) {
  for (const r of list) {
    const problems = await check(r.record, ports.get(r.key)!, pathOf(r.key)).catch((e: Error) => [e.message])
    t.same(problems, [], `${label}: the snippet for ${r.record.code}${r.record.vendor === null ? '' : ` (${r.record.vendor})`} answers as the record says`)
  }
  t.comment(`${label}: ran ${list.length} snippets`)
}

/** Writes a file and returns its path. */
export function write(dir: string, name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text)
  return path
}

export { SNIPPET_PORT }
