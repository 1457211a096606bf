import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import type { Catalog } from '../catalog/catalog.js'
import { ProblemError } from '../errors.js'
import { represent, sendRepresentation } from '../http/representation.js'
import { COMMON_PROBLEMS, notModified, problemResponses, refResponse } from '../schemas/responses.js'

export interface CategoriesOptions {
  catalog: Catalog
  cacheMaxAgeS: number
}

const CategoryListSchema = Type.Object(
  {
    count: Type.Integer({ description: 'How many categories there are.' }),
    categories: Type.Array(Type.Ref('CategorySummary'), { description: 'Every category: the five classes first, then the vendors.' })
  },
  { additionalProperties: false, description: 'The categories that group status codes.' }
)

const categories: FastifyPluginAsyncTypebox<CategoriesOptions> = async function categories(app, { catalog, cacheMaxAgeS }) {
  const listed = catalog.categories.map(({ codes: _codes, ...summary }) => summary)
  const all = represent({ count: listed.length, categories: listed })
  const one = new Map(catalog.categories.map((c) => [c.id, represent(c)]))

  app.get(
    '/categories',
    {
      schema: {
        tags: ['categories'],
        operationId: 'listCategories',
        summary: 'List the categories',
        description:
          'The five classes (informational, success, redirection, client-error, server-error) and the vendor groups (nginx, cloudflare, ' +
          'aws-elb, iis, and unofficial for every other vendor), each with how many codes it holds.',
        response: { 200: { ...CategoryListSchema, examples: [{ count: listed.length, categories: listed }] }, ...notModified, ...problemResponses(...COMMON_PROBLEMS) }
      }
    },
    function listCategories(request, reply) {
      sendRepresentation(request, reply, all, cacheMaxAgeS)
    }
  )

  app.get(
    '/categories/:id',
    {
      schema: {
        tags: ['categories'],
        operationId: 'getCategory',
        summary: 'One category with its codes',
        description: 'A category and the summaries of every code in it. An unknown id is a 404.',
        params: Type.Object(
          { id: Type.String({ minLength: 1, maxLength: 64, description: 'Category id, e.g. "client-error" or "nginx".', examples: ['nginx'] }) },
          { additionalProperties: false }
        ),
        response: {
          200: refResponse('Category', 'The category with its codes (here nginx).', catalog.category('nginx')),
          ...notModified,
          ...problemResponses(...COMMON_PROBLEMS, 404)
        }
      }
    },
    function getCategory(request, reply) {
      const rep = one.get(request.params.id)
      if (rep === undefined) {
        const ids = catalog.categories.map((c) => c.id).join(', ')
        throw new ProblemError('ERR_UNKNOWN_CATEGORY', `There is no category "${request.params.id}". The categories are: ${ids}.`)
      }
      sendRepresentation(request, reply, rep, cacheMaxAgeS)
    }
  )
}

export default categories
