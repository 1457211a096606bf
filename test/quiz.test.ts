import t, { type Test } from 'tap'
import { Value } from '@sinclair/typebox/value'
import { build, catalog } from './helper.js'
import { CHOICE_KEYS, POSITION_MAX, QUIZ_KINDS, Quiz, type Question } from '../src/quiz/quiz.js'
import { ProblemError } from '../src/errors.js'
import { QuizAnswerSchema, QuizQuestionSchema } from '../src/schemas/quiz.js'
import { ProblemSchema } from '../src/schemas/problem.js'

const quiz = new Quiz(catalog())
const norm = (s: string) => s.trim().toLowerCase()
const namesOf = (code: number) => catalog().meaningsOf(code)!.flatMap((m) => [m.name, ...m.formerNames, ...m.otherNames].map(norm))

/**
 * Which choices are right, worked out from the catalog alone and not from the generator's answer:
 * a question is fair when exactly one is, and it is the one the generator names.
 */
function rightChoices(q: Question): string[] {
  const c = catalog()
  const right = (test: (text: string) => boolean) => q.choices.filter((x) => test(x.text)).map((x) => x.key)
  switch (q.kind) {
    case 'means': {
      // Any meaning of a chosen number whose summary is the one asked about.
      const summary = /“(.*)”$/.exec(q.prompt)![1]!
      return right((text) => c.meaningsOf(Number(text))!.some((m) => m.summary === summary))
    }
    case 'number': {
      // Any name, former or other name of any meaning of the number asked about.
      const code = Number(/What does (\d{3})/.exec(q.prompt)![1])
      return right((text) => namesOf(code).includes(norm(text)))
    }
    case 'scenario': {
      const scene = q.prompt.replace('Which status code fits this scenario? ', '')
      const written = c.records.filter((r) => r.commonCauses.includes(scene)).map((r) => r.code)
      const curated = c.comparisons.flatMap((cmp) => cmp.whenToUse.filter((w) => w.when === scene).map((w) => w.code))
      const owners = [...written, ...curated]
      // A common cause is fair only against codes the data does not call close to its own.
      if (written.length > 0) {
        const own = written[0]!
        const close = new Set([...c.find(own)!.related.map((r) => r.code), ...c.find(own)!.misinterpretation.useInstead])
        for (const x of q.choices) if (Number(x.text) !== own && close.has(Number(x.text))) return ['close code ' + x.text]
      }
      return right((text) => owners.includes(Number(text)))
    }
    case 'difference': {
      const [a, b] = [...q.prompt.matchAll(/\b(\d{3}) /g)].map((m) => Number(m[1]))
      const truth = `${a}: ${c.find(a!)!.summary} ${b}: ${c.find(b!)!.summary}`
      return right((text) => text === truth)
    }
  }
}

function checkQuestion(t: Test, q: Question, label: string): boolean {
  const problems: string[] = []
  if (q.choices.map((c) => c.key).join('') !== CHOICE_KEYS.join('')) problems.push('choices are not A-D')
  if (new Set(q.choices.map((c) => norm(c.text))).size !== 4) problems.push('two choices read the same')
  const right = rightChoices(q)
  if (right.length !== 1 || right[0] !== q.answer) problems.push(`right choices ${JSON.stringify(right)}, answer ${q.answer}`)
  if (problems.length > 0) t.fail(`${label}: ${problems.join('; ')}`, { question: q })
  return problems.length === 0
}

t.test('every subject of every kind makes a fair question: four different choices, exactly one right', async (t) => {
  for (const kind of QUIZ_KINDS) {
    const subjects = quiz.subjects(kind)
    t.ok(subjects.length >= (kind === 'difference' ? 15 : 100), `${kind}: ${subjects.length} subjects`)
    let fair = 0
    for (const subject of subjects) {
      // Several draws of distractors per subject: each one must be fair.
      for (let draw = 0; draw < 5; draw++) {
        let n = draw
        const id = quiz.idFor(kind, subject, () => ((n = (n * 9301 + 49297) % 233280) / 233280))
        const q = quiz.question(id)
        t.equal(q.id, id)
        if (checkQuestion(t, q, id)) fair++
      }
    }
    t.equal(fair, subjects.length * 5, `${kind}: every question fair`)
  }
})

t.test('distractors are plausible: most come from the same class or from codes the data calls close', async (t) => {
  let near = 0
  let all = 0
  for (let n = 0; n < 400; n++) {
    const q = quiz.question(quiz.idAt('plausible', n))
    if (q.kind === 'difference' || q.kind === 'number') continue
    const answer = Number(q.choices.find((c) => c.key === q.answer)!.text)
    for (const c of q.choices) {
      if (c.key === q.answer) continue
      all++
      if (Math.floor(Number(c.text) / 100) === Math.floor(answer / 100)) near++
    }
  }
  t.ok(near / all > 0.8, `${near} of ${all} wrong numbers share the answer's class`)
})

t.test('questions are deterministic: from an id, and from a seed and position', async (t) => {
  const ids = Array.from({ length: 40 }, (_, n) => quiz.idAt('seed-1', n))
  t.same(Array.from({ length: 40 }, (_, n) => quiz.idAt('seed-1', n)), ids, 'the same sequence again')
  t.same(ids.map((id) => new Quiz(catalog()).question(id)), ids.map((id) => quiz.question(id)), 'another instance makes the same questions')
  t.notSame(Array.from({ length: 40 }, (_, n) => quiz.idAt('seed-2', n)), ids, 'another seed, another sequence')
  t.same(new Set(ids.slice(0, 4).map((id) => id.split('.')[0])), new Set(QUIZ_KINDS), 'the kinds take turns')
  // The right answer is not always in the same place.
  t.ok(new Set(ids.map((id) => quiz.question(id).answer)).size > 2, 'the answer moves between letters')
})

t.test('ids are validated strictly: malformed is a 400 problem, a question that is not fair or not canonical a 404', async (t) => {
  const status = (id: string) => {
    try {
      quiz.question(id)
      return 200
    } catch (error) {
      return (error as ProblemError).kind.status
    }
  }
  t.equal(status('means.404.400.403.410'), 200)
  for (const id of ['', 'means', 'MEANS.404.400.403.410', 'means.404.400.403.410\n', `means.${'4'.repeat(130)}`, 'means 404', 'means/404']) {
    t.equal(status(id), 400, JSON.stringify(id))
  }
  for (const id of [
    'constructor.404.400.403.410',
    'means.constructor.400.403.410',
    'means.404.400.403',
    'means.404.400.403.410.411',
    'means.404.403.400.410',
    'means.404.400.400.410',
    'means.404.400.403.404',
    'means.404.400.403.299',
    'means.404.400.403.0410',
    'means.404@nginx.400.403.410',
    'means.499@nginx.400.403.410',
    'number.401.403.404.561',
    'number.431.400.430.500',
    'scenario.404~c99.400.403.405',
    'scenario.404~w0.400.403.405',
    'difference.401-404.500',
    'difference.401-403.401',
    'difference.401-403.400.402'
  ]) {
    t.equal(status(id), 404, id)
  }
  t.equal(status('means.499@esri.400.403.410'), 200, 'another meaning of a number has its own subject')
})

t.test('a scenario never offers a code the data calls close to the answer, unless the text was written to tell them apart', async (t) => {
  const cause = quiz.subjects('scenario').find((s) => s.startsWith('404~c'))!
  // 404's record names 410 as related; 402, 406 and 407 it does not.
  t.equal(quiz.question(`scenario.${cause}.402.406.407`).kind, 'scenario')
  t.throws(() => quiz.question(`scenario.${cause}.402.406.410`), { message: /410 could be a right answer too/ })
  const when = quiz.subjects('scenario').find((s) => s.startsWith('404-410~w'))!
  t.equal(quiz.question(`scenario.${when}.402.406.410`).kind, 'scenario', 'a curated "when to use" stands against its partner')
})

const app = await build(t)
const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'

t.test('GET /questions?seed= is the sequence; without a seed a new one, not cached', async (t) => {
  const res = await app.inject('/questions?seed=abc&position=2')
  t.equal(res.statusCode, 200)
  t.equal(res.headers['cache-control'], 'public, max-age=3600')
  t.ok(res.headers.etag)
  t.ok(res.headers['ratelimit-remaining'], 'under the rate limit')
  const body = res.json()
  t.ok(Value.Check(QuizQuestionSchema, body), 'a QuizQuestion')
  t.equal(body.id, quiz.idAt('abc', 2))
  t.same(body.sequence, { seed: 'abc', position: 2, next: '/questions?seed=abc&position=3' })
  t.notOk(JSON.stringify(body).includes('"answer":"'.concat(quiz.question(body.id).answer)), 'the answer is not in the question')
  t.equal((await app.inject({ url: '/questions?seed=abc&position=2', headers: { 'if-none-match': String(res.headers.etag) } })).statusCode, 304)
  t.equal((await app.inject(`/questions?seed=abc&position=${POSITION_MAX}`)).json().sequence.next, '/questions?seed=abc&position=0', 'the last position wraps')

  const fresh = await app.inject('/questions')
  t.equal(fresh.headers['cache-control'], 'no-store')
  t.match(fresh.json().sequence, { seed: /^[A-Za-z0-9_-]{8}$/, position: 0 })
  for (const url of ['/questions?seed=a%20b', `/questions?seed=${'a'.repeat(33)}`, '/questions?seed=a&position=-1', `/questions?seed=a&position=${POSITION_MAX + 1}`, '/questions?seed=a&position=x', '/questions?n=1']) {
    const bad = await app.inject(url)
    t.equal(bad.statusCode, 400, url)
    t.equal(bad.headers['content-type'], 'application/problem+json; charset=utf-8')
  }
})

t.test('GET /questions/:id is the question, cacheable; answering it says whether it was right', async (t) => {
  const id = quiz.idAt('api', 0)
  const q = quiz.question(id)
  const res = await app.inject(`/questions/${id}`)
  t.equal(res.statusCode, 200)
  t.same(res.json(), { id, kind: q.kind, prompt: q.prompt, choices: q.choices, link: `/questions/${id}`, answer: `/questions/${id}/answer`, sequence: null })
  t.equal((await app.inject({ url: `/questions/${id}`, headers: { 'if-none-match': String(res.headers.etag) } })).statusCode, 304)
  for (const key of CHOICE_KEYS) {
    const answer = await app.inject(`/questions/${id}/answer?choice=${key}`)
    t.equal(answer.statusCode, 200)
    t.equal(answer.headers['cache-control'], 'public, max-age=3600', 'an answer depends only on its inputs')
    const body = answer.json()
    t.ok(Value.Check(QuizAnswerSchema, body))
    t.same(body, { id, choice: key, correct: key === q.answer, answer: q.choices.find((c) => c.key === q.answer), explanation: q.explanation, link: q.link })
  }
  const problem = async (url: string, status: number, code: string) => {
    const r = await app.inject({ url, headers: { accept: BROWSER } })
    t.equal(r.statusCode, status, url)
    t.equal(r.headers['content-type'], 'application/problem+json; charset=utf-8', `${url}: a problem, even for a browser`)
    t.ok(Value.Check(ProblemSchema, r.json()))
    t.equal(r.json().code, code)
  }
  await problem(`/questions/${id}/answer`, 400, 'ERR_VALIDATION')
  await problem(`/questions/${id}/answer?choice=E`, 400, 'ERR_VALIDATION')
  await problem(`/questions/${id}/answer?choice=a`, 400, 'ERR_VALIDATION')
  await problem('/questions/means.404.400.403.404', 404, 'ERR_UNKNOWN_QUESTION')
  await problem('/questions/means.404.400.403.404/answer?choice=A', 404, 'ERR_UNKNOWN_QUESTION')
  await problem('/questions/constructor', 400, 'ERR_VALIDATION')
  await problem(`/questions/${'A.'.repeat(49)}A`, 400, 'ERR_VALIDATION')
  // Longer than the router takes in a path parameter: nothing is there.
  await problem(`/questions/${'a.'.repeat(50)}a`, 404, 'ERR_NOT_FOUND')
  const post = await app.inject({ method: 'POST', url: `/questions/${id}` })
  t.equal(post.statusCode, 405)
  t.match(post.headers.allow, /GET/)
})
