import { renderPage, type Site } from './layout.js'
import { SearchForm } from './components/search-form.js'

function NotFound({ detail }: { detail: string }) {
  return (
    <>
      <h1>Page not found</h1>
      <p class="lead">{detail}</p>
      <p>Search for the code or the words you were after, or start from the home page.</p>
      <SearchForm id="not-found-search" big />
      <p>
        <a href="/">SiteError home</a>
      </p>
    </>
  )
}

/** The 404 page browsers get for unknown pages; detail says what was not found. */
export function renderNotFound(site: Site, detail: string): string {
  return renderPage(site, { title: 'Page not found', description: detail, path: '/404' }, <NotFound detail={detail} />)
}
