// A real redis-server for tests, on a free loopback port, that a test can stop, hang (SIGSTOP) and restart.
import net from 'node:net'
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import type { Test } from 'tap'
import { Redis } from 'ioredis'

/** Why Redis tests skip, or false when redis-server is installed. */
export const noRedis: string | false = spawnSync('sh', ['-c', 'command -v redis-server']).status === 0 ? false : 'redis-server is not installed (apt-get install redis-server)'

export interface RedisServer {
  port: number
  url: string
  /** A client for the test's own inspection (not the app's). */
  client: Redis
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>
  /** Starts it again on the same port and waits until it answers. */
  start(): Promise<void>
  /** SIGSTOP: the port stays open, nothing answers. */
  hang(): void
  /** SIGCONT. */
  resume(): void
}

async function freePort(): Promise<number> {
  const probe = net.createServer()
  probe.listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const port = (probe.address() as net.AddressInfo).port
  await new Promise((resolve) => probe.close(resolve))
  return port
}

/** Starts redis-server (no persistence), stopped when the test ends. */
export async function redisServer(t: Test): Promise<RedisServer> {
  const port = await freePort()
  let child: ChildProcess | undefined
  const client = new Redis({ port, host: '127.0.0.1', maxRetriesPerRequest: 1, lazyConnect: true, retryStrategy: () => 50 })
  client.on('error', () => {}) // refused while the server starts or is stopped
  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    client,
    async start() {
      child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
      for (let i = 0; i < 100; i++) {
        const answered = await new Promise<boolean>((resolve) => {
          const socket = net.connect(port, '127.0.0.1', () => {
            socket.write('PING\r\n')
          })
          socket.once('data', () => {
            socket.destroy()
            resolve(true)
          })
          socket.once('error', () => resolve(false))
        })
        if (answered) return
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      throw new Error('redis-server did not start')
    },
    async stop() {
      if (child === undefined || child.exitCode !== null) return
      child.kill('SIGCONT')
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      await exited
    },
    hang() {
      child?.kill('SIGSTOP')
    },
    resume() {
      child?.kill('SIGCONT')
    }
  }
  await server.start()
  await client.connect()
  t.teardown(async () => {
    client.disconnect()
    await server.stop()
  })
  return server
}
