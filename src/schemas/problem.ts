import { Type, type Static } from '@sinclair/typebox'

export const ProblemSchema = Type.Object(
  {
    type: Type.String({ description: 'A URI reference that identifies the problem type; its page explains it.' }),
    title: Type.String({ description: 'Short summary of the problem type; the same for every occurrence.' }),
    status: Type.Integer({ minimum: 400, maximum: 599, description: 'The HTTP status code of this response.' }),
    detail: Type.String({ description: 'What went wrong with this request, in words a person can act on.' }),
    instance: Type.String({ description: 'The request path (with query) that produced the problem.' }),
    code: Type.String({ description: 'Stable machine-readable error code, ERR_SCREAMING_SNAKE.' }),
    requestId: Type.String({ description: 'Id of the request in our logs; quote it when reporting a problem.' }),
    errors: Type.Optional(
      Type.Array(
        Type.Object(
          {
            in: Type.String({ description: 'Which part of the request: path, querystring, headers or body.' }),
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
