import { Type, type Static } from '@sinclair/typebox'
import { ComparisonRefSchema } from './compare.js'

// Schemas for one meaning of a status code: first as it is written in data/codes/NNN.json
// (CodeDataSchema), then as the API serves it, with the fields the catalog derives at boot.

const Text = (description: string) => Type.String({ minLength: 1, description })
const CodeNumber = (description: string) => Type.Integer({ minimum: 100, maximum: 999, description })

export const CLASSES = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const
export const STATUSES = ['standard', 'deprecated', 'unused', 'obsolete', 'temporary', 'unofficial'] as const
export const RETRY_ADVICE = ['not-needed', 'after-change', 'with-backoff', 'immediately', 'no'] as const
export const REDIRECT_METHODS = ['preserved', 'changed-to-get', 'may-change'] as const

export const StatusSchema = Type.Union(STATUSES.map((s) => Type.Literal(s)), {
  description:
    'Standing of the code: standard (registered with IANA and in use), deprecated (registered, but the spec advises against it), ' +
    'unused (reserved by IANA, never to be sent), obsolete (its defining spec was retired), temporary (a time-limited IANA registration), ' +
    'unofficial (used by a vendor or product, never registered).'
})

export const ClassSchema = Type.Union([...CLASSES.map((c) => Type.Literal(c)), Type.Null()], {
  description: 'The class given by the first digit, 1xx to 5xx; null for numbers outside 100-599 that some vendors use (such as 999).'
})

export const SpecSchema = Type.Object(
  {
    document: Text('The defining document as written in the IANA registry, e.g. "RFC 9110" or an Internet-Draft name.'),
    section: Type.Union([Type.String({ minLength: 1 }), Type.Null()], {
      description: 'The section that defines the code, e.g. "15.5.10"; null when the registry cites the whole document.'
    }),
    url: Type.String({ format: 'uri', description: 'Link to the defining section on rfc-editor.org (or the datatracker for drafts).' }),
    quote: Type.Union([Type.String({ minLength: 1 }), Type.Null()], {
      description: "The specification's own words, quoted verbatim; null when no checkable text of the document is at hand."
    })
  },
  { additionalProperties: false, description: 'Where the code is defined, with the definition in its own words.' }
)

export const HeaderSchema = Type.Object(
  {
    name: Type.String({ minLength: 1, pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", description: 'Header field name.' }),
    value: Type.String({ description: 'Header field value.' })
  },
  { additionalProperties: false, description: 'One HTTP header field.' }
)

export const ExampleDataSchema = Type.Object(
  {
    description: Text('What the example shows: the request that led to it and why the server answered this way.'),
    request: Type.Union([Type.String({ minLength: 1 }), Type.Null()], {
      description: 'The request line that led to the response, e.g. "PUT /articles/42 HTTP/1.1"; null when no request applies.'
    }),
    status: CodeNumber(
      'The status sent on the wire: the code itself, or the code the vendor actually sends (nginx sends 495 as 400); ' +
        'for 208, which only ever appears inside a multistatus body, 207.'
    ),
    headers: Type.Array(HeaderSchema, { description: 'Response header fields, in order.' }),
    body: Type.Union([Type.String(), Type.Null()], { description: 'Response content; null when the response has none.' })
  },
  { additionalProperties: false, description: 'An example HTTP/1.1 response with this code.' }
)

export const ExampleSchema = Type.Composite(
  [
    ExampleDataSchema,
    Type.Object({
      raw: Text('The whole example response as it would appear on the wire (CRLF line endings).')
    })
  ],
  { additionalProperties: false, description: 'An example HTTP/1.1 response with this code.' }
)

export const SemanticsSchema = Type.Object(
  {
    cacheableByDefault: Type.Boolean({
      description: 'Heuristically cacheable: a cache may reuse it without explicit freshness (RFC 9110 Section 15.1, RFC 7725 for 451).'
    }),
    contentAllowed: Type.Boolean({ description: 'Whether the response may carry content (false for 1xx, 204 and 304).' }),
    redirect: Type.Union(
      [
        Type.Object(
          {
            permanent: Type.Union([Type.Boolean(), Type.Null()], {
              description: 'Whether clients should update stored links; null when the code says neither.'
            }),
            method: Type.Union(REDIRECT_METHODS.map((m) => Type.Literal(m)), {
              description:
                'What happens to the request method on follow: preserved (307, 308), changed-to-get (303), ' +
                'may-change (301, 302: user agents may turn POST into GET for historical reasons).'
            })
          },
          { additionalProperties: false }
        ),
        Type.Null()
      ],
      { description: 'Redirect behaviour; null when the code does not redirect.' }
    ),
    retry: Type.Union(RETRY_ADVICE.map((r) => Type.Literal(r)), {
      description:
        'Whether a client may retry: not-needed (the request worked or is being redirected), after-change ' +
        '(only a changed request can succeed), with-backoff (the same request may succeed later), immediately (the same request ' +
        'may be sent again at once and waiting gains nothing: on a new connection after 421, after the TLS handshake after 425), ' +
        'no (retrying will not help).'
    }),
    requiredHeaders: Type.Array(Type.String({ minLength: 1 }), {
      description: 'Response header fields the specification requires with this code (e.g. WWW-Authenticate on 401, Allow on 405).'
    }),
    recommendedHeaders: Type.Array(Type.String({ minLength: 1 }), {
      description: 'Response header fields the specification recommends or that clients rely on (e.g. Retry-After on 503).'
    }),
    sentAs: Type.Union([CodeNumber('The status that goes on the wire.'), Type.Null()], {
      description: 'The status actually sent to the client when it differs from this code (nginx 494-497 are sent as 400); null otherwise.'
    }),
    reachesClient: Type.Boolean({
      description: 'Whether a client ever receives this code (false for log-only codes such as nginx 444 and 499).'
    })
  },
  { additionalProperties: false, description: 'What the code means to HTTP machinery: caching, content, redirects, retries, headers.' }
)

export const FaqSchema = Type.Object(
  {
    question: Text('A question people ask about this code.'),
    answer: Text('Our answer.')
  },
  { additionalProperties: false, description: 'One frequently asked question.' }
)

export const RelatedSchema = Type.Object(
  {
    code: CodeNumber('A related status code.'),
    reason: Text('How it relates to this code.')
  },
  { additionalProperties: false, description: 'A related status code and why it is related.' }
)

export const SourceSchema = Type.Object(
  {
    title: Text('Title of the source.'),
    url: Type.String({ format: 'uri', description: 'Where to read it.' })
  },
  { additionalProperties: false, description: 'A primary source for the facts in the record.' }
)

export const MisinterpretationSchema = Type.Object(
  {
    mistake: Text('The common misreading of the code.'),
    correction: Text('What is true instead.'),
    useInstead: Type.Array(CodeNumber('A code to use instead.'), {
      description: 'Codes that fit the situation people misuse this one for; empty when none applies.'
    })
  },
  { additionalProperties: false, description: 'The common misinterpretation of the code.' }
)

/** One meaning of a status code, exactly as written in data/codes/NNN.json. */
export const CodeDataSchema = Type.Object(
  {
    code: CodeNumber('The status code.'),
    name: Text("The official name: IANA's description for registered codes, the vendor's own wording for others."),
    formerNames: Type.Array(Type.String({ minLength: 1 }), { description: 'Names the code was known by in older specifications.' }),
    otherNames: Type.Array(Type.String({ minLength: 1 }), { description: 'Other names in use for this meaning (libraries, vendor pages).' }),
    emoji: Text('An emoji that stands for the code.'),
    status: StatusSchema,
    vendor: Type.Union([Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' }), Type.Null()], {
      description: 'null for IANA-registered codes; otherwise the kebab-case id of the vendor that uses this meaning (see GET /categories).'
    }),
    summary: Text('One line that says what the code means.'),
    meaning: Text('"What does this mean?": the code in friendly words for someone who just met it.'),
    definition: Text('The technical definition, precise and in our own words.'),
    explanation: Text('A plain-English explanation of when and how the code is used.'),
    spec: Type.Union([SpecSchema, Type.Null()], { description: 'The defining specification; null for unofficial codes.' }),
    commonCauses: Type.Array(Text('A common cause.'), { minItems: 3, description: 'Common reasons a client sees this code.' }),
    misinterpretation: MisinterpretationSchema,
    example: ExampleDataSchema,
    semantics: SemanticsSchema,
    faq: Type.Array(FaqSchema, { minItems: 2, description: 'Frequently asked questions.' }),
    related: Type.Array(RelatedSchema, { minItems: 1, description: 'Related status codes.' }),
    mdn: Type.Union([Type.String({ format: 'uri' }), Type.Null()], { description: "MDN's page for the code; null when MDN has none." }),
    sources: Type.Array(SourceSchema, { minItems: 1, description: 'Primary sources for the facts in this record.' })
  },
  { additionalProperties: false, description: 'One meaning of a status code as written in data/.' }
)
export type CodeData = Static<typeof CodeDataSchema>

/** A data file: every meaning of one number, the most common first. */
export const CodeFileSchema = Type.Object(
  {
    meanings: Type.Array(CodeDataSchema, { minItems: 1, description: 'Every meaning of this number, the most common first.' })
  },
  { additionalProperties: false }
)
export type CodeFile = Static<typeof CodeFileSchema>

export const CodeRefSchema = Type.Object(
  {
    code: CodeNumber('The status code.'),
    vendor: Type.Union([Type.String(), Type.Null()], { description: 'Vendor id; null for the IANA meaning.' }),
    name: Text('Its name.'),
    link: Text('Path of its record in this API.')
  },
  { additionalProperties: false, description: 'A pointer to one meaning of a status code.' }
)

export const SnippetSchema = Type.Object(
  {
    id: Text('Stable id of the snippet, e.g. "express".'),
    label: Text('Framework or library, e.g. "Express".'),
    language: Text('Programming language, e.g. "JavaScript".'),
    code: Text('Source code that sends this status the way the code requires.')
  },
  { additionalProperties: false, description: 'How to send this status from one framework.' }
)

const { example: _example, ...dataProperties } = CodeDataSchema.properties

/** One meaning of a status code as GET /codes/:code serves it. */
export const CodeRecordSchema = Type.Object(
  {
    ...dataProperties,
    class: ClassSchema,
    categories: Type.Array(Type.String(), { description: "Ids of the categories the code belongs to: its class's and, for vendor codes, its vendor's." }),
    example: ExampleSchema,
    otherMeanings: Type.Array(CodeRefSchema, { description: 'Other meanings of the same number, from other vendors or the registry.' }),
    previous: Type.Union([CodeRefSchema, Type.Null()], { description: 'The next lower code in the catalog; null for the first.' }),
    next: Type.Union([CodeRefSchema, Type.Null()], { description: 'The next higher code in the catalog; null for the last.' }),
    snippets: Type.Array(SnippetSchema, { description: 'Code that sends this status from common frameworks.' }),
    comparisons: Type.Array(ComparisonRefSchema, { description: 'Our curated comparisons that include this code.' }),
    link: Text('Path of this record.')
  },
  { $id: 'CodeRecord', additionalProperties: false, description: 'Everything worth knowing about one meaning of a status code.' }
)
export type CodeRecord = Static<typeof CodeRecordSchema>

export const CodeSummarySchema = Type.Object(
  {
    code: CodeNumber('The status code.'),
    name: Text('Its official name.'),
    class: ClassSchema,
    status: StatusSchema,
    vendor: Type.Union([Type.String(), Type.Null()], { description: 'Vendor id; null for IANA codes.' }),
    summary: Text('One line that says what the code means.'),
    link: Text('Path of the full record.')
  },
  { $id: 'CodeSummary', additionalProperties: false, description: 'A status code in brief.' }
)
export type CodeSummary = Static<typeof CodeSummarySchema>

/**
 * A string that must be one of a fixed list, as one JSON Schema `enum` (one clear validation
 * message listing the values, rather than one error per alternative of a union). For request schemas.
 */
export const StringEnum = <T extends string>(values: readonly T[], options: { description: string }) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...options })
