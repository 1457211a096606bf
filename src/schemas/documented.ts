import type { TSchema } from '@sinclair/typebox'

/**
 * Parameters travel as text, and the server checks that text strictly (plain digits, no "+1", "1e2" or
 * "0409"), so their schemas are strings. Clients should still pass numbers and booleans: the OpenAPI
 * document shows such a parameter with the type it stands for, which `documentedAs` records beside the
 * string schema (under a symbol, which ajv does not see) and the docs plugin puts in its place.
 */
export const DOCUMENTED_AS = Symbol('documentedAs')

export interface DocumentedType {
  type: 'integer' | 'boolean' | 'string'
  enum?: readonly string[]
  minimum?: number
  maximum?: number
  examples?: unknown[]
}

export function documentedAs<T extends TSchema>(schema: T, documented: DocumentedType): T {
  return Object.assign(schema, { [DOCUMENTED_AS]: documented })
}

/** The schema as the document shows it: the documented type, with the description of the wire schema. */
export function documentedSchema(schema: Record<string | symbol, unknown>): Record<string, unknown> | undefined {
  const documented = schema[DOCUMENTED_AS] as DocumentedType | undefined
  if (documented === undefined) return undefined
  return { ...documented, description: schema.description }
}

/** A route schema with every params and querystring property shown as its documented type. */
export function withDocumentedTypes(routeSchema: Record<string, any>): Record<string, any> {
  const out = { ...routeSchema }
  for (const part of ['params', 'querystring'] as const) {
    const object = routeSchema[part]
    if (object?.properties === undefined) continue
    const properties: Record<string, unknown> = {}
    for (const [name, property] of Object.entries<Record<string | symbol, unknown>>(object.properties)) {
      properties[name] = documentedSchema(property) ?? property
    }
    out[part] = { ...object, properties }
  }
  return out
}
