// Writes openapi/openapi.json from the built app, and the TypeScript types of the typed client generated
// from it by openapi-typescript (npm run openapi builds first). test/openapi.test.ts and test/client.test.ts
// fail when either differs from what the code generates.
import { writeFileSync } from 'node:fs'
import { openApiText } from '../dist/openapi.js'
import { clientTypesText } from '../dist/client-types.js'

const document = new URL('../openapi/openapi.json', import.meta.url)
const text = await openApiText()
writeFileSync(document, text)
process.stdout.write(`wrote ${document.pathname}\n`)

const types = new URL('../clients/typescript/schema.d.ts', import.meta.url)
writeFileSync(types, await clientTypesText(JSON.parse(text)))
process.stdout.write(`wrote ${types.pathname}\n`)
