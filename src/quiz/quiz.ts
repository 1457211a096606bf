import { createHash } from 'node:crypto'
import type { Catalog } from '../catalog/catalog.js'
import { comparisonLink } from '../catalog/compare.js'
import type { CodeRecord } from '../schemas/code.js'
import type { Curated } from '../schemas/compare.js'
import { ProblemError, invalid } from '../errors.js'

/**
 * The status-code quiz: questions generated from the catalog, each named by an id that holds everything
 * needed to make it again (kind, subject, distractors), so any replica answers any question and the
 * server keeps no state. A seed and a position name a question in a reproducible sequence.
 *
 * Id grammar (one canonical id per question; parseId refuses every other spelling):
 *
 *   means.<record>.<d1>.<d2>.<d3>        Which code means "<summary>"?       choices: numbers
 *   number.<record>.<d1>.<d2>.<d3>       What does NNN mean?                 choices: names
 *   scenario.<scene>.<d1>.<d2>.<d3>      Which code fits this scenario?      choices: numbers
 *   difference.<a>-<b>.<c>              What is the difference between a and b?  choices: summary pairs
 *
 *   <record>  404, or 499@esri for a meaning that is not its number's first (@iana for IANA's)
 *   <scene>   <record>~c<i> (the record's common cause i) or <a>-<b>[-<c>[-<d>]]~w<i> (the curated
 *             comparison's "when to use" entry i)
 *   distractors ascending by number; the order choices are shown in comes from a hash of the id.
 *
 * Every distractor is checked by the same rule whether the generator chose it or an id names it, and
 * the rules make sure no distractor is a second right answer (test/quiz.test.ts proves it over every
 * subject of every kind).
 */

export const QUIZ_KINDS = ['means', 'number', 'scenario', 'difference'] as const
export type QuizKind = (typeof QUIZ_KINDS)[number]
export const CHOICE_KEYS = ['A', 'B', 'C', 'D'] as const
export type ChoiceKey = (typeof CHOICE_KEYS)[number]

/** The longest id the grammar makes is about 40 characters; the router takes path parameters up to 100. */
export const QUESTION_ID_MAX_LENGTH = 100
/** The characters an id may hold: the grammar's, and nothing a path, header or page could misread. */
export const QUESTION_ID_PATTERN = '^[a-z]+\\.[a-z0-9@~.-]+$'
/** Seeds are short words of URL-safe characters. */
export const SEED_PATTERN = '^[A-Za-z0-9_-]{1,32}$'
/** Positions in a seeded sequence run from 0 to this. */
export const POSITION_MAX = 9999

export interface Choice {
  key: ChoiceKey
  text: string
}

/** A question with its answer: the API shows the question part, the answer part only once a choice is made. */
export interface Question {
  id: string
  kind: QuizKind
  prompt: string
  choices: Choice[]
  /** The right choice's key. */
  answer: ChoiceKey
  /** Why that is the answer, in a sentence or two. */
  explanation: string
  /** The API resource that explains the answer (a code, or a comparison). */
  link: string
  /** What `link` is, in words: "404 Not Found", "401 vs 403". */
  linkText: string
  /** The code numbers the answer is about, for pages that link to them. */
  codes: number[]
  /** With one code: the vendor of its meaning (null for IANA's). */
  vendor: string | null
}

const NUMBER_IN_TEXT = /\b[1-5][0-9]{2}\b/
const ID = new RegExp(QUESTION_ID_PATTERN)
const norm = (s: string) => s.trim().toLowerCase()

/** A deterministic generator of numbers in [0, 1) from a text, for seeds and shuffles. */
function randomFrom(text: string): () => number {
  const digest = createHash('sha256').update(text).digest()
  let state = digest.readUInt32LE(0)
  // mulberry32: small, fast, and good enough to pick questions.
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let x = state
    x = Math.imul(x ^ (x >>> 15), x | 1)
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61)
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items]
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

/** A scenario: a text that one code fits, with the codes the text was written to tell it from. */
interface Scene {
  ref: string
  record: CodeRecord
  text: string
  /** For a curated comparison's "when to use": the other codes of the comparison, fair distractors. */
  partners: number[]
  comparison: Curated | null
}

/** A pair of codes from a curated comparison, for "what is the difference" questions. */
interface Pair {
  ref: string
  a: CodeRecord
  b: CodeRecord
  comparison: Curated
}

/**
 * The quiz over one catalog: its subjects indexed at construction, questions made on demand.
 * Construct once (at boot); every method is pure.
 */
export class Quiz {
  /** The records questions of the kinds means and number ask about, by their ref. */
  private readonly records = new Map<string, CodeRecord>()
  private readonly scenes = new Map<string, Scene>()
  private readonly pairs = new Map<string, Pair>()
  /** Codes the data itself calls close to a code (related, use instead, compared with), both ways. */
  private readonly close = new Map<number, Set<number>>()
  private readonly numbers: number[]

  constructor(private readonly catalog: Catalog) {
    for (const record of catalog.records) this.records.set(this.refOf(record), record)
    this.numbers = [...new Set(catalog.records.map((r) => r.code))]
    const link = (a: number, b: number) => {
      if (a === b) return
      for (const [x, y] of [[a, b], [b, a]] as const) {
        let set = this.close.get(x)
        if (set === undefined) this.close.set(x, (set = new Set()))
        set.add(y)
      }
    }
    for (const record of catalog.records) {
      for (const r of record.related) link(record.code, r.code)
      for (const c of record.misinterpretation.useInstead) link(record.code, c)
      if (record.semantics.sentAs !== null) link(record.code, record.semantics.sentAs)
    }
    for (const comparison of catalog.comparisons) {
      for (const a of comparison.codes) for (const b of comparison.codes) link(a, b)
    }
    for (const record of catalog.records) {
      record.commonCauses.forEach((text, i) => {
        // A scenario that names a status number gives the answer away or muddles the choices.
        if (!NUMBER_IN_TEXT.test(text)) this.scenes.set(`${this.refOf(record)}~c${i}`, { ref: `${this.refOf(record)}~c${i}`, record, text, partners: [], comparison: null })
      })
    }
    for (const comparison of catalog.comparisons) {
      comparison.whenToUse.forEach((w, i) => {
        const ref = `${comparison.codes.join('-')}~w${i}`
        if (!NUMBER_IN_TEXT.test(w.when)) {
          this.scenes.set(ref, { ref, record: catalog.find(w.code)!, text: w.when, partners: comparison.codes.filter((c) => c !== w.code), comparison })
        }
      })
      for (const [i, a] of comparison.codes.entries()) {
        for (const b of comparison.codes.slice(i + 1)) {
          const ref = `${a}-${b}`
          if (!this.pairs.has(ref)) this.pairs.set(ref, { ref, a: catalog.find(a)!, b: catalog.find(b)!, comparison })
        }
      }
    }
  }

  /** How a record is named in ids: its number for its number's first meaning, number@vendor for the others. */
  refOf(record: CodeRecord): string {
    const first = this.catalog.meaningsOf(record.code)![0]!
    return first === record ? String(record.code) : `${record.code}@${record.vendor ?? 'iana'}`
  }

  /** Every subject of a kind, by ref: the test walks them all. */
  subjects(kind: QuizKind): string[] {
    return [...(kind === 'scenario' ? this.scenes : kind === 'difference' ? this.pairs : this.records).keys()]
  }

  /** Whether a code may stand beside the subject as a wrong choice; the one rule for generated and parsed ids. */
  private fits(kind: QuizKind, subject: string, code: number): boolean {
    if (kind === 'difference') {
      const pair = this.pairs.get(subject)!
      return code !== pair.a.code && code !== pair.b.code
    }
    if (kind === 'scenario') {
      const scene = this.scenes.get(subject)!
      if (code === scene.record.code) return false
      if (scene.partners.includes(code)) return true
      // A common cause was not written to tell its code from the close ones: they stay out.
      return !(this.close.get(scene.record.code)?.has(code) ?? false) && !this.sharesName(scene.record, code)
    }
    const record = this.records.get(subject)!
    return code !== record.code && !this.sharesName(record, code)
  }

  /** Whether any meaning of `code` goes by a name any meaning of the record's number goes by. */
  private sharesName(record: CodeRecord, code: number): boolean {
    const names = new Set(this.catalog.meaningsOf(record.code)!.flatMap((m) => [m.name, ...m.formerNames, ...m.otherNames].map(norm)))
    return this.catalog.meaningsOf(code)!.some((m) => [m.name, ...m.formerNames, ...m.otherNames].some((n) => names.has(norm(n))))
  }

  /** Candidate distractors, most plausible first: close codes, then the same class, then the rest, each tier shuffled. */
  private candidates(kind: QuizKind, subject: string, random: () => number): number[] {
    const focus = kind === 'difference' ? this.pairs.get(subject)!.a : kind === 'scenario' ? this.scenes.get(subject)!.record : this.records.get(subject)!
    const partners = kind === 'scenario' ? this.scenes.get(subject)!.partners : []
    const close = this.close.get(focus.code) ?? new Set<number>()
    const tier = (c: number) => (partners.includes(c) ? 0 : close.has(c) ? 1 : Math.floor(c / 100) === Math.floor(focus.code / 100) ? 2 : 3)
    const fitting = this.numbers.filter((c) => this.fits(kind, subject, c))
    return [0, 1, 2, 3].flatMap((t) => shuffle(fitting.filter((c) => tier(c) === t), random))
  }

  /** The question at a position of a seed's sequence: the same seed and position always give the same id. */
  idAt(seed: string, position: number): string {
    // The kinds take turns, from a place the seed chooses.
    const offset = Math.floor(randomFrom(seed)() * QUIZ_KINDS.length)
    const kind = QUIZ_KINDS[(offset + position) % QUIZ_KINDS.length]!
    const random = randomFrom(`${seed}:${position}`)
    const subjects = this.subjects(kind)
    const subject = subjects[Math.floor(random() * subjects.length)]!
    return this.idFor(kind, subject, random)
  }

  /** An id for a subject of a kind, with distractors drawn by `random`. */
  idFor(kind: QuizKind, subject: string, random: () => number): string {
    const count = kind === 'difference' ? 1 : CHOICE_KEYS.length - 1
    const distractors: number[] = []
    for (const c of this.candidates(kind, subject, random)) {
      if (distractors.length < count && distractors.every((d) => this.distinct(kind, d, c))) distractors.push(c)
    }
    return [kind, subject, ...distractors.sort((a, b) => a - b)].join('.')
  }

  /** Whether two wrong choices read differently: names are the choices of number questions, and two codes may share one. */
  private distinct(kind: QuizKind, a: number, b: number): boolean {
    return kind !== 'number' || norm(this.catalog.find(a)!.name) !== norm(this.catalog.find(b)!.name)
  }

  /** The question an id names; a malformed id is a 400 problem, one that names no question a 404. */
  question(id: string): Question {
    if (id.length > QUESTION_ID_MAX_LENGTH || !ID.test(id)) {
      throw invalid('path', '/id', `"${id.slice(0, 40)}" is not a question id: ids look like "means.404.400.403.410".`)
    }
    const [kind, subject, ...rest] = id.split('.')
    const missing = (why: string) => new ProblemError('ERR_UNKNOWN_QUESTION', `There is no question ${id}: ${why}`)
    if (!(QUIZ_KINDS as readonly string[]).includes(kind!)) throw missing(`the kinds are ${QUIZ_KINDS.join(', ')}.`)
    const k = kind as QuizKind
    const known = k === 'scenario' ? this.scenes.has(subject!) : k === 'difference' ? this.pairs.has(subject!) : this.records.has(subject!)
    if (!known) throw missing(`"${subject}" is not a subject of ${k} questions.`)
    const count = k === 'difference' ? 1 : CHOICE_KEYS.length - 1
    if (rest.length !== count) throw missing(`a ${k} question has ${count} wrong ${count === 1 ? 'choice' : 'choices'}.`)
    const distractors = rest.map((d) => (/^[1-9][0-9]{2}$/.test(d) ? Number(d) : NaN))
    for (const [i, d] of distractors.entries()) {
      if (Number.isNaN(d) || this.catalog.meaningsOf(d) === undefined) throw missing(`"${rest[i]}" is not a code in the catalog.`)
      if (i > 0 && d <= distractors[i - 1]!) throw missing('the wrong choices must be distinct and ascending.')
      if (!this.fits(k, subject!, d)) throw missing(`${d} could be a right answer too, or is the answer.`)
      if (distractors.slice(0, i).some((e) => !this.distinct(k, e, d))) throw missing(`${d} reads the same as another choice.`)
    }
    return this.make(id, k, subject!, distractors)
  }

  private make(id: string, kind: QuizKind, subject: string, distractors: number[]): Question {
    const order = shuffle([0, 1, 2, 3], randomFrom(id))
    const primary = (code: number) => this.catalog.find(code)!
    if (kind === 'difference') {
      const { a, b, comparison } = this.pairs.get(subject)!
      const c = primary(distractors[0]!)
      const pair = (x: CodeRecord, y: CodeRecord) => `${a.code}: ${x.summary} ${b.code}: ${y.summary}`
      // The right pairing, the two swapped, and the third code in either's place.
      const texts = [pair(a, b), pair(b, a), pair(c, b), pair(b, c)]
      return this.finish(id, kind, `What is the difference between ${a.code} ${a.name} and ${b.code} ${b.name}?`, texts, order, {
        explanation: comparison.keyDifference,
        link: comparisonLink([a.code, b.code]),
        linkText: `${a.code} vs ${b.code}`,
        codes: [a.code, b.code],
        vendor: null
      })
    }
    const record = kind === 'scenario' ? this.scenes.get(subject)!.record : this.records.get(subject)!
    const about = { link: record.link, linkText: `${record.code} ${record.name}`, codes: [record.code], vendor: record.vendor }
    if (kind === 'number') {
      const vendor = record.vendor === null ? '' : ` (${this.catalog.vendors.find((v) => v.id === record.vendor)?.name ?? record.vendor})`
      const texts = [record.name, ...distractors.map((d) => primary(d).name)]
      return this.finish(id, kind, `What does ${record.code}${vendor} mean?`, texts, order, { explanation: `${record.code} ${record.name}: ${record.summary}`, ...about })
    }
    const texts = [record.code, ...distractors].map(String)
    if (kind === 'means') {
      return this.finish(id, kind, `Which status code means: “${record.summary}”`, texts, order, { explanation: `${record.code} ${record.name}: ${record.summary}`, ...about })
    }
    const scene = this.scenes.get(subject)!
    const explanation =
      scene.comparison === null ? `This is a common cause of ${record.code} ${record.name}: ${record.summary}` : `${scene.comparison.title}. ${scene.comparison.keyDifference}`
    return this.finish(id, kind, `Which status code fits this scenario? ${scene.text}`, texts, order, { explanation, ...about })
  }

  /** Places the texts (the right one first) in the shuffled order and names the right key. */
  private finish(
    id: string,
    kind: QuizKind,
    prompt: string,
    texts: string[],
    order: number[],
    rest: Pick<Question, 'explanation' | 'link' | 'linkText' | 'codes' | 'vendor'>
  ): Question {
    const choices = order.map((from, i) => ({ key: CHOICE_KEYS[i]!, text: texts[from]! }))
    return { id, kind, prompt, choices, answer: CHOICE_KEYS[order.indexOf(0)]!, ...rest }
  }
}
