import { Type, type Static } from '@sinclair/typebox'
import { CHOICE_KEYS, QUIZ_KINDS } from '../quiz/quiz.js'

const Text = (description: string) => Type.String({ minLength: 1, description })
const Key = Type.Union(
  CHOICE_KEYS.map((k) => Type.Literal(k)),
  { description: 'The letter of a choice.' }
)

export const QuizChoiceSchema = Type.Object(
  { key: Key, text: Text('The choice as shown: a code number, a name, or what each of two codes means.') },
  { additionalProperties: false, description: 'One of the four choices.' }
)

export const QuizQuestionSchema = Type.Object(
  {
    id: Text('Stable id of the question: it holds everything needed to make the question again, on any server.'),
    kind: Type.Union(
      QUIZ_KINDS.map((k) => Type.Literal(k)),
      {
        description:
          'means: which code means this summary; number: what a code means; scenario: which code fits a scenario (a common cause, or ' +
          'a curated comparison\'s "when to use"); difference: how two codes people confuse differ.'
      }
    ),
    prompt: Text('The question.'),
    choices: Type.Array(QuizChoiceSchema, { minItems: 4, maxItems: 4, description: 'Four choices, exactly one of them right.' }),
    link: Text('Path of this question.'),
    answer: Text('Path to answer it: add `?choice=` and a letter.'),
    sequence: Type.Union(
      [
        Type.Object(
          {
            seed: Text('The seed of the sequence.'),
            position: Type.Integer({ minimum: 0, description: 'Where in the sequence this question is, from 0.' }),
            next: Text('Path of the next question in the sequence.')
          },
          { additionalProperties: false }
        ),
        Type.Null()
      ],
      { description: 'Where the question sits in a seeded sequence; null when it was asked for by id.' }
    )
  },
  { $id: 'QuizQuestion', additionalProperties: false, description: 'A quiz question about status codes.' }
)
export type QuizQuestion = Static<typeof QuizQuestionSchema>

export const QuizAnswerSchema = Type.Object(
  {
    id: Text('The question answered.'),
    choice: Key,
    correct: Type.Boolean({ description: 'Whether the choice is the right answer.' }),
    answer: QuizChoiceSchema,
    explanation: Text('Why the right answer is right.'),
    link: Text('Path of the API resource that explains it: the code, or the comparison of the two codes.')
  },
  { $id: 'QuizAnswer', additionalProperties: false, description: 'The verdict on one answer to a quiz question.' }
)
export type QuizAnswer = Static<typeof QuizAnswerSchema>
