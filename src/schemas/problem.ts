import { Type, type Static } from '@sinclair/typebox'
import { ERROR_CODES } from '../errors.js'

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'A URI reference that identifies the problem type; its page explains it.' }),
    title: Type.String({ description: 'Short summary of the problem type; the same for every occurrence.' }),
    status: Type.Integer({ minimum: 400, maximum: 599, description: 'The HTTP status code of this response.' }),
    detail: Type.String({ description: 'What went wrong with this request, in words a person can act on.' }),
    instance: Type.String({ description: 'The request path (with query) that produced the problem.' }),
    code: Type.Union(ERROR_CODES.map((c) => Type.Literal(c)), { description: 'Stable machine-readable error code; /check\'s input errors keep the names its contract gives them.' }),
    requestId: Type.String({ description: 'Id of the request in our logs; quote it when reporting a problem. The X-Request-Id the request carried, when it had one of at most 128 characters from A-Z a-z 0-9 . _ : -; otherwise one we made.' }),
    traceId: Type.Optional(Type.String({ pattern: '^[0-9a-f]{32}$', description: 'The trace id of the request\'s W3C traceparent header, when it carried a valid one.' })),
    errors: Type.Optional(
      Type.Array(
        Type.Object(
          {
            in: Type.Union([Type.Literal('path'), Type.Literal('querystring'), Type.Literal('headers'), Type.Literal('body')], { description: 'Which part of the request: path, querystring, headers or body.' }),
            field: Type.String({ description: 'JSON pointer to the field within that part ("" for the part itself).' }),
            message: Type.String({ description: 'What is wrong with it.' })
          },
          { additionalProperties: false }
        ),
        { description: 'For validation problems: each thing that was wrong.' }
      )
    )
  },
  {
    $id: 'Problem',
    additionalProperties: true,
    description: 'An RFC 9457 problem details object, served as application/problem+json.'
  }
)
export type Problem = Static<typeof ProblemSchema>

/**
 * The problem /echo sends when asked for application/problem+json: the echoed status described in RFC 9457's
 * members only. It is not an error of this API, so it has no `code` or `requestId`.
 */
export const EchoProblemSchema = Type.Object(
  {
    type: Type.Literal('about:blank', { description: 'about:blank: the status code says it all (RFC 9457 Section 4.2.1).' }),
    title: Type.String({ description: 'The name of the status.' }),
    status: Type.Integer({ minimum: 400, maximum: 599, description: 'The echoed status.' }),
    detail: Type.String({ description: 'What the status means.' }),
    instance: Type.String({ description: 'The request path.' })
  },
  { $id: 'EchoProblem', additionalProperties: false, description: 'An /echo error status as an RFC 9457 problem, when Accept asks for one.' }
)
