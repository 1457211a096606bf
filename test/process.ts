// Starting the real server process (src/server.ts) in tests, and talking to it over raw sockets.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import net from 'node:net'
import { join } from 'node:path'
import { ROOT } from './helper.js'

const SERVER = join(ROOT, 'src', 'server.ts')
const OURS = /^(PORT|HOST|LOG_LEVEL|CACHE_|SHUTDOWN_|ECHO_|CHECK_|RATE_LIMIT|TRUST_PROXY|REDIS_|MAX_CONNECTIONS|CLIENT_IPV6|HTTP2_|METRICS_|REQUEST_ID)/
const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !OURS.test(name)))

/** Starts src/server.ts with the test runner's TypeScript loader and the given environment (and, if given, a lower open files limit). */
export function start(env: Record<string, string>, { openFiles }: { openFiles?: number } = {}) {
  const command = [process.execPath, ...process.execArgv, SERVER]
  const [file, args] = openFiles === undefined ? [command[0]!, command.slice(1)] : ['sh', ['-c', `ulimit -n ${openFiles} && exec "$@"`, 'sh', ...command]]
  const child = spawn(file, args, {
    cwd: ROOT,
    // The runner's environment carries its TypeScript loader settings; our own variables are set here only.
    // No drain delay unless a test asks for one: the others would wait it out at every SIGTERM.
    env: { ...inherited, LOG_LEVEL: 'info', SHUTDOWN_DRAIN_DELAY_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = once(child, 'exit') as Promise<[number | null, string | null]>
  return { child, exited, output: () => ({ stdout, stderr }) }
}

/** Waits for the server's "listening" line and returns its URL; up to 30 s, for a loaded machine starting it through the TypeScript loader. */
export async function listening(output: () => { stdout: string }): Promise<string | undefined> {
  let url: string | undefined
  for (let i = 0; i < 600 && url === undefined; i++) {
    await new Promise((r) => setTimeout(r, 50))
    url = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output().stdout)?.[1]
  }
  return url
}

/** A raw keep-alive connection: send() writes a request, next() gives the next complete response (heads and body by Content-Length). */
export async function rawConnection(port: number) {
  const socket = net.connect(port, '127.0.0.1')
  await once(socket, 'connect')
  socket.setEncoding('latin1')
  let buffered = ''
  let ended = false
  const waiters: Array<() => void> = []
  const wake = () => waiters.splice(0).forEach((w) => w())
  socket.on('data', (d: string) => {
    buffered += d
    wake()
  })
  socket.on('close', () => {
    ended = true
    wake()
  })
  return {
    socket,
    closed: () => ended,
    send: (request: string) => socket.write(request),
    async next(): Promise<{ status: number; head: string; body: string } | undefined> {
      for (;;) {
        const end = buffered.indexOf('\r\n\r\n')
        if (end !== -1) {
          const head = buffered.slice(0, end)
          const length = Number(/^content-length: *(\d+)/im.exec(head)?.[1] ?? 0)
          if (buffered.length >= end + 4 + length) {
            const body = buffered.slice(end + 4, end + 4 + length)
            buffered = buffered.slice(end + 4 + length)
            return { status: Number(head.slice(9, 12)), head, body }
          }
        }
        if (ended) return undefined
        await new Promise<void>((resolve) => waiters.push(resolve))
      }
    }
  }
}

