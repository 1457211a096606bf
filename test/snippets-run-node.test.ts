import t from 'tap'
import { checkAll, runnables, start, write, SNIPPET_PORT } from './snippet-harness.js'

// Runs the Express, Fastify and Node http snippets: one Node process per framework imports every
// snippet unchanged; listen(SNIPPET_PORT) is redirected to a free loopback port and reported.

const RUNNER = `import net from 'node:net'
import { readFileSync } from 'node:fs'

const list = JSON.parse(readFileSync(process.argv[2], 'utf8'))
let current
const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  const port = typeof args[0] === 'object' && args[0] !== null ? args[0].port : args[0]
  if (port !== ${SNIPPET_PORT}) return listen.apply(this, args)
  const key = current
  const done = args.find((a) => typeof a === 'function')
  this.once('listening', () => process.stdout.write('READY ' + key + ' ' + this.address().port + '\\n'))
  return listen.call(this, 0, '127.0.0.1', ...(done ? [done] : []))
}
for (const [key, file] of list) {
  current = key
  await import(file)
}
`

for (const [id, label] of [['node-http', 'Node.js http'], ['express', 'Express'], ['fastify', 'Fastify']] as const) {
  t.test(`${label} snippets answer as their records say`, async (t) => {
    const list = runnables(id)
    const dir = t.testdir({})
    const files = list.map((r) => [r.key, write(dir, `${r.key}.mjs`, r.code)])
    write(dir, 'runner.mjs', RUNNER)
    write(dir, 'list.json', JSON.stringify(files))
    const ports = await start(t, process.execPath, ['runner.mjs', 'list.json'], list.map((r) => r.key), { cwd: dir })
    await checkAll(t, label, list, ports)
  })
}
