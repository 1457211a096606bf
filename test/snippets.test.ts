import t from 'tap'
import { planFor, snippetsFor } from '../src/catalog/snippets.js'
import type { CodeRecord } from '../src/schemas/code.js'
import { catalog } from './helper.js'
import { isStatement } from './snippet-harness.js'

// The rules every snippet keeps, for every record and every framework, including those this
// machine cannot run (Spring, ASP.NET Core, Rails, axum): test/snippets-run-*.test.ts runs the rest.

const records = catalog().records
const where = (r: CodeRecord, id: string) => `${r.code}${r.vendor === null ? '' : ` (${r.vendor})`} ${id}`
/** The snippet without its comment lines: what the program does, not what it says. */
const codeOf = (text: string) =>
  text
    .split('\n')
    .filter((l) => !/^\s*(\/\/|#(?!\[))/.test(l))
    .join('\n')
const typeOf = (r: CodeRecord) => r.example.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value

t.test('no snippet puts an unseen code or a sent-as code on the wire', async (t) => {
  let checked = 0
  for (const r of records.filter((r) => !r.semantics.reachesClient || r.semantics.sentAs !== null)) {
    for (const s of r.snippets) {
      t.notMatch(codeOf(s.code), new RegExp(`\\b${r.code}\\b`), `${where(r, s.id)} never sends ${r.code}`)
      checked++
    }
  }
  t.ok(checked >= 70, `${checked} snippets checked`)
})

t.test('unseen codes: 444 closes the connection where the framework can, the others are explained', async (t) => {
  const closers = { express: 'req.socket.destroy()', fastify: 'request.raw.socket.destroy()', 'node-http': 'req.socket.destroy()', 'go-net-http': 'conn.Close()', 'csharp-aspnet-core': 'context.Abort()' }
  for (const s of catalog().find(444, 'nginx')!.snippets) {
    const closer = closers[s.id as keyof typeof closers]
    if (closer === undefined) t.match(s.code, /return 444;/, `${s.id} points to nginx's return 444`)
    else t.match(s.code, closer, `${s.id} closes the connection`)
  }
  for (const r of records.filter((r) => !r.semantics.reachesClient && r.code !== 444)) {
    for (const s of r.snippets) {
      t.ok(isStatement(s.code) && s.code.replace(/\n\s*(\/\/|#) /g, ' ').includes(r.summary), `${where(r, s.id)} says how the code arises`)
    }
  }
})

t.test('which framework cannot do what is pinned', async (t) => {
  const statements = new Map<string, number[]>()
  for (const r of records) {
    for (const s of r.snippets) if (isStatement(s.code) && r.semantics.reachesClient) statements.set(s.id, [...(statements.get(s.id) ?? []), r.code])
  }
  t.same(Object.fromEntries(statements), {
    express: [104],
    fastify: [104],
    'node-http': [104],
    'python-flask': [100, 101, 102, 103, 104],
    'java-spring': [100, 102, 104],
    'csharp-aspnet-core': [100, 102, 103, 104],
    php: [100, 101, 102, 103, 104],
    'ruby-rails': [100, 101, 102, 104],
    'rust-axum': [100, 102, 103, 104]
  })
})

t.test('1xx snippets use the frameworks\' interim APIs', async (t) => {
  const find = (code: number, id: string) => catalog().find(code)!.snippets.find((s) => s.id === id)!.code
  t.match(find(100, 'node-http'), /on\('checkContinue'[\s\S]*res\.writeContinue\(\)/)
  t.match(find(100, 'fastify'), /fastify\.server\.on\('checkContinue'[\s\S]*writeContinue\(\)[\s\S]*emit\('request'/)
  t.match(find(101, 'node-http'), /on\('upgrade'[\s\S]*Sec-WebSocket-Accept/)
  t.match(find(101, 'java-spring'), /@EnableWebSocket/)
  t.match(find(101, 'csharp-aspnet-core'), /AcceptWebSocketAsync/)
  t.match(find(101, 'rust-axum'), /WebSocketUpgrade[\s\S]*on_upgrade/)
  t.match(find(102, 'express'), /res\.writeProcessing\(\)/)
  t.match(find(102, 'go-net-http'), /WriteHeader\(http\.StatusProcessing\)/)
  t.match(find(103, 'fastify'), /reply\.writeEarlyHints\(\{ link: links \}\)/)
  t.match(find(103, 'node-http'), /res\.writeEarlyHints\(\{ link: links \}\)/)
  t.match(find(103, 'go-net-http'), /w\.Header\(\)\.Add\("Link"[\s\S]*WriteHeader\(http\.StatusEarlyHints\)/)
  t.match(find(103, 'ruby-rails'), /request\.send_early_hints\(/)
  t.match(find(103, 'java-spring'), /response\.addHeader\("Link"[\s\S]*response\.sendEarlyHints\(\);/)
  t.match(find(104, 'go-net-http'), /w\.Header\(\)\.Add\("Location"[\s\S]*WriteHeader\(104\)[\s\S]*Header\(\)\.Del\("Location"\)/)
})

t.test('a snippet with content sends the example\'s bytes under the example\'s Content-Type', async (t) => {
  for (const r of records) {
    const plan = planFor(r)
    if (plan.kind !== 'send' || plan.body === null) continue
    const type = typeOf(r)!
    t.equal(plan.body.type, type, `${where(r, 'plan')}: the example's type`)
    t.equal(plan.body.text, r.example.body, `${where(r, 'plan')}: the example's body`)
    for (const s of r.snippets) t.ok(s.code.includes(type) || s.code.includes(JSON.stringify(type).slice(1, -1)), `${where(r, s.id)} names ${type}`)
  }
})

t.test('the frameworks that cannot run here keep their structural rules', async (t) => {
  for (const r of records) {
    const plan = planFor(r)
    if (plan.kind !== 'send') continue
    const snippet = (id: string) => r.snippets.find((s) => s.id === id)!.code
    const spring = snippet('java-spring')
    const aspnet = snippet('csharp-aspnet-core')
    const rails = snippet('ruby-rails')
    const axum = snippet('rust-axum')
    if (plan.body === null) {
      t.match(spring, /ResponseEntity<Void> example\(\)[\s\S]*\.build\(\);/, `${where(r, 'java-spring')}: no body, build()`)
      t.match(aspnet, /Results\.StatusCode\(\d+\)/, `${where(r, 'csharp-aspnet-core')}: no body, StatusCode`)
      t.match(rails, /head \d+/, `${where(r, 'ruby-rails')}: no body, head`)
      continue
    }
    // A String body goes out through StringHttpMessageConverter as it is, under any media type; a
    // Map under text/html or XML would be an HttpMessageNotWritableException (a 500).
    t.match(spring, /ResponseEntity<String> example\(\)[\s\S]*\.contentType\(MediaType\.parseMediaType\("(?:[^"\\]|\\.)+"\)\)\n\s*\.body\("/, `${where(r, 'java-spring')}: a String body with its type`)
    // WriteAsJsonAsync and Results.Text overwrite a Content-Type set by hand: pass contentType.
    t.notMatch(aspnet, /Headers\["Content-Type"\]/, `${where(r, 'csharp-aspnet-core')}: no hand-set Content-Type`)
    t.match(aspnet, /Results\.Text\(".*", contentType: "(?:[^"\\]|\\.)+", statusCode: \d+\);/, `${where(r, 'csharp-aspnet-core')}: Results.Text with contentType and statusCode`)
    t.match(rails, /render (json|xml|html|plain): .*, content_type: .*, status: \d+/, `${where(r, 'ruby-rails')}: render with content_type and status`)
    t.match(axum, /\("Content-Type", "(?:[^"\\]|\\.)+"\)/, `${where(r, 'rust-axum')}: a Content-Type pair`)
  }
})

t.test('304 snippets evaluate If-None-Match; no snippet hard-codes a Date; Retry-After is in seconds', async (t) => {
  const facility = {
    express: /req\.fresh/,
    fastify: /if-none-match/,
    'node-http': /if-none-match/,
    'python-flask': /make_conditional\(request\)/,
    'go-net-http': /If-None-Match/,
    'java-spring': /\.eTag\(/,
    'csharp-aspnet-core': /IfNoneMatch/,
    php: /HTTP_IF_NONE_MATCH/,
    'ruby-rails': /stale\?\(/,
    'rust-axum': /IF_NONE_MATCH/
  }
  for (const s of catalog().find(304)!.snippets) t.match(s.code, facility[s.id as keyof typeof facility], `${s.id}: 304 only when If-None-Match matches`)
  for (const r of records) {
    for (const s of r.snippets) {
      t.notMatch(codeOf(s.code), /["'(]Date["':]/, `${where(r, s.id)}: no hard-coded Date`)
      for (const m of s.code.matchAll(/Retry-After['"]?(?:,|:|\] =|=>)\s*['"]?([^'"\n)]*)/g)) t.match(m[1], /^\d+$/, `${where(r, s.id)}: Retry-After in seconds`)
    }
  }
})

t.test('206 sends a Content-Range that describes the body it sends', async (t) => {
  const r = catalog().find(206)!
  const plan = planFor(r)
  if (plan.kind !== 'send' || plan.body === null) return t.fail('206 has content')
  const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(plan.headers.find(([n]) => n === 'Content-Range')![1])!
  t.equal(Number(range[2]) - Number(range[1]) + 1, Buffer.byteLength(plan.body.text))
})

t.test('a sent-as code says why its snippet sends another status', async (t) => {
  for (const r of records.filter((r) => r.semantics.sentAs !== null)) {
    for (const s of r.snippets) t.match(s.code.replace(/\n\s*(\/\/|#) /g, ' '), `An application never sends ${r.code}; what the client receives is this ${r.semantics.sentAs}.`, where(r, s.id))
  }
  const relayed = snippetsFor({ ...catalog().find(208)!, example: { ...catalog().find(208)!.example, status: 207 } })
  t.match(relayed.find((s) => s.id === 'express')!.code.replace(/\n\s*\/\/ /g, ' '), /208 is never the status of a whole response: it travels inside this 207\.[\s\S]*status\(207\)/, 'an example sent under another status says so')
})
