import type { CodeRecord } from '../schemas/code.js'
import type { Aspect, Comparison, ComparisonData, Curated } from '../schemas/compare.js'
import type { Catalog } from './catalog.js'

/** The canonical path of a comparison: codes ascending, comma-separated. */
export const comparisonLink = (codes: readonly number[]) => `/compare?codes=${[...codes].sort((a, b) => a - b).join(',')}`

export const curatedOf = (data: ComparisonData): Curated => ({ ...data, link: comparisonLink(data.codes) })

type Value = Aspect['values'][number]['value']

const fault = (r: CodeRecord): string => (r.code >= 500 && r.code < 600 ? 'server' : r.code >= 400 && r.code < 500 ? 'client' : 'nobody: not an error')

/** Every aspect compared, in the order the answer lists them. */
const ASPECTS: Array<{ aspect: string; label: string; of: (r: CodeRecord) => Value }> = [
  { aspect: 'class', label: 'Class', of: (r) => r.class },
  { aspect: 'meaning', label: 'What it means', of: (r) => r.summary },
  { aspect: 'fault', label: 'Whose side must act', of: fault },
  { aspect: 'standing', label: 'Standing', of: (r) => (r.vendor === null ? `${r.status} (IANA)` : `${r.status} (${r.vendor})`) },
  { aspect: 'cacheableByDefault', label: 'Cacheable by default', of: (r) => r.semantics.cacheableByDefault },
  { aspect: 'contentAllowed', label: 'Response may have content', of: (r) => r.semantics.contentAllowed },
  { aspect: 'redirect', label: 'Redirects', of: (r) => r.semantics.redirect !== null },
  { aspect: 'redirectMethod', label: 'Request method on redirect', of: (r) => r.semantics.redirect?.method ?? null },
  { aspect: 'retry', label: 'Retry advice', of: (r) => r.semantics.retry },
  { aspect: 'requiredHeaders', label: 'Required response headers', of: (r) => [...r.semantics.requiredHeaders] }
]

const same = (a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b)

/** Builds the generic verdict from the differences when we have no curated comparison. */
function verdictOf(records: readonly CodeRecord[], differences: Aspect[]): string {
  const names = records.map((r) => `${r.code} ${r.name}`)
  const list = (items: string[]) => (items.length <= 2 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`)
  const labels = differences.filter((d) => d.aspect !== 'meaning').map((d) => d.label.toLowerCase())
  const first = labels.length === 0 ? `${list(names)} differ only in meaning.` : `${list(names)} differ in ${list(labels)}.`
  const faults = differences.find((d) => d.aspect === 'fault')
  if (faults !== undefined) {
    const who = faults.values.map((v) => `${v.code} puts it on ${v.value === 'nobody: not an error' ? 'nobody' : `the ${v.value}`}`)
    return `${first} The deciding question is whose side must act: ${list(who)}.`
  }
  return `${first} ${records.map((r) => `${r.code}: ${r.summary}`).join(' ')}`
}

/** Compares records aspect by aspect; the records must be distinct and ascending. */
export function compareRecords(catalog: Catalog, records: readonly CodeRecord[]): Comparison {
  const codes = records.map((r) => r.code)
  const differences: Aspect[] = []
  const similarities: Aspect[] = []
  for (const { aspect, label, of } of ASPECTS) {
    const values = records.map((r) => ({ code: r.code, value: of(r) }))
    const target = values.every((v) => same(v.value, values[0]!.value)) ? similarities : differences
    target.push({ aspect, label, values })
  }
  const curated = catalog.curated(codes) ?? null
  const seeAlso =
    curated === null
      ? catalog.comparisons.filter((c) => c.codes.every((code) => codes.includes(code))).map(({ codes, title, link }) => ({ codes, title, link }))
      : []
  return {
    codes: records.map((r) => catalog.summaries[catalog.records.indexOf(r)]!),
    differences,
    similarities,
    verdict: curated?.keyDifference ?? verdictOf(records, differences),
    curated,
    seeAlso,
    link: comparisonLink(codes)
  }
}
