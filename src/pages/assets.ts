import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { PUBLIC_DIR } from '../paths.js'
import { join } from 'node:path'

export interface Asset {
  /** The content-hashed path it is served at, e.g. /static/site.3f2a9c1b0d.css. */
  path: string
  type: string
  text: string
}

/** Every static file, by role. The names are allowlisted here: nothing a caller sends picks a file. */
const FILES = {
  css: { file: 'site.css', type: 'text/css; charset=utf-8' },
  js: { file: 'site.js', type: 'text/javascript; charset=utf-8' },
  icon: { file: 'icon.svg', type: 'image/svg+xml' }
} as const

export type Assets = Record<keyof typeof FILES, Asset>

/** Reads public/ once, at boot, and names each file by a hash of its content, so it can be cached for good. */
export function loadAssets(dir: string = PUBLIC_DIR): Assets {
  const entries = Object.entries(FILES).map(([role, { file, type }]) => {
    const text = readFileSync(join(dir, file), 'utf8')
    const hash = createHash('sha256').update(text).digest('hex').slice(0, 10)
    const dot = file.lastIndexOf('.')
    return [role, { path: `/static/${file.slice(0, dot)}.${hash}${file.slice(dot)}`, type, text }]
  })
  return Object.fromEntries(entries) as Assets
}
