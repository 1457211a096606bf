// The real process: configuration errors, listening, and a graceful exit on SIGTERM.
import t from 'tap'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import semver from 'semver'
import { ROOT } from './helper.js'
import { listening, start } from './process.js'

t.test('npm start and the Dockerfile run the same command (the benchmark takes its flags from npm start)', async (t) => {
  const start: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.start
  t.match(start, /^node( --[a-z-]+=\d+)* dist\/server\.js$/, 'node, V8 flags, dist/server.js')
  const cmd = /^CMD (\[.*\])$/m.exec(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'))?.[1]
  t.ok(cmd, 'the Dockerfile has an exec-form CMD')
  t.equal((JSON.parse(cmd ?? '[]') as string[]).join(' '), start)
})

t.test('the Node versions package.json declares are ones every production dependency declares too, the image\'s among them', async (t) => {
  const ours: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean; engines?: { node?: string } }> }
  const narrower = Object.entries(lock.packages)
    .filter(([path, p]) => path !== '' && p.dev !== true && p.engines?.node !== undefined && !semver.subset(ours, p.engines.node))
    .map(([path, p]) => `${path.replace(/^.*node_modules\//, '')} wants ${p.engines!.node}`)
  t.same(narrower, [], `engines.node ${ours} is within every production dependency's range`)
  const image = /^FROM node:(\d+\.\d+\.\d+)-alpine/m.exec(readFileSync(join(ROOT, 'Dockerfile'), 'utf8'))?.[1]
  t.ok(image !== undefined && semver.satisfies(image, ours), `the image's Node ${image} is in ${ours}`)
})

t.test('the Dockerfile pins one exact Node release, labels the version and checks health on PORT', async (t) => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')
  const bases = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1])
  t.equal(bases.length, 2, 'a build stage and a runtime stage')
  t.ok(bases.every((base) => /^node:\d+\.\d+\.\d+-alpine$/.test(base ?? '')), `exact versions, no floating tag: ${bases.join(', ')}`)
  t.equal(new Set(bases).size, 1, 'both stages on the same release')
  const version: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version
  t.match(dockerfile, `org.opencontainers.image.version="${version}"`, 'the OCI version label is package.json\'s')
  t.match(dockerfile, `org.opencontainers.image.base.name="docker.io/library/${bases[0]}"`, 'the base label names the pinned base')
  t.match(dockerfile, /HEALTHCHECK[^\n]*\\\n\s+CMD [^\n]*\$\{PORT\}\/health/, 'the health check follows PORT')
  // Node writes compile-cache entries readable by their owner only: the user that runs the server fills it.
  const runtime = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '))
  const at = (text: string) => runtime.indexOf(text)
  t.match(runtime, /^ENV NODE_COMPILE_CACHE=\S+$/m, 'the runtime stage names a compile cache')
  t.ok(at('COPY scripts/warm-compile-cache.js') > 0 && at('USER node') < at('RUN node scripts/warm-compile-cache.js'), 'filled as the node user')
  t.ok(at('COPY --from=build /app/dist') < at('RUN node scripts/warm-compile-cache.js'), 'after the code it caches is in place')
})

t.test('the Dockerfile\'s build stage has every file `npm run build` runs', async (t) => {
  const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8')
  const build = dockerfile.slice(0, dockerfile.lastIndexOf('\nFROM '))
  const script: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).scripts.build
  const scripts = [...script.matchAll(/\bnode (scripts\/[\w./-]+)/g)].map((m) => m[1])
  t.ok(scripts.length > 0, `the build runs a script of ours: ${script}`)
  for (const file of scripts) t.match(build, new RegExp(`^COPY ${file!.replace(/[.]/g, '\\.')} `, 'm'), `${file} is copied before npm run build`)
  for (const config of script.matchAll(/-p (\S+)/g)) t.match(build, new RegExp(`^COPY .*\\b${config[1]!.replace(/[.]/g, '\\.')}\\b`, 'm'), `${config[1]} too`)
})

t.test('a bad variable stops the process with one clear line', async (t) => {
  const { exited, output } = start({ PORT: 'eighty' })
  const [code] = await exited
  t.equal(code, 1)
  t.equal(output().stderr.trim().split('\n').at(-1), 'siteerror-api: configuration error: PORT must be a whole number from 0 to 65535 (got "eighty")')
})

t.test('the server listens, answers /health, and exits 0 on SIGTERM', async (t) => {
  const { child, exited, output } = start({ PORT: '0', HOST: '127.0.0.1' })
  t.teardown(() => child.kill())
  const url = await listening(output)
  t.ok(url, 'logged the address it listens on')
  const res = await fetch(`${url}/health`)
  t.equal(res.status, 200)
  t.match(await res.json(), { status: 'ok', version: '0.1.0' })
  // Logs are written asynchronously: wait for the access-log line.
  let line: string | undefined
  for (let i = 0; i < 40 && line === undefined; i++) {
    line = output().stdout.split('\n').find((l) => l.includes('"url":"/health"'))
    if (line === undefined) await new Promise((r) => setTimeout(r, 50))
  }
  t.match(JSON.parse(line ?? '{}'), { level: 30, reqId: /^[0-9a-f-]{36}$/, method: 'GET', status: 200, ms: Number, msg: 'request' }, 'one JSON access-log line with a request id')
  child.kill('SIGTERM')
  const [code] = await exited
  t.equal(code, 0, 'exit code 0')
  t.match(output().stdout, /"signal":"SIGTERM".*"msg":"closing"/)
})

t.test('SIGTERM without a drain delay: delays and checks that cannot end within the grace period end at once (503, TIMEOUT report), exit 0 quickly', async (t) => {
  // An upstream that never answers, for an in-flight /check.
  const http = await import('node:http')
  const hanging = http.createServer(() => {})
  const checkArrived = once(hanging, 'request')
  hanging.listen(0, '127.0.0.2')
  await once(hanging, 'listening')
  const upstreamPort = (hanging.address() as import('node:net').AddressInfo).port
  t.teardown(() => {
    hanging.closeAllConnections()
    hanging.close()
  })
  const { child, exited, output } = start({
    PORT: '0',
    HOST: '127.0.0.1',
    SHUTDOWN_GRACE_MS: '8000',
    // A delay far past the grace period, so that it cannot fit however late the signal comes.
    ECHO_MAX_DELAY_MS: '60000',
    CHECK_PORTS: String(upstreamPort),
    CHECK_ALLOW_ADDRESSES: '127.0.0.2',
    CHECK_TIMEOUT_MS: '60000',
    CHECK_HEADERS_TIMEOUT_MS: '60000'
  })
  t.teardown(() => child.kill())
  const url = await listening(output)
  t.ok(url, 'listening')
  const { port } = new URL(url!)
  const net = await import('node:net')
  // One connection with a delayed request and a second request pipelined behind it.
  const socket = net.connect(Number(port), '127.0.0.1')
  let received = ''
  socket.setEncoding('latin1')
  socket.on('data', (d: string) => (received += d))
  socket.write('GET /echo/200?delay=60000 HTTP/1.1\r\nHost: t\r\n\r\nGET /codes/200 HTTP/1.1\r\nHost: t\r\n\r\n')
  const checking = fetch(`${url}/check?url=${encodeURIComponent(`http://127.0.0.2:${upstreamPort}/`)}`).then(async (r) => ({ status: r.status, body: (await r.json()) as { error: unknown } }))
  // SIGTERM once the check is in flight (it has reached the upstream) and the delayed echo has had time to start.
  await checkArrived
  await new Promise((r) => setTimeout(r, 500))
  const started = Date.now()
  child.kill('SIGTERM')
  const [code] = await exited
  const took = Date.now() - started
  t.equal(code, 0, 'exit code 0')
  t.ok(took < 3000, `exited in ${took} ms, well inside the 8000 ms grace period`)
  await new Promise((r) => setTimeout(r, 100))
  // Node ends a connection after its response once the server is closing, so the request
  // pipelined behind the delay gets no answer.
  const statuses = [...received.matchAll(/^HTTP\/1\.1 (\d{3})/gm)].map((m) => Number(m[1]))
  t.same(statuses, [503], 'the pending delay got a 503')
  t.match(received, /retry-after: 1/i)
  const check = await checking
  t.equal(check.status, 200, 'the in-flight check answered')
  t.match(check.body.error, { code: 'TIMEOUT' }, 'aborted at shutdown')
  socket.destroy()
})

t.test('HTTP2_PORT: the process also serves h2c, and SIGTERM closes both listeners and exits 0', async (t) => {
  // No load shedding: a loaded machine starting the process through the TypeScript loader can lag a second.
  const { child, exited, output } = start({ PORT: '0', HOST: '127.0.0.1', HTTP2_PORT: '0', MAX_EVENT_LOOP_DELAY_MS: '0' })
  t.teardown(() => child.kill())
  t.ok(await listening(output), 'HTTP/1.1 listening')
  let h2: string | undefined
  for (let i = 0; i < 200 && h2 === undefined; i++) {
    h2 = /HTTP\/2 \(h2c\) listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output().stdout)?.[1]
    if (h2 === undefined) await new Promise((r) => setTimeout(r, 50))
  }
  t.ok(h2, 'logged the h2c address')
  const http2 = await import('node:http2')
  const session = http2.connect(h2!)
  session.on('error', () => {})
  t.teardown(() => session.destroy())
  const goaway = once(session, 'goaway')
  const stream = session.request({ ':path': '/health' })
  stream.setEncoding('utf8')
  let body = ''
  stream.on('data', (d: string) => (body += d))
  const [headers] = (await once(stream, 'response')) as [import('node:http2').IncomingHttpHeaders]
  await once(stream, 'end')
  t.equal(headers[':status'], 200)
  t.match(JSON.parse(body), { status: 'ok' })
  child.kill('SIGTERM')
  t.equal((await goaway)[0], http2.constants.NGHTTP2_NO_ERROR, 'the open session got GOAWAY')
  const [code] = await exited
  t.equal(code, 0, 'exit code 0, with a session that was still open')
})

t.test('idle connections past the open files limit are refused, and the process keeps serving', async (t) => {
  // 400 idle connections to a server allowed 256 open files used to end it with EMFILE.
  const { child, exited, output } = start({ PORT: '0', HOST: '127.0.0.1' }, { openFiles: 256 })
  t.teardown(() => child.kill())
  const url = await listening(output)
  t.ok(url, 'listening')
  const port = Number(new URL(url!).port)
  const net = await import('node:net')
  const sockets = await Promise.all(
    Array.from(
      { length: 400 },
      () =>
        new Promise<import('node:net').Socket>((resolve) => {
          const socket = net.connect(port, '127.0.0.1', () => resolve(socket))
          socket.on('error', () => resolve(socket))
        })
    )
  )
  t.teardown(() => sockets.forEach((s) => s.destroy()))
  // under-pressure samples memory once a second: let it run a few times with every connection open.
  await new Promise((r) => setTimeout(r, 2500))
  const open = sockets.filter((s) => !s.destroyed && s.readyState === 'open')
  t.ok(open.length > 0 && open.length <= 256 - 128, `${open.length} connections stayed open, within the limit less the reserve`)
  const answer = await new Promise<string>((resolve) => {
    let got = ''
    open[0]!.setEncoding('latin1')
    open[0]!.on('data', (d: string) => {
      got += d
      if (got.includes('"status":"ok"')) resolve(got)
    })
    open[0]!.write('GET /health HTTP/1.1\r\nHost: t\r\n\r\n')
  })
  t.match(answer, /^HTTP\/1\.1 200 OK/, 'an open connection is still served')
  sockets.forEach((s) => s.destroy())
  await new Promise((r) => setTimeout(r, 200))
  t.equal((await fetch(`${url}/health`)).status, 200, 'new connections are served once the others close')
  t.equal(child.exitCode, null, 'the process is still running')
  t.match(output().stdout, /"maxConnections":128,"configured":10000,"openFilesLimit":256,"msg":"MAX_CONNECTIONS lowered to fit the open files limit"/)
  t.notMatch(output().stdout, /closing after an error/)
  child.kill('SIGTERM')
  t.equal((await exited)[0], 0)
})
