import { Type, type Static } from '@sinclair/typebox'

/** data/popular.json: the codes the home page lists first, in the order it lists them. */
export const PopularFileSchema = Type.Array(Type.Integer({ minimum: 100, maximum: 999, description: 'A status code in the catalog.' }), {
  minItems: 1,
  maxItems: 50,
  uniqueItems: true,
  description: 'The popular codes, in display order.'
})
export type PopularFile = Static<typeof PopularFileSchema>
