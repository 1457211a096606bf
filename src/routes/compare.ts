import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Catalog } from '../catalog/catalog.js'
import { compareRecords, comparisonLink } from '../catalog/compare.js'
import { ProblemError } from '../errors.js'
import { represent, representationMemo, sendRepresentation, type Compression, type Representation } from '../http/representation.js'
import { notModified, problemResponses } from '../schemas/responses.js'
import { ComparisonRefSchema } from '../schemas/compare.js'
import { unknownCodeDetail } from './codes.js'

export interface CompareOptions {
  catalog: Catalog
  cacheMaxAgeS: number
}

const CODE = /^[1-9][0-9]{2}$/
/** How many answers are remembered by the text asked for (curated ones are also precomputed). */
const MEMO_SIZE = 1000

const CuratedListSchema = Type.Object(
  {
    count: Type.Integer({ description: 'How many curated comparisons there are.' }),
    comparisons: Type.Array(ComparisonRefSchema, { description: 'Every curated comparison, with its link.' })
  },
  { additionalProperties: false, description: 'The curated comparisons.' }
)

/** Parses "401,403" into distinct, known, ascending codes, or throws a problem that says which code and why. */
export function parseCodes(catalog: Catalog, text: string): number[] {
  const parts = text.split(',').map((p) => p.trim())
  for (const p of parts) {
    if (!CODE.test(p)) {
      throw new ProblemError('ERR_VALIDATION', `"${p}" is not a status code: each code must be three digits from 100 to 999.`)
    }
  }
  if (parts.length < 2 || parts.length > 4) {
    throw new ProblemError('ERR_VALIDATION', `Compare two to four codes; got ${parts.length}.`)
  }
  const codes = parts.map(Number)
  const twice = codes.find((c, i) => codes.indexOf(c) !== i)
  if (twice !== undefined) throw new ProblemError('ERR_VALIDATION', `${twice} is listed twice; compare distinct codes.`)
  for (const c of codes) {
    if (catalog.meaningsOf(c) === undefined) throw new ProblemError('ERR_UNKNOWN_CODE', unknownCodeDetail(catalog, c))
  }
  return codes.sort((a, b) => a - b)
}

const compare: FastifyPluginAsyncTypebox<CompareOptions> = async function compare(app, { catalog, cacheMaxAgeS }) {
  const index = represent({
    count: catalog.comparisons.length,
    comparisons: catalog.comparisons.map(({ codes, title, link }) => ({ codes, title, link }))
  })
  const comparisonOf = (codes: number[]) => compareRecords(catalog, codes.map((c) => catalog.find(c)!))
  const answerFor = (codes: number[], compression: Compression = 'best') => represent(comparisonOf(codes), compression)
  const example = catalog.comparisons[0] === undefined ? [] : [comparisonOf(catalog.comparisons[0].codes)]
  const answers = new Map<string, Representation>(catalog.comparisons.map((c) => [c.link, answerFor(c.codes)]))
  const remember = representationMemo(MEMO_SIZE)

  app.get(
    '/compare',
    {
      schema: {
        tags: ['compare'],
        summary: 'How two to four status codes differ',
        description:
          'With `codes`, compares two to four distinct codes aspect by aspect (class, meaning, whose side must act, caching, content, ' +
          'redirects, retries, required headers, standing) and gives a verdict. For sets people often confuse (401,403; 301,308; ' +
          '502,503,504 ...) the answer includes our curated comparison: the key difference, when to use each, the common mistake and an ' +
          'example. Order does not matter: 403,401 is the same comparison as 401,403. Without `codes`, lists the curated comparisons. ' +
          'A number with several meanings is compared in its most common one.',
        querystring: Type.Object(
          {
            codes: Type.Optional(
              Type.String({
                minLength: 1,
                maxLength: 64,
                description: 'Two to four distinct status codes, comma-separated.',
                examples: ['401,403']
              })
            )
          },
          { additionalProperties: false }
        ),
        response: {
          200: Type.Union([Type.Ref('Comparison'), CuratedListSchema], {
            description: 'The comparison, or without `codes` the list of curated comparisons.',
            examples: example
          }),
          ...notModified,
          ...problemResponses(400, 404)
        }
      }
    },
    function getComparison(request, reply) {
      const text = request.query.codes
      // Remembered by the text asked for, so a repeated question is one lookup; what is not valid throws and is not kept.
      const rep =
        text === undefined
          ? index
          : remember(text, () => {
              const codes = parseCodes(catalog, text)
              // Computed on demand, so compressed fast (src/http/representation.ts).
              return answers.get(comparisonLink(codes)) ?? answerFor(codes, 'fast')
            })
      sendRepresentation(request, reply, rep, cacheMaxAgeS)
    }
  )
}

export default compare
