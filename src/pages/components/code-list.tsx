import type { Catalog } from '../../catalog/catalog.js'
import type { CodeSummary } from '../../schemas/code.js'
import { recordPath } from '../urls.js'

/** The words for a code's standing, where it is not a plain registered code. */
export function standingTag(code: Pick<CodeSummary, 'status' | 'vendor'>, catalog: Catalog): string | null {
  if (code.status === 'standard') return null
  if (code.status === 'unofficial') return catalog.vendors.find((v) => v.id === code.vendor)?.name ?? 'unofficial'
  return code.status
}

/** Codes with their one-line summaries, each linking to its page. */
export function CodeList({ codes, catalog }: { codes: readonly CodeSummary[]; catalog: Catalog }) {
  return (
    <ul class="codes">
      {codes.map((c) => {
        const tag = standingTag(c, catalog)
        return (
          <li>
            <a href={recordPath(catalog, c)}>
              {c.code} {c.name}
            </a>
            {tag === null ? null : <span class="tag">{tag}</span>}
            <p>{c.summary}</p>
          </li>
        )
      })}
    </ul>
  )
}
