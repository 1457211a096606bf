import type { CodeSummary } from '../schemas/code.js'
import { renderPage, type Site } from './layout.js'
import { SearchForm } from './components/search-form.js'
import { CodeList } from './components/code-list.js'
import { SEARCH_PATH } from './urls.js'

export interface SearchOutcome {
  /** The text searched for, trimmed; empty when nothing was asked. */
  q: string
  results: readonly CodeSummary[]
  /** Why the text cannot be searched for, shown by the field. */
  error?: string
}

function SearchPage({ site, outcome }: { site: Site; outcome: SearchOutcome }) {
  const { q, results, error } = outcome
  return (
    <>
      <h1>{q === '' || error !== undefined ? 'Search status codes' : `Codes matching “${q}”`}</h1>
      {error === undefined ? null : (
        <div class="error-summary" role="alert" aria-labelledby="error-title">
          <h2 id="error-title">There is a problem</h2>
          <p>
            <a href="#search-page">{error}</a>
          </p>
        </div>
      )}
      <SearchForm id="search-page" value={q} big />
      {q === '' || error !== undefined ? (
        <p>Search by number, name or words from the summary, such as “payload”, “timeout” or “teapot”.</p>
      ) : results.length === 0 ? (
        <p>No code matches “{q}”. Try fewer words, or browse the codes by class from the home page.</p>
      ) : (
        <>
          <p role="status">
            {results.length} {results.length === 1 ? 'code matches' : 'codes match'}.
          </p>
          <CodeList codes={results} catalog={site.catalog} />
        </>
      )}
    </>
  )
}

export function renderSearch(site: Site, outcome: SearchOutcome): string {
  const query = outcome.q === '' ? '' : `?q=${encodeURIComponent(outcome.q)}`
  return renderPage(
    site,
    {
      title: outcome.q === '' || outcome.error !== undefined ? 'Search status codes' : `Codes matching “${outcome.q}”`,
      description: 'Search every HTTP status code by number, name or words from its summary.',
      path: `${SEARCH_PATH}${query}`,
      json: `/codes${query}`,
      crumbs: [{ name: 'Home', path: '/' }, { name: 'Search' }]
    },
    <SearchPage site={site} outcome={outcome} />
  )
}
