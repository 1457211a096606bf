import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

// The project's own files, found from this module's place, one folder under the root: src/paths.ts, its
// compiled dist/paths.js, and the bundled dist/server.js (scripts/bundle.js), which holds this module and
// sits at the same depth. A path made from import.meta.url in a deeper module would be wrong in the bundle.

/** data/: the catalog. */
export const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url))

/** public/: the stylesheet, the copy-button script and the icon, as written by hand. */
export const PUBLIC_DIR = fileURLToPath(new URL('../public', import.meta.url))

/** The version in package.json. */
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version
