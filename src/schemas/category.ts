import { Type, type Static } from '@sinclair/typebox'
import { CodeSummarySchema } from './code.js'

const Id = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'Kebab-case id.' })

/** A category as written in data/categories.json. */
export const CategoryDataSchema = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, description: 'Display name.' }),
    description: Type.String({ minLength: 1, description: 'What the codes in this category have in common.' }),
    kind: Type.Union([Type.Literal('class'), Type.Literal('vendor')], {
      description: 'class: one of the five classes of RFC 9110; vendor: codes used by one vendor (or, for "unofficial", by vendors without a category of their own).'
    })
  },
  { additionalProperties: false }
)
export type CategoryData = Static<typeof CategoryDataSchema>
export const CategoriesFileSchema = Type.Array(CategoryDataSchema, { minItems: 1 })

/** A vendor as written in data/vendors.json. */
export const VendorDataSchema = Type.Object(
  {
    id: Id,
    name: Type.String({ minLength: 1, description: 'Display name of the vendor or product.' }),
    category: Id,
    url: Type.Union([Type.String({ format: 'uri' }), Type.Null()], { description: "The vendor's home page; null when the codes have no single owner." })
  },
  { additionalProperties: false }
)
export type VendorData = Static<typeof VendorDataSchema>
export const VendorsFileSchema = Type.Array(VendorDataSchema, { minItems: 1 })

const categoryProperties = {
  id: Type.String({ description: 'Category id.' }),
  name: Type.String({ description: 'Display name.' }),
  description: Type.String({ description: 'What the codes in this category have in common.' }),
  kind: CategoryDataSchema.properties.kind,
  count: Type.Integer({ minimum: 0, description: 'How many code meanings the category holds.' }),
  link: Type.String({ description: 'Path of the category with its codes.' })
}

export const CategorySummarySchema = Type.Object(categoryProperties, {
  $id: 'CategorySummary',
  additionalProperties: false,
  description: 'A group of status codes.'
})
export type CategorySummary = Static<typeof CategorySummarySchema>

export const CategorySchema = Type.Object(
  { ...categoryProperties, codes: Type.Array(Type.Ref(CodeSummarySchema), { description: 'The codes in the category, in order.' }) },
  { $id: 'Category', additionalProperties: false, description: 'A group of status codes with its codes.' }
)
export type Category = Static<typeof CategorySchema>
