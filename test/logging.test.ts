// The batched log destination: every line arrives, in order, in chunks bounded by size and by time.
import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import pino from 'pino'
import type { FastifyReply, FastifyRequest } from 'fastify'
import { AppLogController, LineBatcher } from '../src/logging.js'

function recorder() {
  const writes: string[] = []
  let syncFlushes = 0
  return { writes, flushes: () => syncFlushes, destination: { write: (chunk: string) => writes.push(chunk) > 0, flushSync: () => void syncFlushes++ } }
}

t.test('lines are held until maxDelayMs after the first, then written as one chunk, in order', async (t) => {
  const { writes, destination } = recorder()
  const batcher = new LineBatcher(destination, 1000, 30)
  batcher.write('a\n')
  batcher.write('b\n')
  await sleep(10)
  batcher.write('c\n')
  t.same(writes, [], 'nothing is written before the delay')
  await sleep(40)
  t.same(writes, ['a\nb\nc\n'])
  batcher.write('d\n')
  await sleep(40)
  t.same(writes, ['a\nb\nc\n', 'd\n'], 'the next line starts a new delay')
  await sleep(40)
  t.equal(writes.length, 2, 'no lines, no write')
})

t.test('reaching maxChars writes at once', async (t) => {
  const { writes, destination } = recorder()
  const batcher = new LineBatcher(destination, 10, 60_000)
  batcher.write('12345\n')
  t.same(writes, [])
  batcher.write('6789\n')
  t.same(writes, ['12345\n6789\n'], '11 characters pending: written without waiting')
  batcher.write('x\n')
  batcher.flushSync()
  t.same(writes, ['12345\n6789\n', 'x\n'])
})

t.test('flushSync writes what is pending before it returns, then flushes the destination', async (t) => {
  const { writes, flushes, destination } = recorder()
  const batcher = new LineBatcher(destination, 1000, 20)
  batcher.write('last words\n')
  batcher.flushSync()
  t.same(writes, ['last words\n'])
  t.equal(flushes(), 1)
  await sleep(30)
  t.same(writes, ['last words\n'], 'the timer was cleared: nothing is written twice')
})

t.test("Fastify's rare log events reach our logger with the request id", async (t) => {
  const lines: Array<Record<string, unknown>> = []
  const controller = new AppLogController(pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l)) }))
  const request = { id: 'r1' } as FastifyRequest
  const reply = { statusCode: 500 } as FastifyReply
  controller.incomingRequest()
  controller.requestCompleted()
  controller.routeNotFound()
  t.same(lines, [], 'the access log covers requests: nothing here')
  controller.defaultErrorLog(new Error('a'), request, reply)
  controller.streamError(Object.assign(new Error('b'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }), request)
  controller.streamError(new Error('c'), request)
  controller.writeHeadError(new Error('d'), request)
  controller.serializerError(new Error('e'), request, reply, { statusCode: 200 })
  t.match(lines, [
    { level: 50, reqId: 'r1', status: 500, err: { message: 'a' }, msg: 'request failed' },
    { level: 30, reqId: 'r1', msg: 'response stream closed early' },
    { level: 40, reqId: 'r1', err: { message: 'c' } },
    { level: 40, reqId: 'r1', err: { message: 'd' } },
    { level: 50, reqId: 'r1', status: 200, err: { message: 'e' } }
  ])
})
