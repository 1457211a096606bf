// The voice of the catalog (issue 18): short friendly `meaning`s, plain `explanation`s with varied
// openings, and no sentence written twice across records. Limits are characters, counted as JavaScript
// string length.
import t from 'tap'
import type { CodeRecord } from '../src/schemas/code.js'
import { catalog } from './helper.js'

const records = catalog().records
const where = (r: CodeRecord) => `${r.code} (${r.vendor ?? 'iana'})`

const MEANING_MAX = 200
const EXPLANATION_MAX = 450
/** The stock openings the old explanations leaned on; a few may stay, not more. */
const STOCK_OPENINGS = /^(think of|picture|imagine)\b/i
const STOCK_OPENINGS_MAX = 2

/** Every piece of prose a record holds, for the repeated-sentence check. */
function prose(r: CodeRecord): string[] {
  return [
    r.summary,
    r.meaning,
    r.definition,
    r.explanation,
    ...r.commonCauses,
    r.misinterpretation.mistake,
    r.misinterpretation.correction,
    r.example.description,
    ...r.faq.flatMap((f) => [f.question, f.answer]),
    ...r.related.map((x) => x.reason)
  ]
}

/**
 * Sentences of 8 or more words, normalised for comparison (case, white space, closing punctuation).
 * A colon or semicolon before a capital also ends one, so a repeated clause is caught inside a longer sentence.
 */
function longSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:;])\s+(?=["'(]?[A-Z0-9])/)
    .map((s) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[.!?]+$/, '').trim())
    .filter((s) => s.split(' ').length >= 8)
}

const firstWords = (s: string, n: number) => s.toLowerCase().replace(/[^a-z0-9' ]/g, ' ').split(/\s+/).filter(Boolean).slice(0, n).join(' ')

t.test('every meaning is one or two sentences of at most 200 characters', async (t) => {
  for (const r of records) {
    t.ok(r.meaning.length <= MEANING_MAX, `${where(r)}: meaning is ${r.meaning.length} characters`)
    const sentences = r.meaning.split(/(?<=[.!?])\s+/)
    t.ok(sentences.length <= 2 || (sentences.length === 3 && sentences[0]!.split(' ').length < 8), `${where(r)}: meaning is at most two sentences (a short exclamation may lead)`)
    t.notMatch(r.meaning, /\b(documentation|we found|not documented|sources?)\b/i, `${where(r)}: no sourcing caveat in meaning`)
  }
})

t.test('every explanation is at most 450 characters', async (t) => {
  for (const r of records) t.ok(r.explanation.length <= EXPLANATION_MAX, `${where(r)}: explanation is ${r.explanation.length} characters`)
})

t.test('meanings and explanations open differently', async (t) => {
  for (const field of ['meaning', 'explanation'] as const) {
    const seen = new Map<string, string>()
    for (const r of records) {
      const opening = firstWords(r[field], 3)
      t.notOk(seen.has(opening), `${where(r)}: ${field} opens "${opening}" like ${seen.get(opening)}`)
      seen.set(opening, where(r))
    }
  }
  const stock = records.filter((r) => STOCK_OPENINGS.test(r.explanation)).map(where)
  t.ok(stock.length <= STOCK_OPENINGS_MAX, `at most ${STOCK_OPENINGS_MAX} explanations open with "Think of", "Picture" or "Imagine": ${stock.join(', ')}`)
})

t.test('no sentence of eight or more words is written in two records', async (t) => {
  const seen = new Map<string, string>()
  const repeats: string[] = []
  for (const r of records) {
    for (const sentence of new Set(prose(r).flatMap(longSentences))) {
      const other = seen.get(sentence)
      if (other !== undefined && other !== where(r)) repeats.push(`${where(r)} and ${other}: "${sentence}"`)
      else seen.set(sentence, where(r))
    }
  }
  t.same(repeats, [], 'no repeated sentences')
})

t.test('the sentence splitter finds what the checks rely on', async (t) => {
  t.same(longSentences('Short one. This sentence has exactly eight words in it. Done!'), ['this sentence has exactly eight words in it'])
  t.same(longSentences('A 409 is a clash with the state of the resource on the server.'), ['a 409 is a clash with the state of the resource on the server'])
})
