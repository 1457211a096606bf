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
