import type { Catalog } from '../catalog/catalog.js'
import type { CodeRecord } from '../schemas/code.js'
import { renderPage, type Site } from './layout.js'
import { standingTag } from './components/code-list.js'
import { CHEAT_SHEET_CSV_PATH, CHEAT_SHEET_MD_PATH, CHEAT_SHEET_PATH, categoryPath, recordPath } from './urls.js'

/**
 * The cheat sheet: every meaning in the catalog once, one line each, grouped by class, as a page
 * (which prints on two sheets, public/site.css) and as Markdown and CSV downloads. The three are made
 * from the same groups, so they list the same codes in the same order.
 */

export interface CheatLine {
  record: CodeRecord
  /** The page of this meaning, e.g. /409 or /499/esri. */
  path: string
  /** Vendor name, or deprecated / unused / obsolete / temporary; null for a plain registered code. */
  tag: string | null
}

export interface CheatGroup {
  /** "2xx Success"; numbers outside 100-599 are grouped as "Beyond 5xx". */
  name: string
  /** The class page, null for the numbers outside the classes. */
  path: string | null
  lines: CheatLine[]
}

export function cheatGroups(catalog: Catalog): CheatGroup[] {
  const classes = catalog.categories.filter((c) => c.kind === 'class')
  const groups: CheatGroup[] = classes.map((c) => ({ name: c.name, path: categoryPath(c), lines: [] }))
  const beyond: CheatGroup = { name: 'Beyond 5xx', path: null, lines: [] }
  for (const record of catalog.records) {
    const at = record.class === null ? -1 : classes.findIndex((c) => categoryPath(c) === `/${record.class}`)
    const line = { record, path: recordPath(catalog, record), tag: standingTag(record, catalog) }
    ;(at === -1 ? beyond : groups[at]!).lines.push(line)
  }
  return [...groups, beyond].filter((g) => g.lines.length > 0)
}

function CheatSheet({ site, groups }: { site: Site; groups: CheatGroup[] }) {
  const count = groups.reduce((n, g) => n + g.lines.length, 0)
  return (
    <>
      <h1>HTTP status codes cheat sheet</h1>
      <p class="lead no-print">
        All {count} codes we know, one line each, by class. Vendor codes and codes not to be sent are marked. It prints on two pages.
      </p>
      <p class="no-print">
        Download it as <a href={CHEAT_SHEET_MD_PATH}>Markdown</a> or <a href={CHEAT_SHEET_CSV_PATH}>CSV</a>; programs can read{' '}
        <a href="/codes">every code as JSON</a>.
      </p>
      <div class="cheat-sheet wide">
        {groups.map((g) => (
          <section aria-labelledby={`group-${g.path?.slice(1) ?? 'beyond'}`}>
            <h2 id={`group-${g.path?.slice(1) ?? 'beyond'}`}>{g.path === null ? g.name : <a href={g.path}>{g.name}</a>}</h2>
            <ul>
              {g.lines.map(({ record, path, tag }) => (
                <li>
                  <a href={path}>
                    <b>{record.code}</b> {record.name}
                  </a>
                  {tag === null ? null : <span class="tag">{tag}</span>} <span class="summary">{record.summary}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
      <p class="print-only">{`${site.origin}${CHEAT_SHEET_PATH}`}</p>
    </>
  )
}

export function renderCheatSheet(site: Site): string {
  return renderPage(
    site,
    {
      title: 'HTTP status codes cheat sheet',
      description: 'Every HTTP status code on one page: number, name and a one-line summary, by class, with vendor codes marked. Prints on two pages.',
      path: CHEAT_SHEET_PATH,
      json: '/codes',
      crumbs: [{ name: 'Home', path: '/' }, { name: 'Cheat sheet' }]
    },
    <CheatSheet site={site} groups={cheatGroups(site.catalog)} />
  )
}

/** Markdown text: backslash-escapes the characters that could start markup inside a line. */
const mdEscape = (s: string) => s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`)

/** The cheat sheet as CommonMark, links absolute so the file works away from the site. */
export function cheatSheetMarkdown(catalog: Catalog, origin: string): string {
  const out = ['# HTTP status codes cheat sheet', '', `Every status code in the SiteError catalog, one line each, by class. From ${origin}${CHEAT_SHEET_PATH}.`]
  for (const g of cheatGroups(catalog)) {
    out.push('', `## ${mdEscape(g.name)}`, '')
    for (const { record, path, tag } of g.lines) {
      const marked = tag === null ? '' : ` *(${mdEscape(tag)})*`
      out.push(`- [${record.code} ${mdEscape(record.name)}](${origin}${path})${marked}: ${mdEscape(record.summary)}`)
    }
  }
  return `${out.join('\n')}\n`
}

/** One CSV field (RFC 4180 Section 2): quoted when it holds a quote, comma or line break, quotes doubled. */
export const csvField = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

export const CSV_COLUMNS = ['code', 'name', 'class', 'vendor', 'status', 'summary', 'url'] as const

/** The cheat sheet as CSV: a header line, then one record per meaning, CRLF line ends (RFC 4180). */
export function cheatSheetCsv(catalog: Catalog, origin: string): string {
  const rows = cheatGroups(catalog).flatMap((g) =>
    g.lines.map(({ record, path }) => [String(record.code), record.name, record.class ?? '', record.vendor ?? '', record.status, record.summary, origin + path])
  )
  return [[...CSV_COLUMNS], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
}
