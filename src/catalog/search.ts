import type { Catalog } from './catalog.js'
import type { CodeSummary } from '../schemas/code.js'

export interface CodeFilter {
  class?: string
  category?: string
  status?: string
  /** A vendor id, or "iana" for registered meanings. */
  vendor?: string
  /** Case-insensitive text matched against code, name, former and other names, and summary. */
  q?: string
}

/** The summaries of the records that pass every given filter, in catalog order. */
export function searchCodes(catalog: Catalog, filter: CodeFilter): CodeSummary[] {
  const q = filter.q?.trim().toLowerCase()
  return catalog.records.flatMap((r, i) => {
    if (filter.class !== undefined && r.class !== filter.class) return []
    if (filter.category !== undefined && !r.categories.includes(filter.category)) return []
    if (filter.status !== undefined && r.status !== filter.status) return []
    if (filter.vendor !== undefined && (r.vendor ?? 'iana') !== filter.vendor) return []
    if (q !== undefined && q !== '') {
      const haystack = [String(r.code), r.name, ...r.formerNames, ...r.otherNames, r.summary]
      if (!haystack.some((s) => s.toLowerCase().includes(q))) return []
    }
    return [catalog.summaries[i]!]
  })
}
