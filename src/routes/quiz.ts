import { randomBytes } from 'node:crypto'
import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { CHOICE_KEYS, POSITION_MAX, QUESTION_ID_MAX_LENGTH, QUESTION_ID_PATTERN, SEED_PATTERN, type ChoiceKey, type Question, type Quiz } from '../quiz/quiz.js'
import { represent, sendRepresentation } from '../http/representation.js'
import { COMMON_PROBLEMS, notModified, problemResponses, refResponse } from '../schemas/responses.js'
import type { QuizAnswer, QuizQuestion } from '../schemas/quiz.js'

export interface QuizOptions {
  quiz: Quiz
  cacheMaxAgeS: number
}

export const QUESTIONS_PATH = '/questions'
const questionPath = (id: string) => `${QUESTIONS_PATH}/${id}`

/** The question part of a question, as the API shows it: no answer. */
export function questionBody(q: Question, sequence: QuizQuestion['sequence'] = null): QuizQuestion {
  return { id: q.id, kind: q.kind, prompt: q.prompt, choices: q.choices, link: questionPath(q.id), answer: `${questionPath(q.id)}/answer`, sequence }
}

export function answerBody(q: Question, choice: ChoiceKey): QuizAnswer {
  return { id: q.id, choice, correct: choice === q.answer, answer: q.choices.find((c) => c.key === q.answer)!, explanation: q.explanation, link: q.link }
}

const IdSchema = Type.String({
  pattern: QUESTION_ID_PATTERN,
  maxLength: QUESTION_ID_MAX_LENGTH,
  description: 'A question id, as a question or GET /questions gives it.',
  examples: ['number.401.100.403.496']
})

/**
 * The quiz API. Questions and answers depend only on the id (and the choice), so both are cacheable
 * with an ETag; only a question drawn without a seed is not, since its seed is new each time.
 */
const quizRoutes: FastifyPluginAsyncTypebox<QuizOptions> = async function quizRoutes(app, { quiz, cacheMaxAgeS }) {
  const exampleId = quiz.idAt('example', 0)
  const example = quiz.question(exampleId)

  app.get(
    QUESTIONS_PATH,
    {
      schema: {
        tags: ['quiz'],
        operationId: 'drawQuestion',
        summary: 'A quiz question, from a seeded sequence',
        description:
          'The question at `position` of the sequence `seed` names: the same seed and position give the same question on any server, ' +
          'so a quiz can be replayed or shared. The kinds take turns along a sequence. Without `seed` the server picks a new one, ' +
          'says which in `sequence.seed`, and the answer is not cacheable.',
        querystring: Type.Object(
          {
            seed: Type.Optional(Type.String({ pattern: SEED_PATTERN, description: 'Up to 32 letters, digits, "-" or "_".', examples: ['example'] })),
            position: Type.Optional(Type.Integer({ minimum: 0, maximum: POSITION_MAX, default: 0, description: 'Which question of the sequence, from 0.' }))
          },
          { additionalProperties: false }
        ),
        response: {
          200: refResponse('QuizQuestion', 'The question.', questionBody(example, { seed: 'example', position: 0, next: `${QUESTIONS_PATH}?seed=example&position=1` })),
          ...notModified,
          ...problemResponses(...COMMON_PROBLEMS)
        }
      }
    },
    function drawQuestion(request, reply) {
      const given = request.query.seed
      const seed = given ?? randomBytes(6).toString('base64url')
      const position = request.query.position ?? 0
      const next = position < POSITION_MAX ? `${QUESTIONS_PATH}?seed=${seed}&position=${position + 1}` : `${QUESTIONS_PATH}?seed=${seed}&position=0`
      const body = questionBody(quiz.question(quiz.idAt(seed, position)), { seed, position, next })
      // A new seed each time: the answer has an ETag like any other, but no cache may keep it.
      sendRepresentation(request, reply, represent(body, 'fast'), given === undefined ? 'no-store' : cacheMaxAgeS)
    }
  )

  app.get(
    `${QUESTIONS_PATH}/:id`,
    {
      schema: {
        tags: ['quiz'],
        operationId: 'getQuestion',
        summary: 'One quiz question',
        description:
          'The question an id names, with four choices of which exactly one is right. Ids are made by GET /questions; one that is ' +
          'malformed is a 400, one that is well formed but names no question (an unknown code, a wrong choice that could be right) a 404.',
        params: Type.Object({ id: IdSchema }, { additionalProperties: false }),
        response: {
          200: refResponse('QuizQuestion', 'The question.', questionBody(example)),
          ...notModified,
          ...problemResponses(...COMMON_PROBLEMS, 404)
        }
      }
    },
    function getQuestion(request, reply) {
      sendRepresentation(request, reply, represent(questionBody(quiz.question(request.params.id)), 'fast'), cacheMaxAgeS)
    }
  )

  app.get(
    `${QUESTIONS_PATH}/:id/answer`,
    {
      schema: {
        tags: ['quiz'],
        operationId: 'answerQuestion',
        summary: 'Answer a quiz question',
        description:
          'Whether `choice` is right, the right answer, a short explanation and the path of the code (or comparison) to read more. ' +
          'The verdict depends only on the question and the choice, so it is a cacheable GET.',
        params: Type.Object({ id: IdSchema }, { additionalProperties: false }),
        querystring: Type.Object(
          { choice: Type.Unsafe<ChoiceKey>({ type: 'string', enum: [...CHOICE_KEYS], description: 'The letter of the choice.', examples: ['A'] }) },
          { additionalProperties: false }
        ),
        response: {
          200: refResponse('QuizAnswer', 'The verdict.', answerBody(example, example.answer)),
          ...notModified,
          ...problemResponses(...COMMON_PROBLEMS, 404)
        }
      }
    },
    function answerQuestion(request, reply) {
      const q = quiz.question(request.params.id)
      sendRepresentation(request, reply, represent(answerBody(q, request.query.choice), 'fast'), cacheMaxAgeS)
    }
  )
}

export default quizRoutes
