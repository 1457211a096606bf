import type { CodeData, CodeRecord, CodeSummary } from '../schemas/code.js'
import type { CategoryData, Category, VendorData } from '../schemas/category.js'
import { DataError, readData, type RawCatalog } from './load.js'
import { snippetsFor } from './snippets.js'
import { comparisonLink, curatedOf } from './compare.js'
import type { Curated } from '../schemas/compare.js'

export const CLASS_CATEGORY: Record<string, string> = {
  '1': 'informational',
  '2': 'success',
  '3': 'redirection',
  '4': 'client-error',
  '5': 'server-error'
}

/** What each class means, for numbers the catalog does not know (a 404 for 299 still says what 2xx is). */
export function classOf(code: number): CodeRecord['class'] {
  return code >= 100 && code <= 599 ? (`${Math.floor(code / 100)}xx` as CodeRecord['class']) : null
}

export interface Catalog {
  /** Every meaning of every code: by number ascending, the most common meaning of a number first. */
  readonly records: readonly CodeRecord[]
  readonly summaries: readonly CodeSummary[]
  readonly categories: readonly Category[]
  readonly vendors: readonly VendorData[]
  /** The curated comparisons, in data order. */
  readonly comparisons: readonly Curated[]
  /** The popular codes (data/popular.json), in their order. */
  readonly popular: readonly number[]
  /** The curated comparison of exactly these codes (any order), if we wrote one. */
  curated(codes: readonly number[]): Curated | undefined
  /** The meanings of one number, most common first; undefined when the catalog does not have it. */
  meaningsOf(code: number): readonly CodeRecord[] | undefined
  /** One meaning: the most common one when vendor is undefined; null selects the IANA meaning. */
  find(code: number, vendor?: string | null): CodeRecord | undefined
  category(id: string): Category | undefined
  classCategory(code: number): CategoryData | undefined
}

const linkOf = (meaning: CodeData, primary: boolean) =>
  primary || meaning.vendor === null ? `/codes/${meaning.code}` : `/codes/${meaning.code}?vendor=${meaning.vendor}`

const rawResponse = (meaning: CodeData, reason: string): string => {
  const { status, headers, body } = meaning.example
  const head = [`HTTP/1.1 ${status} ${reason}`, ...headers.map((h) => `${h.name}: ${h.value}`)].join('\r\n')
  return `${head}\r\n\r\n${body ?? ''}`
}

/** Freezes a value and every value it holds; a getter is left to freeze what it makes (see snippets below). */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const d of Object.values(Object.getOwnPropertyDescriptors(value))) if ('value' in d) deepFreeze(d.value)
  }
  return value
}

/** Checks what the schema cannot: cross-references between records, vendors and categories. */
function checkReferences(raw: RawCatalog): void {
  const categoryIds = new Set(raw.categories.map((c) => c.id))
  const vendorIds = new Set<string>()
  for (const v of raw.vendors) {
    if (vendorIds.has(v.id)) throw new DataError(`data/vendors.json: vendor "${v.id}" is listed twice`)
    if (!categoryIds.has(v.category)) throw new DataError(`data/vendors.json: vendor "${v.id}": category "${v.category}" does not exist`)
    vendorIds.add(v.id)
  }
  const numbers = new Set(raw.codes.map((c) => c.meanings[0]!.code))
  for (const { file, meanings } of raw.codes) {
    const seen = new Set<string | null>()
    meanings.forEach((m, i) => {
      const at = `${file}: /meanings/${i}`
      if (seen.has(m.vendor)) throw new DataError(`${at}/vendor: another meaning of ${m.code} has vendor ${String(m.vendor)}`)
      seen.add(m.vendor)
      if (m.vendor !== null && !vendorIds.has(m.vendor)) throw new DataError(`${at}/vendor: "${m.vendor}" is not in data/vendors.json`)
      if ((m.vendor === null) === (m.status === 'unofficial')) {
        throw new DataError(`${at}/status: "${m.status}" does not fit vendor ${String(m.vendor)}: only vendor codes are unofficial`)
      }
      if (m.vendor === null && classOf(m.code) === null) throw new DataError(`${at}/code: a registered code must be 100-599`)
      m.related.forEach((r, j) => {
        if (!numbers.has(r.code)) throw new DataError(`${at}/related/${j}/code: ${r.code} is not in the catalog`)
        if (r.code === m.code) throw new DataError(`${at}/related/${j}/code: a code is not related to itself`)
      })
      m.misinterpretation.useInstead.forEach((c, j) => {
        if (!numbers.has(c)) throw new DataError(`${at}/misinterpretation/useInstead/${j}: ${c} is not in the catalog`)
      })
    })
  }
  const sets = new Set<string>()
  raw.comparisons.forEach((c, i) => {
    const at = `data/comparisons.json: /${i}`
    const key = c.codes.join(',')
    c.codes.forEach((code, j) => {
      if (!numbers.has(code)) throw new DataError(`${at}/codes/${j}: ${code} is not in the catalog`)
      if (j > 0 && code <= c.codes[j - 1]!) throw new DataError(`${at}/codes: codes must be distinct and ascending`)
    })
    if (c.whenToUse.map((w) => w.code).join(',') !== key) throw new DataError(`${at}/whenToUse: must give one entry per code, in the order of codes`)
    if (sets.has(key)) throw new DataError(`${at}/codes: ${key} is compared twice`)
    sets.add(key)
  })
  raw.popular.forEach((code, i) => {
    if (!numbers.has(code)) throw new DataError(`data/popular.json: /${i}: ${code} is not in the catalog`)
  })
}

export interface BuildOptions {
  /** Check that related codes and vendors resolve (default true); off only while a partial data set is being written. */
  checkReferences?: boolean
}

/** Builds the immutable, indexed catalog from validated data. */
export function buildCatalog(raw: RawCatalog, options: BuildOptions = {}): Catalog {
  if (options.checkReferences !== false) checkReferences(raw)
  const vendorCategory = new Map(raw.vendors.map((v) => [v.id, v.category]))
  const ref = (m: CodeData, primary: boolean) => ({ code: m.code, vendor: m.vendor, name: m.name, link: linkOf(m, primary) })
  const groups = raw.codes.map((c) => c.meanings)
  const comparisons = raw.comparisons.map(curatedOf)
  const curatedByKey = new Map(comparisons.map((c) => [c.link, c]))
  const byNumber = new Map<number, CodeRecord[]>()
  const records: CodeRecord[] = []
  // The reason phrase an example's status line carries: the IANA name where there is one.
  const reasonPhrase = new Map(groups.map((ms) => [ms[0]!.code, (ms.find((m) => m.vendor === null) ?? ms[0]!).name]))

  groups.forEach((meanings, g) => {
    const before = groups[g - 1]?.[0]
    const after = groups[g + 1]?.[0]
    const built = meanings.map((m, i): CodeRecord => {
      let snippets: CodeRecord['snippets'] | undefined
      const cls = classOf(m.code)
      const categories = [
        ...(cls === null ? [] : [CLASS_CATEGORY[String(m.code)[0]!]!]),
        ...(m.vendor === null ? [] : [vendorCategory.get(m.vendor) ?? 'unofficial'])
      ]
      const wire = reasonPhrase.get(m.example.status) ?? m.name
      const record = {
        ...m,
        class: cls,
        categories,
        example: { ...m.example, raw: rawResponse(m, wire) },
        otherMeanings: meanings.filter((o) => o !== m).map((o) => ref(o, o === meanings[0])),
        previous: before === undefined ? null : ref(before, true),
        next: after === undefined ? null : ref(after, true)
      }
      // The snippets are made on first read (the record's JSON or its page), not at boot: they are 45% of the
      // catalog's JSON, and most records are never asked for in a process's life. The properties from here on are
      // defined one by one, in the order of the schema, so that JSON.stringify (and with it the ETag) is the same
      // as for plain properties: V8 moves a getter written in a literal with a spread after the literal's data
      // properties.
      return Object.defineProperties(record, {
        snippets: { enumerable: true, get: () => (snippets ??= deepFreeze(snippetsFor(m))) },
        comparisons: {
          enumerable: true,
          value: comparisons.filter((c) => c.codes.includes(m.code)).map((c) => ({ codes: c.codes, title: c.title, link: c.link }))
        },
        link: { enumerable: true, value: linkOf(m, i === 0) }
      }) as CodeRecord
    })
    byNumber.set(meanings[0]!.code, built)
    records.push(...built)
  })

  const summaries = records.map((r): CodeSummary => ({
    code: r.code,
    name: r.name,
    class: r.class,
    status: r.status,
    vendor: r.vendor,
    summary: r.summary,
    link: r.link
  }))
  const categories = raw.categories.map((c): Category => {
    const codes = summaries.filter((_summary, i) => records[i]!.categories.includes(c.id))
    return { ...c, count: codes.length, link: `/categories/${c.id}`, codes }
  })
  const categoryById = new Map(categories.map((c) => [c.id, c]))

  return deepFreeze({
    records,
    summaries,
    categories,
    vendors: raw.vendors,
    comparisons,
    popular: raw.popular,
    curated: (codes: readonly number[]) => curatedByKey.get(comparisonLink(codes)),
    meaningsOf: (code: number) => byNumber.get(code),
    find(code: number, vendor?: string | null) {
      const meanings = byNumber.get(code)
      return vendor === undefined ? meanings?.[0] : meanings?.find((m) => m.vendor === vendor)
    },
    category: (id: string) => categoryById.get(id),
    classCategory: (code: number) => {
      const cls = classOf(code)
      return cls === null ? undefined : categoryById.get(CLASS_CATEGORY[cls[0]!]!)
    }
  })
}

export function loadCatalog(dataDir: string, options?: BuildOptions): Catalog {
  return buildCatalog(readData(dataDir), options)
}

