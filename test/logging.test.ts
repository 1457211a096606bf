// The batched log destination: every line arrives, in order, in chunks bounded by size and by time.
import t from 'tap'
import { setTimeout as sleep } from 'node:timers/promises'
import { LineBatcher } from '../src/logging.js'

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
