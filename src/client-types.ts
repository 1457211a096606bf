import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript'

/**
 * The TypeScript types of the typed client (clients/typescript/schema.d.ts), generated from the OpenAPI
 * document by openapi-typescript. Used by `npm run openapi` and the drift test only; the server never loads it.
 */
export async function clientTypesText(document: OpenAPI3): Promise<string> {
  const ast = await openapiTS(document)
  return `// Generated from openapi/openapi.json by openapi-typescript (npm run openapi). Do not edit.\n\n${astToString(ast)}`
}
