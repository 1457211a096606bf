import { CLASS_CATEGORY, type Catalog } from '../catalog/catalog.js'
import type { CategorySummary } from '../schemas/category.js'
import type { CodeRecord } from '../schemas/code.js'

/**
 * The site's URL scheme, in one place. Pages sit at short paths beside the API's, never on them:
 *
 *   /                      home (negotiated: programs get the API index)
 *   /409                   a code, in its most common meaning
 *   /499/esri              another meaning of a shared number (/451/iana when IANA's is not the first)
 *   /4xx                   a class
 *   /vendor/nginx          a vendor group
 *   /401-vs-403            a comparison of 2-4 codes, ascending (curated or not)
 *   /vs                    the compare form, which redirects to the comparison's page
 *   /search?q=payload      search results
 *   /quiz, /quiz/question?seed=&n=&right=, /quiz/answer?...&choice=   the quiz (the API's is /questions)
 *   /cheat-sheet, /cheat-sheet.md, /cheat-sheet.csv                    the cheat sheet and its downloads
 *   /url-checker           the URL checker (?url= or ?urls= for results)
 *   /playground            the API playground: compose an /echo request
 *   /sitemap.xml, /robots.txt, /static/<name>.<hash>.<ext>
 *
 * Every page path starts with a digit or with one of PAGE_SEGMENTS, none of which is a first segment
 * of the API (API_SEGMENTS), so no page can shadow an API route whatever the data holds:
 * test/pages.test.ts checks both lists against the routes the app registers.
 */
export const API_SEGMENTS: ReadonlySet<string> = new Set(['codes', 'categories', 'compare', 'questions', 'echo', 'check', 'health', 'ready', 'metrics', 'docs', 'openapi.json'])
export const PAGE_SEGMENTS: ReadonlySet<string> = new Set([
  'vendor',
  'vs',
  'search',
  'quiz',
  'cheat-sheet',
  'cheat-sheet.md',
  'cheat-sheet.csv',
  'url-checker',
  'playground',
  'static',
  'sitemap.xml',
  'robots.txt'
])

/** Whether a path is the API's: a browser asking for an unknown one still gets a problem, not a page. */
export function isApiPath(path: string): boolean {
  const first = path.split('/')[1] ?? ''
  return API_SEGMENTS.has(first.split('?')[0]!)
}

/** The page of one meaning: the number alone for its first meaning, the number and vendor for the rest. */
export function codePath(catalog: Catalog, code: number, vendor: string | null): string {
  const first = catalog.meaningsOf(code)?.[0]
  return first === undefined || first.vendor === vendor ? `/${code}` : `/${code}/${vendor ?? 'iana'}`
}

export const recordPath = (catalog: Catalog, record: Pick<CodeRecord, 'code' | 'vendor'>) => codePath(catalog, record.code, record.vendor)

const CLASS_OF = new Map(Object.entries(CLASS_CATEGORY).map(([digit, id]) => [id, `${digit}xx`]))

/** Class categories by their class ("/4xx"), vendor groups under /vendor/. */
export function categoryPath(category: Pick<CategorySummary, 'id' | 'kind'>): string {
  const cls = CLASS_OF.get(category.id)
  return category.kind === 'class' && cls !== undefined ? `/${cls}` : `/vendor/${category.id}`
}

export const comparePath = (codes: readonly number[]) => `/${[...codes].sort((a, b) => a - b).join('-vs-')}`

/** The API resource a page shows, for rel=alternate and the "as JSON" links. */
export function apiCodePath(catalog: Catalog, code: number, vendor: string | null): string {
  const first = catalog.meaningsOf(code)?.[0]
  return first === undefined || first.vendor === vendor ? `/codes/${code}` : `/codes/${code}?vendor=${vendor ?? 'iana'}`
}

export const SEARCH_PATH = '/search'
export const COMPARE_FORM_PATH = '/vs'
export const QUIZ_PATH = '/quiz'
export const QUIZ_QUESTION_PATH = '/quiz/question'
export const QUIZ_ANSWER_PATH = '/quiz/answer'
export const CHEAT_SHEET_PATH = '/cheat-sheet'
export const CHEAT_SHEET_MD_PATH = '/cheat-sheet.md'
export const CHEAT_SHEET_CSV_PATH = '/cheat-sheet.csv'
/** Not /check-url: robots.txt keeps crawlers off /check, and a robots rule is a prefix. */
export const URL_CHECKER_PATH = '/url-checker'
export const PLAYGROUND_PATH = '/playground'
