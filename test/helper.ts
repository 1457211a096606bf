import { fileURLToPath } from 'node:url'
import { join } from 'node:path'

export const ROOT = fileURLToPath(new URL('..', import.meta.url))
export const DATA_DIR = join(ROOT, 'data')
/** The primary sources beside the project (../shared/reference); SHARED_REFERENCE_DIR overrides. */
export const REFERENCE_DIR = process.env.SHARED_REFERENCE_DIR ?? join(ROOT, '..', 'shared', 'reference')
