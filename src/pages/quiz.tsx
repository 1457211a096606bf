import type { ChoiceKey, Question } from '../quiz/quiz.js'
import { renderPage, type Site } from './layout.js'
import { QUIZ_ANSWER_PATH, QUIZ_PATH, QUIZ_QUESTION_PATH, comparePath, codePath } from './urls.js'

/**
 * The quiz as pages: a question is a GET form, its answer a page with the verdict and a link to the next
 * question. Where the player is (seed, question number, right answers so far) travels in the URL, so
 * there are no cookies, no storage and no state on the server, and it all works without JavaScript.
 */

export interface QuizPlace {
  seed: string
  /** Questions answered so far: this question is number n + 1. */
  n: number
  /** Of those, how many were right. */
  right: number
}

const placeQuery = ({ seed, n, right }: QuizPlace) => `seed=${encodeURIComponent(seed)}&n=${n}&right=${right}`
export const questionPath = (place: QuizPlace) => `${QUIZ_QUESTION_PATH}?${placeQuery(place)}`

/** The page that explains the answer: the code's, or the comparison's. */
function answerPage(site: Site, question: Question): string {
  return question.codes.length === 1 ? codePath(site.catalog, question.codes[0]!, question.vendor) : comparePath(question.codes)
}

function Score({ place }: { place: QuizPlace }) {
  return (
    <p class="score">
      {place.n === 0 ? 'No answers yet.' : `Score: ${place.right} right out of ${place.n}.`}
    </p>
  )
}

function ErrorSummary({ error, field }: { error: string; field: string }) {
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-title">
      <h2 id="error-title">There is a problem</h2>
      <p>
        <a href={`#${field}`}>{error}</a>
      </p>
    </div>
  )
}

function StartForm({ label }: { label: string }) {
  return (
    <form action={QUIZ_QUESTION_PATH} method="get">
      <button type="submit">{label}</button>
    </form>
  )
}

function Intro({ error }: { error?: string }) {
  return (
    <>
      <h1>Status code quiz</h1>
      {error === undefined ? null : <ErrorSummary error={error} field="start" />}
      <p class="lead">How well do you know your 404 from your 410? Four choices per question, one right answer, as many questions as you like.</p>
      <p>The questions are made from our catalog of codes, and take turns:</p>
      <ul>
        <li>which code means a given summary,</li>
        <li>what a given code means,</li>
        <li>which code fits a scenario,</li>
        <li>how two codes people confuse differ.</li>
      </ul>
      <p>Your score stays in the page address: nothing is stored, and a link to a question shows the same question to anyone.</p>
      <div id="start">
        <StartForm label="Start the quiz" />
      </div>
      <p>
        Programs can take the quiz too: <a href="/docs#/quiz">the quiz API</a>.
      </p>
    </>
  )
}

export function renderQuizIntro(site: Site, error?: string): string {
  return renderPage(
    site,
    {
      title: 'Status code quiz',
      description: 'Test what you know about HTTP status codes: which code means what, which fits a scenario, and how confusable codes differ.',
      path: QUIZ_PATH,
      crumbs: [{ name: 'Home', path: '/' }, { name: 'Quiz' }]
    },
    <Intro error={error} />
  )
}

function QuestionForm({ question, place, error }: { question: Question; place: QuizPlace; error?: string }) {
  return (
    <form action={QUIZ_ANSWER_PATH} method="get" class="quiz">
      <input type="hidden" name="seed" value={place.seed} />
      <input type="hidden" name="n" value={String(place.n)} />
      <input type="hidden" name="right" value={String(place.right)} />
      <fieldset id="choices" aria-describedby={error === undefined ? undefined : 'choice-error'}>
        <legend>{question.prompt}</legend>
        {error === undefined ? null : (
          <p class="error-message" id="choice-error">
            <span class="visually-hidden">Error:</span> {error}
          </p>
        )}
        {question.choices.map((c) => (
          <div class="choice">
            <input type="radio" name="choice" id={`choice-${c.key}`} value={c.key} />
            <label for={`choice-${c.key}`}>
              <span class="key">{c.key}</span> {c.text}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit">Check my answer</button>
    </form>
  )
}

export function renderQuizQuestion(site: Site, question: Question, place: QuizPlace, error?: string): string {
  return renderPage(
    site,
    {
      title: `Quiz question ${place.n + 1}`,
      description: question.prompt,
      path: questionPath(place),
      json: `/questions/${question.id}`,
      crumbs: [{ name: 'Home', path: '/' }, { name: 'Quiz', path: QUIZ_PATH }, { name: `Question ${place.n + 1}` }]
    },
    <>
      <h1>Question {place.n + 1}</h1>
      {error === undefined ? null : <ErrorSummary error={error} field="choices" />}
      <Score place={place} />
      <QuestionForm question={question} place={place} error={error} />
    </>
  )
}

export function renderQuizAnswer(site: Site, question: Question, place: QuizPlace, choice: ChoiceKey): string {
  const correct = choice === question.answer
  const after: QuizPlace = { seed: place.seed, n: place.n + 1, right: place.right + (correct ? 1 : 0) }
  const chosen = question.choices.find((c) => c.key === choice)!
  const answer = question.choices.find((c) => c.key === question.answer)!
  return renderPage(
    site,
    {
      title: `Quiz question ${place.n + 1}: ${correct ? 'right' : 'not quite'}`,
      description: question.prompt,
      path: `${QUIZ_ANSWER_PATH}?${placeQuery(place)}&choice=${choice}`,
      json: `/questions/${question.id}/answer?choice=${choice}`,
      crumbs: [{ name: 'Home', path: '/' }, { name: 'Quiz', path: QUIZ_PATH }, { name: `Question ${place.n + 1}` }]
    },
    <>
      <h1>{correct ? 'Right!' : 'Not quite'}</h1>
      <div class={correct ? 'verdict right' : 'verdict wrong'} role="status">
        <p>{question.prompt}</p>
        <p>
          You chose <strong>{chosen.key}</strong>: {chosen.text}
        </p>
        {correct ? null : (
          <p>
            The answer is <strong>{answer.key}</strong>: {answer.text}
          </p>
        )}
      </div>
      <p>{question.explanation}</p>
      <p>
        Read more: <a href={answerPage(site, question)}>{question.linkText}</a>
      </p>
      <Score place={after} />
      <p>
        <a class="button" href={questionPath(after)}>
          Next question
        </a>
      </p>
      <StartForm label="Start again" />
    </>
  )
}
