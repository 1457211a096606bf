import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Fastify, { type FastifyServerOptions } from 'fastify'
import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { Config } from './config.js'
import { loadCatalog, type Catalog } from './catalog/catalog.js'
import { CodeRecordSchema, CodeSummarySchema } from './schemas/code.js'
import { CategorySchema, CategorySummarySchema } from './schemas/category.js'
import { ProblemSchema } from './schemas/problem.js'
import { ComparisonSchema, CuratedSchema } from './schemas/compare.js'
import problems from './plugins/problems.js'
import docs from './plugins/docs.js'
import { answerOtherMethods, recordRoutes } from './plugins/methods.js'
import meta from './routes/meta.js'
import codes from './routes/codes.js'
import categories from './routes/categories.js'
import compare from './routes/compare.js'
import echo from './routes/echo.js'
import check from './routes/check.js'
import { CheckReportSchema } from './schemas/check.js'
import type { Resolver } from './check/checker.js'

export interface AppOptions {
  config: Readonly<Config>
  /** The data directory; defaults to the data/ folder beside src/ and dist/. */
  dataDir?: string
  /** An already loaded catalog, to share one between apps (tests). */
  catalog?: Catalog
  /** DNS resolution for /check; tests inject one. */
  checkResolver?: Resolver
  /** Logger options for Fastify's pino; false for none. */
  logger?: FastifyServerOptions['logger']
}

export const DATA_DIR = fileURLToPath(new URL('../data', import.meta.url))
export const VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version

/** Headers a browser client may read from our responses. */
export const EXPOSED_HEADERS = [
  'ETag',
  'Location',
  'Retry-After',
  'Allow',
  'WWW-Authenticate',
  'Link',
  'Content-Range',
  'RateLimit',
  'RateLimit-Policy',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'X-Request-Id',
  'X-Echo-Draw'
]

/**
 * Builds the application: no environment reads, no listening, no signal handlers (server.ts does those).
 * Throws DataError when data/ is invalid.
 */
export async function buildApp(options: AppOptions) {
  const { config } = options
  const catalog = options.catalog ?? loadCatalog(options.dataDir ?? DATA_DIR)

  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => randomUUID(),
    // Unknown query parameters are a 400, not silently dropped; errors carry their schema for readable messages.
    ajv: { customOptions: { removeAdditional: false, verbose: true } },
    return503OnClosing: true
  }).withTypeProvider<TypeBoxTypeProvider>()

  for (const schema of [ProblemSchema, CodeSummarySchema, CodeRecordSchema, CategorySummarySchema, CategorySchema, CuratedSchema, ComparisonSchema, CheckReportSchema]) {
    app.addSchema(schema)
  }

  app.addHook('onRequest', async function requestId(request, reply) {
    reply.header('x-request-id', request.id)
  })
  await app.register(problems)
  await app.register(cors, { origin: '*', exposedHeaders: EXPOSED_HEADERS, preflight: false })
  await app.register(helmet, {
    // A public API is read from any origin; Swagger UI sets its own CSP with hashes (staticCSP).
    crossOriginResourcePolicy: { policy: 'cross-origin' }
  })
  const routes = recordRoutes(app)
  await app.register(docs, { version: VERSION })
  await app.register(meta, { version: VERSION, cacheMaxAgeS: config.cacheMaxAgeS })
  await app.register(codes, { catalog, cacheMaxAgeS: config.cacheMaxAgeS })
  await app.register(categories, { catalog, cacheMaxAgeS: config.cacheMaxAgeS })
  await app.register(compare, { catalog, cacheMaxAgeS: config.cacheMaxAgeS })
  await app.register(echo, {
    catalog,
    maxDelayMs: config.echoMaxDelayMs,
    maxDelayed: config.echoMaxDelayed,
    bodyLimitBytes: config.echoBodyLimitBytes,
    exposedHeaders: EXPOSED_HEADERS
  })
  await app.register(check, {
    catalog,
    config: config.check,
    userAgent: `SiteErrorAPI-Checker/${VERSION}`,
    ...(options.checkResolver === undefined ? {} : { resolver: options.checkResolver })
  })
  app.get(
    '/openapi.json',
    {
      schema: {
        tags: ['meta'],
        summary: 'OpenAPI document',
        description: 'The OpenAPI 3.1 document of this API, generated from its schemas.',
        response: {
          200: {
            type: 'object',
            additionalProperties: true,
            description: 'An OpenAPI 3.1 document.',
            examples: [{ openapi: '3.1.0', info: { title: 'SiteError API', version: VERSION }, paths: {} }]
          }
        }
      }
    },
    async function getOpenApi() {
      return app.swagger()
    }
  )
  answerOtherMethods(app, routes)
  return app
}
