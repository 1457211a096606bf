import { FormatRegistry } from '@sinclair/typebox'

// TypeBox checks string formats only once they are registered. Fastify's own validator (ajv with
// ajv-formats) knows them already; these serve the boot-time data validation.
if (!FormatRegistry.Has('uri')) {
  FormatRegistry.Set('uri', (value) => /^https?:\/\//.test(value) && URL.canParse(value))
}
