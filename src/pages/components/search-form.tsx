import { SEARCH_PATH } from '../urls.js'

/** The search form: a GET to the results page, so it works without JavaScript. id keeps labels unique when a page has two. */
export function SearchForm({ id, value = '', big = false }: { id: string; value?: string; big?: boolean }) {
  return (
    <form class={big ? 'search big' : 'search'} role="search" aria-label={big ? 'Search status codes' : 'Site search'} action={SEARCH_PATH} method="get">
      <label for={id}>Search codes</label>
      <input type="search" id={id} name="q" value={value} maxLength={100} placeholder="409, payload, teapot" />
      <button type="submit">Search</button>
    </form>
  )
}
