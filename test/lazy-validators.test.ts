// src/http/lazy-validators.ts against Fastify's own validator factory, with the options our app gives
// it: the same answers, the same changes to the data (coercion, defaults) and the same errors; only
// when ajv compiles differs.
import t from 'tap'
import AjvCompiler from '@fastify/ajv-compiler'
import { Type } from '@sinclair/typebox'
import { lazyValidators } from '../src/http/lazy-validators.js'
import { build } from './helper.js'

const OPTIONS = { customOptions: { removeAdditional: false, verbose: true, validateSchema: false } }
const QUERY = Type.Object(
  { code: Type.Integer({ minimum: 100, maximum: 599 }), codes: Type.Optional(Type.Array(Type.Integer())), format: Type.String({ default: 'json' }) },
  { additionalProperties: false }
)
const definition = { schema: QUERY, method: 'GET', url: '/x', httpPart: 'querystring' }

t.test('the same result, coercion, defaults and errors as the eager validator', async (t) => {
  const eager = AjvCompiler()({}, OPTIONS)(definition)
  const lazy = lazyValidators()({}, OPTIONS)(definition)
  const inputs = [{ code: '409' }, { code: '409', codes: '401' }, { code: '99' }, { code: 'x', extra: '1' }, { codes: ['1', 'two'] }, null]
  for (const input of inputs) {
    const [a, b] = [structuredClone(input), structuredClone(input)]
    // As Fastify calls a validator that has a schemaEnv: with its parent, so that ajv may replace the root.
    const parentA = { querystring: a }
    const parentB = { querystring: b }
    const resultA = eager(a, { parentData: parentA, parentDataProperty: 'querystring' } as never)
    const resultB = lazy(b, { parentData: parentB, parentDataProperty: 'querystring' } as never)
    t.equal(resultB, resultA, `${JSON.stringify(input)}: ${resultA}`)
    t.same(parentB, parentA, 'the data coerced and defaulted alike')
    t.same(lazy.errors, eager.errors, 'the same errors')
  }
  t.ok(lazy.schemaEnv, 'a schemaEnv, so that Fastify passes the parent')
})

t.test('nothing is compiled until the first use', async (t) => {
  const broken = { schema: { type: 'object', properties: { n: { $ref: '#/nowhere' } } }, method: 'GET', url: '/broken', httpPart: 'querystring' }
  t.throws(() => AjvCompiler()({}, OPTIONS)(broken), 'the eager factory fails at once on a bad reference')
  const lazy = lazyValidators()({}, OPTIONS)(broken)
  t.equal(lazy.errors, undefined, 'made without compiling; no errors before a call')
  t.throws(() => lazy({ n: 1 }), 'compiled, and failing, on first use')
})

t.test('the app validates through it: a bad query is a 400 problem naming the field, a good one passes', async (t) => {
  const app = await build(t)
  for (let i = 0; i < 2; i++) {
    const bad = await app.inject('/codes?class=9xx')
    t.equal(bad.statusCode, 400, `a bad value, ${i === 0 ? 'as the route\'s first request' : 'once compiled'}`)
    t.match(bad.json(), { errors: [{ in: 'querystring', field: '/class', message: /must be one of/ }] })
  }
  t.equal((await app.inject('/codes?class=4xx')).statusCode, 200)
})
