// Writes openapi/openapi.json from the built app (npm run openapi builds first).
import { writeFileSync } from 'node:fs'
import { openApiText } from '../dist/openapi.js'

const target = new URL('../openapi/openapi.json', import.meta.url)
writeFileSync(target, await openApiText())
process.stdout.write(`wrote ${target.pathname}\n`)
