import type { ComponentChildren } from 'preact'
import { renderToString } from 'preact-render-to-string'
import type { Catalog } from '../catalog/catalog.js'
import type { Assets } from './assets.js'
import { SearchForm } from './components/search-form.js'
import { COMPARE_FORM_PATH } from './urls.js'
import type { Tool } from './tools.js'

/**
 * The shell of every page. Rendering is preact-render-to-string over TSX: it escapes every text and
 * attribute value by default at run time, so a record's text can never become markup, and the one
 * way to write raw HTML is the loudly named dangerouslySetInnerHTML (used once, in JsonLd, on JSON
 * whose "<" are escaped). @kitajs/html was the other candidate: faster, but it escapes only what
 * its TypeScript plugin proves unsafe, a check that lives outside the compiler; pages are rendered
 * once and kept, so render speed does not matter and escaping by default does.
 */

export interface Site {
  /** The absolute origin canonical links, Open Graph and the sitemap use (SITE_ORIGIN). */
  origin: string
  assets: Assets
  catalog: Catalog
  /** The tools, for the footer and the home page. */
  tools: readonly Tool[]
}

export interface Crumb {
  name: string
  /** Absent for the current page. */
  path?: string
}

export interface PageMeta {
  title: string
  description: string
  /** The page's own path, for the canonical link and og:url. */
  path: string
  /** The API resource with the same content, for rel=alternate. */
  json?: string
  crumbs?: Crumb[]
  /** schema.org objects, each written as a JSON-LD script. */
  structured?: object[]
  /** Keep search engines from indexing the page (answers to a form, such as check results). */
  noindex?: boolean
}

/** A JSON-LD block. JSON.stringify leaves "<" alone, so it is escaped to keep "</script>" out of the data. */
function JsonLd({ value }: { value: object }) {
  const json = JSON.stringify(value).replace(/</g, '\\u003c')
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />
}

export function breadcrumbList(site: Site, crumbs: Crumb[], path: string): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: site.origin + (c.path ?? path) }))
  }
}

function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav class="breadcrumb" aria-label="Breadcrumb">
      <ol>
        {crumbs.map((c) => (
          <li>{c.path === undefined ? <span aria-current="page">{c.name}</span> : <a href={c.path}>{c.name}</a>}</li>
        ))}
      </ol>
    </nav>
  )
}

/** Titles longer than this are cut short in search results (and html-validate's long-title rule). */
const TITLE_MAX = 70

/** The page title with the site's name after it, when that fits. */
export function fullTitle(title: string): string {
  if (title.includes('SiteError')) return title
  const full = `${title} | SiteError`
  return full.length <= TITLE_MAX ? full : title.length <= TITLE_MAX ? title : `${title.slice(0, TITLE_MAX - 1)}…`
}

function Layout({ site, meta, children }: { site: Site; meta: PageMeta; children: ComponentChildren }) {
  const url = site.origin + meta.path
  const title = fullTitle(meta.title)
  const structured = [...(meta.crumbs === undefined ? [] : [breadcrumbList(site, meta.crumbs, meta.path)]), ...(meta.structured ?? [])]
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={meta.description} />
        {meta.noindex === true ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={url} />
        {meta.json === undefined ? null : <link rel="alternate" type="application/json" href={meta.json} />}
        <meta property="og:type" content="website" />
        <meta property="og:site_name" content="SiteError" />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:url" content={url} />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" type="image/svg+xml" href={site.assets.icon.path} />
        <link rel="stylesheet" href={site.assets.css.path} />
        <script src={site.assets.js.path} defer />
        {structured.map((value) => (
          <JsonLd value={value} />
        ))}
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to main content
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href="/">
              SiteError
            </a>
            <nav class="site-nav" aria-label="Main">
              <ul>
                <li>
                  <a href="/4xx">Codes by class</a>
                </li>
                <li>
                  <a href={COMPARE_FORM_PATH}>Compare codes</a>
                </li>
                <li>
                  <a href="/docs">API docs</a>
                </li>
              </ul>
            </nav>
            <SearchForm id="site-search" />
          </div>
        </header>
        <div class="wrap">
          {meta.crumbs === undefined ? null : <Breadcrumb crumbs={meta.crumbs} />}
          <main id="main">{children}</main>
        </div>
        <footer class="site-footer">
          <div class="wrap">
            <nav aria-labelledby="footer-tools">
              <h2 id="footer-tools">Tools</h2>
              <ul>
                {site.tools.map((tool) => (
                  <li>
                    <a href={tool.path}>{tool.name}</a>
                  </li>
                ))}
              </ul>
            </nav>
            <nav aria-labelledby="footer-more">
              <h2 id="footer-more">For programs</h2>
              <ul>
                <li>
                  <a href="/docs">API documentation (Swagger UI)</a>
                </li>
                <li>
                  <a href="/openapi.json">OpenAPI document</a>
                </li>
                <li>
                  <a href="/codes">Every code as JSON</a>
                </li>
                <li>
                  <a href="/sitemap.xml">Sitemap</a>
                </li>
              </ul>
            </nav>
            <p>SiteError: your friendly guide to HTTP status codes. Definitions quote the RFCs; everything else is written by us.</p>
          </div>
        </footer>
      </body>
    </html>
  )
}

/** Renders a whole page to its text: the doctype, then the document. */
export function renderPage(site: Site, meta: PageMeta, body: ComponentChildren): string {
  return `<!DOCTYPE html>${renderToString(
    <Layout site={site} meta={meta}>
      {body}
    </Layout>
  )}`
}
