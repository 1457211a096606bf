// What /echo/random's remembered sequences really cost on the heap, against what Sequences counts them as.
import t from 'tap'
import v8 from 'node:v8'
import { runInNewContext } from 'node:vm'
import { parseWeights, sequenceKey, Sequences, SEQUENCE_ENTRY_BYTES } from '../src/echo/random.js'

v8.setFlagsFromString('--expose-gc')
const gc = runInNewContext('gc') as () => void

/** The live heap a Sequences of `budget` bytes holds after many distinct keys, some of them coming back (LRU churn). */
function heldBy(budget: number, codes: string): { live: number; sequences: Sequences } {
  const entries = parseWeights(codes)
  gc()
  gc()
  const before = process.memoryUsage().heapUsed
  const sequences = new Sequences(budget)
  for (let i = 0; i < 80_000; i++) sequences.take(sequenceKey(i % 3 === 0 ? i % 997 : i * 7919, entries))
  gc()
  return { live: process.memoryUsage().heapUsed - before, sequences }
}

t.test('Sequences: the heap it holds stays under its byte budget, for short keys and the longest', async (t) => {
  const longest = Array.from({ length: 10 }, (_, i) => `${590 + i}:999999.999999`).join(',')
  for (const codes of ['200:1', longest]) {
    const budget = 4 * 1024 * 1024
    const { live, sequences } = heldBy(budget, codes)
    t.ok(sequences.bytes <= budget, `${codes.length}-character codes: counted ${sequences.bytes} bytes, within ${budget}`)
    t.ok(live <= budget, `${codes.length}-character codes: ${sequences.size} sequences hold ${live} bytes of heap, within ${budget}`)
    t.ok(sequences.size >= budget / (sequenceKey(4294967295, parseWeights(codes)).length + SEQUENCE_ENTRY_BYTES), 'and it is not emptier than it needs to be')
  }
})

t.test('Sequences: the least recently used are forgotten first, and start again at 0', async (t) => {
  const cost = (key: string) => key.length + SEQUENCE_ENTRY_BYTES
  const sequences = new Sequences(cost('a') + cost('b'))
  t.same([sequences.take('a'), sequences.take('b'), sequences.take('a')], [0, 0, 1])
  t.equal(sequences.take('c'), 0, 'a third key evicts b, the least recently used')
  t.equal(sequences.take('a'), 2, 'a was kept')
  t.equal(sequences.take('b'), 0, 'b starts again')
  t.equal(sequences.bytes, cost('a') + cost('b'))
  const tiny = new Sequences(10)
  t.same([tiny.take('x'), tiny.take('x')], [0, 0], 'a budget smaller than one sequence remembers nothing')
  t.equal(tiny.bytes, 0)
})
