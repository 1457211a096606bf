import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Catalog } from '../catalog/catalog.js'
import { searchCodes, type CodeFilter } from '../catalog/search.js'
import { CLASSES, STATUSES, StringEnum, type CodeRecord } from '../schemas/code.js'
import { ProblemError } from '../errors.js'
import { represent, representationMemo, sendRepresentation, type Compression, type Representation } from '../http/representation.js'
import { COMMON_PROBLEMS, notModified, problemResponses, refResponse } from '../schemas/responses.js'
import { documentedAs } from '../schemas/documented.js'

export interface CodesOptions {
  catalog: Catalog
  cacheMaxAgeS: number
}

export const CodeParamSchema = documentedAs(
  Type.String({ pattern: '^[1-9][0-9]{2}$', description: 'A three-digit status code from 100 to 999.', examples: ['409'] }),
  { type: 'integer', minimum: 100, maximum: 999, examples: [409] }
)
const VendorParamSchema = Type.String({
  pattern: '^[a-z0-9]+(-[a-z0-9]+)*$',
  maxLength: 40,
  // No example: Swagger UI would pre-fill it into "Try it out", where it fits some codes and not others.
  description: 'A vendor id (see GET /categories), or "iana" for the registered meaning.'
})

const CodeListSchema = Type.Object(
  {
    count: Type.Integer({ description: 'How many codes matched.' }),
    codes: Type.Array(Type.Ref('CodeSummary'), { description: 'The matching codes, by number; the most common meaning of a number first.' })
  },
  { additionalProperties: false, description: 'A list of status codes in brief.' }
)

/** The same filters, however spelled, make the same key. */
const filterKey = (f: CodeFilter) => JSON.stringify([f.class, f.category, f.status, f.vendor, f.q?.trim().toLowerCase()])

/** How many filtered lists are kept. */
const MEMO_SIZE = 500

const codes: FastifyPluginAsyncTypebox<CodesOptions> = async function codes(app, { catalog, cacheMaxAgeS }) {
  const list = (summaries: readonly unknown[], compression: Compression = 'best') => represent({ count: summaries.length, codes: summaries }, compression)
  const all = list(catalog.summaries)
  // Each record's representation is made on its first request and kept (at most one per record): a process
  // that is never asked for most codes never serializes or hashes them.
  const records = new Map<CodeRecord, Representation>()
  const representationOf = (record: CodeRecord) => records.get(record) ?? records.set(record, represent(record)).get(record)!
  const remember = representationMemo(MEMO_SIZE)
  const categoryIds = catalog.categories.map((c) => c.id)
  const vendorIds = ['iana', ...catalog.vendors.map((v) => v.id)]

  app.get(
    '/codes',
    {
      schema: {
        tags: ['codes'],
        operationId: 'listCodes',
        summary: 'List and search status codes',
        description:
          'Every status code in the catalog in brief, standard and vendor, by number. Filters combine; an unknown filter value is a 400, ' +
          'never an empty list. `q` searches code, name, former and other names, and summary, ignoring case.',
        querystring: Type.Object(
          {
            class: Type.Optional(StringEnum(CLASSES, { description: 'Only codes of this class.' })),
            category: Type.Optional(StringEnum(categoryIds, { description: 'Only codes in this category.' })),
            status: Type.Optional(StringEnum(STATUSES, { description: 'Only codes with this status.' })),
            vendor: Type.Optional(StringEnum(vendorIds, { description: 'Only this vendor\'s codes; "iana" for registered ones.' })),
            q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Search text, e.g. "too large" or "payload".' }))
          },
          { additionalProperties: false }
        ),
        response: {
          200: { ...CodeListSchema, examples: [{ count: 1, codes: catalog.summaries.filter((s) => s.code === 409) }] },
          ...notModified,
          ...problemResponses(...COMMON_PROBLEMS)
        }
      }
    },
    function listCodes(request, reply) {
      const filter: CodeFilter = request.query
      // A filtered list is computed on demand, so it is compressed fast (src/http/representation.ts).
      const rep = Object.keys(filter).length === 0 ? all : remember(filterKey(filter), () => list(searchCodes(catalog, filter), 'fast'))
      sendRepresentation(request, reply, rep, cacheMaxAgeS)
    }
  )

  app.get(
    '/codes/:code',
    {
      schema: {
        tags: ['codes'],
        operationId: 'getCode',
        summary: 'Everything about one status code',
        description:
          'The full record of a status code: name, class, categories, explanations, the RFC\'s own words, causes, the common ' +
          'misinterpretation, an example response, snippets, FAQ and related codes. A number with several meanings answers with the ' +
          'most common one and lists the rest in `otherMeanings`; `vendor` selects one. A valid number the catalog does not know is a 404 ' +
          'whose detail says what its class means.',
        params: Type.Object({ code: CodeParamSchema }, { additionalProperties: false }),
        querystring: Type.Object({ vendor: Type.Optional(VendorParamSchema) }, { additionalProperties: false }),
        response: {
          200: refResponse('CodeRecord', 'The record of the code (here 409).', catalog.find(409)),
          ...notModified,
          ...problemResponses(...COMMON_PROBLEMS, 404)
        }
      }
    },
    function getCode(request, reply) {
      const code = Number(request.params.code)
      const { vendor } = request.query
      const meanings = catalog.meaningsOf(code)
      if (meanings === undefined) throw new ProblemError('ERR_UNKNOWN_CODE', unknownCodeDetail(catalog, code))
      const record = vendor === undefined ? meanings[0] : meanings.find((m) => (m.vendor ?? 'iana') === vendor)
      if (record === undefined) {
        const known = meanings.map((m) => m.vendor ?? 'iana').join(', ')
        throw new ProblemError('ERR_UNKNOWN_VENDOR_MEANING', `${code} has no meaning for vendor "${vendor}". Its meanings are from: ${known}.`)
      }
      sendRepresentation(request, reply, representationOf(record), cacheMaxAgeS)
    }
  )
}

export function unknownCodeDetail(catalog: Catalog, code: number): string {
  const category = catalog.classCategory(code)
  if (category === undefined) {
    return `${code} is not in the catalog. Numbers from 600 to 999 fall outside HTTP's five classes; only a few vendors use them.`
  }
  return `${code} is not in the catalog: neither IANA nor any vendor we track assigns it. As a ${category.name.split(' ')[0]} code it would mean: ${category.description}`
}

export default codes
