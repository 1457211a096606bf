import t from 'tap'
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync, gzipSync } from 'node:zlib'
import { chooseCoding, noneMatchFails, represent } from '../src/http/representation.js'
import { build } from './helper.js'

t.test('chooseCoding picks the coding with the higher q, br on a tie', async (t) => {
  const cases: Array<[string | undefined, string]> = [
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['BR', 'br'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['identity', 'identity'],
    ['deflate', 'identity'],
    ['gzip;q=0.5, br;q=0', 'gzip'],
    ['br;q=0.001', 'br'],
    ['br;q=junk', 'br'],
    ['br;q=0.1, gzip;q=1', 'gzip'],
    ['gzip;q=0.5, br;q=0.5', 'br'],
    ['*;q=0.2, gzip;q=0.9', 'gzip'],
    ['br;q=0.9, *', 'gzip'],
    ['gzip, br;q=0.999', 'gzip']
  ]
  for (const [header, coding] of cases) t.equal(chooseCoding(header), coding, String(header))
})

t.test('each coding of a representation has its own strong ETag', async (t) => {
  const rep = represent({ text: 'x'.repeat(5000) })
  const br = rep.variant('br')
  const gz = rep.variant('gzip')
  t.not(br.etag, rep.etag)
  t.not(gz.etag, br.etag)
  t.match(br.etag, /^"[A-Za-z0-9_-]{27}-br"$/)
  t.same(JSON.parse(brotliDecompressSync(br.body).toString()), { text: 'x'.repeat(5000) })
  t.same(JSON.parse(gunzipSync(gz.body).toString()), { text: 'x'.repeat(5000) })
  t.equal(rep.variant('br'), br, 'made once')
  t.notOk(represent({ small: true }).compressible)
  t.ok(noneMatchFails('W/"a", "b"', '"a"'))
  t.ok(noneMatchFails('"a"', '"a"'), 'the one ETag sent back')
  t.ok(noneMatchFails(' * ', '"a"'))
  t.notOk(noneMatchFails('"b"', '"a"'))
  t.notOk(noneMatchFails('"a-br"', '"a"'), "another coding's ETag")
  t.notOk(noneMatchFails(undefined, '"a"'))
})

t.test('large data responses are served compressed when asked, with Vary', async (t) => {
  const app = await build(t)
  const plain = await app.inject('/codes/409')
  t.equal(plain.headers.vary, 'Accept-Encoding')
  t.notOk(plain.headers['content-encoding'])
  for (const [accept, coding, decode] of [
    ['br', 'br', brotliDecompressSync],
    ['gzip', 'gzip', gunzipSync]
  ] as const) {
    const res = await app.inject({ url: '/codes/409', headers: { 'accept-encoding': accept } })
    t.equal(res.headers['content-encoding'], coding)
    t.equal(res.headers.vary, 'Accept-Encoding')
    t.ok(res.rawPayload.length < plain.rawPayload.length / 2, `${coding} is smaller`)
    t.same(JSON.parse(decode(res.rawPayload).toString()), JSON.parse(plain.body), `${coding} decodes to the same JSON`)
    t.not(res.headers.etag, plain.headers.etag)
    const again = await app.inject({ url: '/codes/409', headers: { 'accept-encoding': accept, 'if-none-match': res.headers.etag as string } })
    t.equal(again.statusCode, 304, `${coding} revalidates`)
    t.equal(again.headers.vary, 'Accept-Encoding')
  }
  const small = await app.inject({ url: '/categories/aws-elb', headers: { 'accept-encoding': 'br' } })
  t.ok(small.rawPayload.length > 0)
  const tiny = await app.inject({ url: '/compare', headers: { 'accept-encoding': 'br' } })
  t.equal(tiny.statusCode, 200)
})

t.test('answers computed on demand are compressed at the fast levels, precomputed ones at the best', async (t) => {
  const app = await build(t)
  const fast = (body: Buffer) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
  const best = (body: Buffer) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
  for (const url of ['/codes?q=e', '/compare?codes=200,418']) {
    const plain = await app.inject(url)
    const br = await app.inject({ url, headers: { 'accept-encoding': 'br' } })
    t.equal(br.headers['content-encoding'], 'br')
    t.same(br.rawPayload, fast(plain.rawPayload), `${url}: brotli quality 4`)
    const gz = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } })
    t.same(gz.rawPayload, gzipSync(plain.rawPayload, { level: 6 }), `${url}: gzip level 6`)
  }
  const plain = await app.inject('/codes')
  const br = await app.inject({ url: '/codes', headers: { 'accept-encoding': 'br' } })
  t.same(br.rawPayload, best(plain.rawPayload), '/codes, made once: brotli quality 11')
})
