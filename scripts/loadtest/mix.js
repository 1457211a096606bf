// The traffic of the load test: every request template, the route family it is reported under, the statuses
// that are expected from it, and its weight in the mix (how many times it appears in each connection's cycle).
//
// Every template is also sent once, alone, by the probe before the load (with node:http, bodies read and
// checked); `load: false` templates are sent only there, because autocannon's client cannot follow them:
// responses that close the connection (a body too large, invalid JSON), HEAD (its parser would wait for the
// Content-Length bytes) and 1xx interim responses (its parser ends the message at the 103).
//
// `kind` says which header rules apply to a response (see headerProblems in run.js):
//   'api'   errors (4xx, 5xx) must be application/problem+json;
//   'echo'  /echo decides its own content type, so only the common rules apply.

/** A JSON body for POST /check. */
const checkBody = (urls) => JSON.stringify({ urls })

/**
 * @param {{ fixture: string, canary: string, bustSpace: number }} o fixture: http://127.0.0.2:<port> (the only
 *   upstream /check may reach); canary: http://127.0.0.1:<port> (refused by the address policy, never connected).
 */
export function buildTemplates({ fixture, canary, bustSpace }) {
  let n = 0
  const q = encodeURIComponent
  // A different fixture URL on each use, so /check's cache misses and the upstream is really reached.
  const bust = (path) => () => `${fixture}${path}?n=${n++ % bustSpace}`
  const bustCheck = (path, extra = '') => () => `/check?url=${q(bust(path)())}${extra}`
  const json = { 'content-type': 'application/json' }

  /** @type {Array<Record<string, any>>} */
  const t = [
    // ---- meta ----
    { family: 'GET /', path: '/', expect: [200], weight: 4 },
    { family: 'GET /health', path: '/health', expect: [200], weight: 4 },
    { family: 'GET /docs, /openapi.json', path: '/openapi.json', expect: [200], weight: 1 },
    { family: 'GET /docs, /openapi.json', path: '/docs', expect: [200], weight: 1 },

    // ---- codes ----
    { family: 'GET /codes (list, filters)', path: '/codes', expect: [200], weight: 3 },
    { family: 'GET /codes (list, filters)', path: '/codes?class=4xx', expect: [200], weight: 2 },
    { family: 'GET /codes (list, filters)', path: '/codes?vendor=nginx', expect: [200], weight: 2 },
    { family: 'GET /codes (list, filters)', path: '/codes?category=redirection', expect: [200], weight: 1 },
    { family: 'GET /codes (list, filters)', path: '/codes?status=unofficial&class=5xx', expect: [200], weight: 1 },
    { family: 'GET /codes?q= (search)', path: '/codes?q=payload', expect: [200], weight: 3 },
    { family: 'GET /codes?q= (search)', path: '/codes?q=too%20large', expect: [200], weight: 2 },
    { family: 'GET /codes?q= (search)', path: '/codes?q=gateway', expect: [200], weight: 2 },
    { family: 'GET /codes?q= (search)', path: '/codes?q=zzzz-nothing', expect: [200], weight: 1 },
    ...[200, 301, 404, 409, 418, 429, 500, 502, 503].map((code) => ({ family: 'GET /codes/:code', path: `/codes/${code}`, expect: [200], weight: 2 })),
    { family: 'GET /codes/:code', path: '/codes/444', expect: [200], weight: 1 },
    { family: 'GET /codes/:code', path: '/codes/499', expect: [200], weight: 1 },
    { family: 'GET /codes/:code', path: '/codes/499?vendor=esri', expect: [200], weight: 2 },
    { family: 'GET /codes/:code', path: '/codes/530?vendor=cloudflare', expect: [200], weight: 2 },
    { family: 'GET /codes/:code', path: '/codes/419?vendor=spring', expect: [200], weight: 1 },

    // ---- categories ----
    { family: 'GET /categories', path: '/categories', expect: [200], weight: 3 },
    ...['success', 'client-error', 'server-error', 'nginx', 'cloudflare'].map((id) => ({
      family: 'GET /categories/:id',
      path: `/categories/${id}`,
      expect: [200],
      weight: 2
    })),

    // ---- compare ----
    { family: 'GET /compare', path: '/compare', expect: [200], weight: 2 },
    { family: 'GET /compare', path: '/compare?codes=401,403', expect: [200], weight: 3 },
    { family: 'GET /compare', path: '/compare?codes=502,503,504', expect: [200], weight: 2 },
    { family: 'GET /compare', path: '/compare?codes=409,500', expect: [200], weight: 2 },
    { family: 'GET /compare', path: '/compare?codes=301,302,307,308', expect: [200], weight: 1 },

    // ---- revalidation: If-None-Match with the current ETag (learnt by the probe) or * ----
    { family: '304 revalidation', path: '/codes/409', revalidate: true, expect: [304], weight: 2 },
    { family: '304 revalidation', path: '/codes', revalidate: true, expect: [304], weight: 1 },
    { family: '304 revalidation', path: '/categories', revalidate: true, expect: [304], weight: 1 },
    { family: '304 revalidation', path: '/compare?codes=401,403', revalidate: true, expect: [304], weight: 1 },
    { family: '304 revalidation', path: '/', revalidate: true, expect: [304], weight: 1 },
    { family: '304 revalidation', path: '/codes/200', headers: { 'if-none-match': '*' }, expect: [304], weight: 1 },

    // ---- echo ----
    ...[200, 204, 304, 404, 503].map((code) => ({ family: 'ANY /echo/:code', kind: 'echo', path: `/echo/${code}`, expect: [code], weight: 2 })),
    ...[201, 301, 418, 500].map((code) => ({ family: 'ANY /echo/:code', kind: 'echo', path: `/echo/${code}`, expect: [code], weight: 1 })),
    { family: 'ANY /echo/:code', kind: 'echo', method: 'POST', path: '/echo/201', headers: json, body: '{"name":"test"}', expect: [201], weight: 2 },
    { family: 'ANY /echo/:code', kind: 'echo', method: 'PUT', path: '/echo/200', headers: { 'content-type': 'text/plain' }, body: 'hello', expect: [200], weight: 1 },
    { family: 'ANY /echo/:code', kind: 'echo', method: 'DELETE', path: '/echo/204', expect: [204], weight: 1 },
    { family: 'ANY /echo/:code', kind: 'echo', path: '/echo/206', headers: { range: 'bytes=0-9' }, expect: [206], weight: 1 },
    { family: 'ANY /echo/:code', kind: 'echo', path: '/echo/404', headers: { accept: 'application/problem+json' }, expect: [404], weight: 1 },
    { family: 'ANY /echo/:code', kind: 'echo', path: '/echo/503?retryAfter=30', headers: { accept: 'text/plain' }, expect: [503], weight: 1 },
    { family: 'ANY /echo/:code', kind: 'echo', path: '/echo/200?header=X-Trace:abc&body=hello', expect: [200], weight: 1 },
    { family: 'ANY /echo/:code', kind: 'echo', path: '/echo/302?hops=2&location=/echo/204', expect: [302], weight: 1 },
    { family: 'ANY /echo/:code', kind: 'echo', path: '/echo/103?final=204', expect: [204], weight: 1, load: false },
    { family: 'ANY /echo/:code', kind: 'echo', method: 'HEAD', path: '/echo/200', expect: [200], weight: 1, load: false },
    { family: 'ANY /echo/random', kind: 'echo', path: '/echo/random?codes=200:0.9,503:0.1&seed=1', expect: [200, 503], weight: 3 },
    { family: 'ANY /echo/random', kind: 'echo', path: '/echo/random?codes=200:0.5,404:0.3,500:0.2', expect: [200, 404, 500], weight: 1 },
    { family: 'GET /echo?delay=50', kind: 'echo', path: '/echo/200?delay=50', expect: [200], weight: 2 },

    // ---- check: only the fixture on 127.0.0.2 is ever reached ----
    { family: 'GET /check', path: `/check?url=${q(`${fixture}/ok`)}`, expect: [200], weight: 2 },
    { family: 'GET /check', path: `/check?url=${q(`${fixture}/redirect/3`)}`, expect: [200], weight: 1 },
    { family: 'GET /check', path: `/check?url=${q(`${fixture}/loop`)}`, expect: [200], weight: 1 },
    { family: 'GET /check', pathFn: bustCheck('/ok'), expect: [200], weight: 2, busted: true },
    { family: 'GET /check', pathFn: bustCheck('/redirect/3'), expect: [200], weight: 1, busted: true },
    { family: 'GET /check', pathFn: bustCheck('/found'), expect: [200], weight: 1, busted: true },
    { family: 'GET /check', pathFn: bustCheck('/gone', '&method=GET'), expect: [200], weight: 1, busted: true },
    { family: 'GET /check', pathFn: bustCheck('/slow'), expect: [200], weight: 1, busted: true },
    {
      family: 'POST /check',
      method: 'POST',
      path: '/check',
      headers: json,
      body: checkBody([`${fixture}/ok`, `${fixture}/redirect/2`, `${fixture}/error`]),
      expect: [200],
      weight: 1
    },
    {
      family: 'POST /check',
      method: 'POST',
      path: '/check',
      headers: json,
      bodyFn: () => checkBody([bust('/ok')(), bust('/gone')(), `${canary}/`]),
      expect: [200],
      weight: 1,
      busted: true
    },

    // ---- OPTIONS ----
    { family: 'OPTIONS', method: 'OPTIONS', path: '/codes', expect: [204], weight: 1 },
    {
      family: 'OPTIONS',
      kind: 'echo',
      method: 'OPTIONS',
      path: '/echo/200',
      headers: { origin: 'http://client.test', 'access-control-request-method': 'PUT' },
      expect: [204],
      weight: 1
    },

    // ---- bad input: 400, 403, 404, 405, 406, 413, 414 ----
    ...['/codes/abc', '/codes/0x1F4', '/codes/1000', '/codes?class=6xx', '/codes?foo=1', '/compare?codes=401', '/codes?q='].map((path) => ({
      family: 'bad input (4xx)',
      path,
      expect: [400],
      weight: 1
    })),
    ...['/codes/299', '/categories/teapots', '/nope', '/codes/404?vendor=nginx'].map((path) => ({ family: 'bad input (4xx)', path, expect: [404], weight: 1 })),
    { family: 'bad input (4xx)', method: 'DELETE', path: '/codes/409', expect: [405], weight: 1 },
    { family: 'bad input (4xx)', method: 'POST', path: '/categories', expect: [405], weight: 1 },
    ...['/echo/600', '/echo/101', '/echo/200?delay=abc', '/echo/200?delay=999999', '/echo/random?codes=200:x'].map((path) => ({
      family: 'bad input (4xx)',
      path,
      expect: [400],
      weight: 1
    })),
    { family: 'bad input (4xx)', path: '/echo/200', headers: { accept: 'image/png' }, expect: [406], weight: 1 },
    { family: 'bad input (4xx)', path: '/check', expect: [400], weight: 1 },
    { family: 'bad input (4xx)', path: `/check?url=${q('ftp://127.0.0.2/')}`, expect: [400], weight: 1 },
    { family: 'bad input (4xx)', path: `/check?url=${q('http://127.0.0.2:1/')}`, expect: [400], weight: 1 },
    { family: 'bad input (4xx)', path: `/check?url=${q(`${canary}/`)}`, expect: [403], weight: 1 },
    { family: 'bad input (4xx)', method: 'POST', path: '/check', headers: json, body: '{"urls":[]}', expect: [400], weight: 1 },
    { family: 'bad input (4xx)', path: `/codes?q=${'a'.repeat(8300)}`, expect: [414], weight: 1 },
    // These close the connection after answering (Connection: close), so they are probed, not loaded.
    { family: 'bad input (4xx)', method: 'POST', path: '/check', headers: json, body: '{"urls":[', expect: [400], weight: 1, load: false },
    { family: 'bad input (4xx)', kind: 'echo', method: 'POST', path: '/echo/200', headers: { 'content-type': 'text/plain' }, body: 'x'.repeat(70_000), expect: [413], weight: 1, load: false }
  ]

  const decode = (text) => {
    try {
      return decodeURIComponent(text)
    } catch {
      return text
    }
  }
  // Names without the fixture's port, so that runs compare.
  const stable = (text) =>
    [[q(fixture), '<fixture>'], [fixture, '<fixture>'], [q(canary), '<canary>'], [canary, '<canary>']].reduce((acc, [a, b]) => acc.replaceAll(a, b), text)
  const nameOf = (tpl) => {
    const path = decode(tpl.path ?? tpl.pathFn()).replace(/n=\d+/g, 'n=N')
    const headers = tpl.headers ? ` [${Object.entries(tpl.headers).map(([k, v]) => `${k}: ${String(v).slice(0, 24)}`).join(', ')}]` : ''
    const body = tpl.body ?? (tpl.bodyFn ? tpl.bodyFn().replace(/n=\d+/g, 'n=N') : undefined)
    const shown = body === undefined ? '' : ` ${body.length > 60 ? `${body.slice(0, 40)}... (${body.length} bytes)` : body}`
    return stable(`${tpl.method ?? 'GET'} ${path.length > 100 ? `${path.slice(0, 60)}... (${path.length} characters)` : path}${headers}${tpl.revalidate ? ' [If-None-Match: <etag>]' : ''}${shown}`)
  }

  return t.map((tpl, index) => ({
    index,
    method: 'GET',
    kind: 'api',
    load: true,
    headers: {},
    ...tpl,
    expect: new Set(tpl.expect),
    name: nameOf(tpl)
  }))
}
