import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import type { Test } from 'tap'
import { buildApp } from '../src/app.js'
import { defaultConfig, type Config } from '../src/config.js'
import { loadCatalog, type Catalog } from '../src/catalog/catalog.js'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const DATA_DIR = join(ROOT, 'data')
/** The primary sources beside the project (../shared/reference); SHARED_REFERENCE_DIR overrides. */
export const REFERENCE_DIR = process.env.SHARED_REFERENCE_DIR ?? join(ROOT, '..', 'shared', 'reference')

let shared: Catalog | undefined
/** The real catalog, loaded once per test file. */
export function catalog(): Catalog {
  shared ??= loadCatalog(DATA_DIR, { checkReferences: process.env.DATA_PARTIAL !== '1' })
  return shared
}

/** Builds an app on the real data, closed when the test ends. */
export async function build(t: Test, config: Partial<Config> = {}) {
  const app = await buildApp({ config: defaultConfig(config), catalog: catalog() })
  t.teardown(() => app.close())
  await app.ready()
  return app
}

/** One page of each kind the site has, by its path: the page tests, the crawl and the browser tests go through these. */
export const PAGE_KINDS: Readonly<Record<string, string>> = {
  home: '/',
  code: '/409',
  'other meaning': '/499/esri',
  class: '/4xx',
  vendor: '/vendor/nginx',
  'curated comparison': '/401-vs-403',
  'uncurated comparison': '/404-vs-418-vs-500',
  'compare form': '/vs',
  'url checker': '/url-checker',
  'url checker refusal': '/url-checker?url=http%3A%2F%2F169.254.169.254%2F',
  playground: '/playground',
  'playground request': '/playground?code=503&headers=Retry-After%3A%2030&body=%7B%22a%22%3A1%7D',
  search: '/search?q=payload',
  'empty search': '/search',
  quiz: '/quiz',
  'quiz question': '/quiz/question?seed=pages&n=3&right=2',
  'quiz answer': '/quiz/answer?seed=pages&n=3&right=2&choice=B',
  'cheat sheet': '/cheat-sheet',
  'not found': '/no-such-page'
}
/** The status of a page kind's page: 200, but for the 404 page and the URL checker's refusal of a private address (the API's 403). */
export const pageStatus = (kind: string): number => ({ 'not found': 404, 'url checker refusal': 403 })[kind] ?? 200
