import t from 'tap'
import { buildApp } from '../src/app.js'
import { defaultConfig } from '../src/config.js'
import { catalog } from './helper.js'
const app = await buildApp({ config: defaultConfig({ echoMaxDelayMs: 50 }), catalog: catalog(), checkResolver: async (h) => { throw Object.assign(new Error('ENOTFOUND ' + h), { code: 'ENOTFOUND' }) } })
await app.ready()
t.teardown(() => app.close())
const show = async (o: any) => { try { const r = await app.inject(o); console.log(JSON.stringify(o).slice(0,100), r.statusCode, r.headers['content-type'], r.body.slice(0, 150)) } catch (e) { console.log(JSON.stringify(o).slice(0,100), 'THROW', (e as Error).message) } }
for (const m of ['PROPFIND', 'BREW', 'SEARCH', 'QUERY', 'TRACE', 'CONNECT', 'LOCK', 'MKCOL', 'COPY', 'foo']) await show({ method: m, url: '/codes' })
await show({ method: 'GET', url: '/echo/100' })
await show({ method: 'GET', url: '/echo/150?final=503' })
await show({ method: 'GET', url: '/echo/103' })
await show({ method: 'GET', url: '/check?url=http://example.com/' })
await show({ method: 'POST', url: '/check', payload: { urls: ['http://example.com/', 'http://10.0.0.1/'] } })
await show({ method: 'POST', url: '/check', payload: 'xx', headers: { 'content-type': 'text/plain' } })
await show({ method: 'POST', url: '/codes', payload: 'xx', headers: { 'content-type': 'application/json' } })
await show({ method: 'GET', url: '/codes/%' })
await show({ method: 'GET', url: '/codes/%00' })
await show({ method: 'GET', url: '/echo/%ZZ' })
await show({ method: 'GET', url: '/codes?%=1' })
await show({ method: 'GET', url: '/docs/' })
await show({ method: 'GET', url: '/docs/static/../../package.json' })
await show({ method: 'GET', url: '/docs/json' })
await show({ method: 'GET', url: '/docs/nope' })
await show({ method: 'GET', url: '/nope/é' })
await show({ method: 'GET', url: '/codes', headers: { accept: 'text/html' } })
await show({ method: 'GET', url: '/codes', headers: { 'accept-encoding': 'gzip' } })
await show({ method: 'GET', url: '/echo/200', headers: { 'content-type': 'application/json' }, payload: '{' })
