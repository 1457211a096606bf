import { renderPage, type Site } from './layout.js'
import { SearchForm } from './components/search-form.js'
import { CodeList } from './components/code-list.js'
import { COMPARE_FORM_PATH, categoryPath, comparePath } from './urls.js'

/** The comparisons the home page features, by their codes; the rest are one click away on the compare page. */
export const FEATURED = [
  [401, 403],
  [301, 302],
  [404, 410],
  [500, 502]
] as const

function Home({ site }: { site: Site }) {
  const { catalog } = site
  const popular = catalog.popular.map((code) => catalog.summaries[catalog.records.indexOf(catalog.find(code)!)]!)
  const classes = catalog.categories.filter((c) => c.kind === 'class')
  const vendors = catalog.categories.filter((c) => c.kind === 'vendor')
  const featured = FEATURED.map((codes) => catalog.curated(codes)).filter((c) => c !== undefined)
  return (
    <>
      <h1>HTTP status codes, explained</h1>
      <p class="lead">
        SiteError is your friendly guide to HTTP status codes: what each of the {catalog.records.length} codes we know means, what the RFC
        says, why you are seeing it, and how to send it right.
      </p>
      <SearchForm id="home-search" big />

      <h2 id="popular">Popular codes</h2>
      <CodeList codes={popular} catalog={catalog} />

      <h2 id="classes">The five classes</h2>
      <ul class="grid">
        {classes.map((c) => (
          <li>
            <a href={categoryPath(c)}>{c.name}</a> ({c.count} codes)
          </li>
        ))}
      </ul>

      <h2 id="vendors">Vendor codes</h2>
      <ul class="grid">
        {vendors.map((c) => (
          <li>
            <a href={categoryPath(c)}>{c.name}</a> ({c.count} codes)
          </li>
        ))}
      </ul>

      <h2 id="compare">Codes people confuse</h2>
      <ul>
        {featured.map((c) => (
          <li>
            <a href={comparePath(c.codes)}>{c.title}</a>
          </li>
        ))}
        <li>
          <a href={COMPARE_FORM_PATH}>Compare any codes</a>
        </li>
      </ul>

      <h2 id="tools">Tools</h2>
      <ul>
        {site.tools.map((t) => (
          <li>
            <a href={t.path}>{t.name}</a>: {t.description}
          </li>
        ))}
      </ul>
    </>
  )
}

export function renderHome(site: Site): string {
  return renderPage(
    site,
    {
      title: 'SiteError: HTTP status codes explained',
      description: 'Every HTTP status code, standard and vendor, explained: meaning, the RFC text, common causes, examples and code snippets.',
      path: '/',
      json: '/codes',
      structured: [{ '@context': 'https://schema.org', '@type': 'WebSite', name: 'SiteError', url: `${site.origin}/`, potentialAction: { '@type': 'SearchAction', target: `${site.origin}/search?q={query}`, 'query-input': 'required name=query' } }]
    },
    <Home site={site} />
  )
}
