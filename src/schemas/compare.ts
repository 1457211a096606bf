import { Type, type Static } from '@sinclair/typebox'

const Text = (description: string) => Type.String({ minLength: 1, description })
const Code = Type.Integer({ minimum: 100, maximum: 999, description: 'A status code.' })

/** A comparison we wrote for codes people mix up, as in data/comparisons.json. */
export const ComparisonDataSchema = Type.Object(
  {
    codes: Type.Array(Code, { minItems: 2, maxItems: 4, description: 'The codes compared, ascending.' }),
    title: Text('Headline, e.g. "401 vs 403: not logged in, or not allowed".'),
    keyDifference: Text('The essential difference in one or two sentences.'),
    whenToUse: Type.Array(
      Type.Object(
        { code: Code, when: Text('When this code is the right answer.') },
        { additionalProperties: false, description: 'When to use one of the codes.' }
      ),
      { minItems: 2, description: 'For each code, when to use it, in the order of `codes`.' }
    ),
    commonMistake: Text('The mistake people make with these codes.'),
    example: Text('A concrete scenario that shows the difference.')
  },
  { additionalProperties: false, description: 'A curated comparison.' }
)
export type ComparisonData = Static<typeof ComparisonDataSchema>
export const ComparisonsFileSchema = Type.Array(ComparisonDataSchema, { minItems: 1 })

export const ComparisonRefSchema = Type.Object(
  {
    codes: Type.Array(Code, { description: 'The codes compared.' }),
    title: Text('Headline of the comparison.'),
    link: Text('Path of the comparison.')
  },
  { additionalProperties: false, description: 'A pointer to a curated comparison.' }
)
export type ComparisonRef = Static<typeof ComparisonRefSchema>

export const CuratedSchema = Type.Composite([ComparisonDataSchema, Type.Object({ link: Text('Path of this comparison.') })], {
  $id: 'CuratedComparison',
  additionalProperties: false,
  description: 'A comparison written by us for codes people often confuse.'
})
export type Curated = Static<typeof CuratedSchema>

const Value = Type.Union([Type.String(), Type.Boolean(), Type.Null(), Type.Array(Type.String())], {
  description: 'The value of the aspect for the code.'
})

export const AspectSchema = Type.Object(
  {
    aspect: Text('Stable id of the aspect, e.g. "cacheableByDefault".'),
    label: Text('What the aspect is, in words.'),
    values: Type.Array(Type.Object({ code: Code, value: Value }, { additionalProperties: false, description: 'One code\'s value.' }), {
      description: 'The value for each code, in the order of `codes`.'
    })
  },
  { additionalProperties: false, description: 'One aspect of the codes and the value each has.' }
)
export type Aspect = Static<typeof AspectSchema>

export const ComparisonSchema = Type.Object(
  {
    codes: Type.Array(Type.Ref('CodeSummary'), { description: 'The codes compared, ascending.' }),
    differences: Type.Array(AspectSchema, { description: 'Aspects in which the codes differ.' }),
    similarities: Type.Array(AspectSchema, { description: 'Aspects in which all the codes agree.' }),
    verdict: Text('The essential difference in one or two sentences.'),
    curated: Type.Union([Type.Ref('CuratedComparison'), Type.Null()], {
      description: 'Our written comparison when the codes are exactly a set people often confuse; null otherwise.'
    }),
    seeAlso: Type.Array(ComparisonRefSchema, {
      description: 'Curated comparisons of some of the requested codes, for larger requests that contain one.'
    }),
    link: Text('Canonical path of this comparison.')
  },
  { $id: 'Comparison', additionalProperties: false, description: 'How two to four status codes differ, and when to use each.' }
)
export type Comparison = Static<typeof ComparisonSchema>
