// Swagger UI at /docs: its Content-Security-Policy and its configuration.
import t from 'tap'
import { build } from './helper.js'

const app = await build(t)

t.test('GET /docs sends a CSP that works over plain HTTP on any host, scripts from this origin only', async (t) => {
  const res = await app.inject('/docs')
  t.equal(res.statusCode, 200)
  const csp = String(res.headers['content-security-policy'])
  const directives = new Map(csp.split(';').map((d) => d.trim()).filter((d) => d !== '').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1).join(' ')]))
  t.notOk(directives.has('upgrade-insecure-requests'), 'no upgrade-insecure-requests: over http://<ip>:3000 it would ask for https and get nothing')
  t.equal(directives.get('script-src'), "'self'", 'scripts only from this origin: Swagger UI has no inline script, so there is nothing to hash')
  t.equal(directives.get('script-src-attr'), "'none'")
  t.equal(directives.get('default-src'), "'self'")
  t.equal(directives.get('object-src'), "'none'")
  t.notMatch(csp, /https:|\*/, 'no scheme or host wildcards')
  const script = await app.inject('/docs/static/swagger-initializer.js')
  t.equal(script.statusCode, 200)
  t.equal(script.headers['content-security-policy'], res.headers['content-security-policy'], 'the same policy on the static files')
})

t.test('Swagger UI starts with "Try it out" as a button, not already switched on', async (t) => {
  const script = await app.inject('/docs/static/swagger-initializer.js')
  t.notMatch(script.body, /tryItOutEnabled"?\s*:\s*true/)
})
