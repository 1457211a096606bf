import AjvCompiler from '@fastify/ajv-compiler'

type ValidatorCompiler = AjvCompiler.ValidatorCompiler
type Validate = ReturnType<ValidatorCompiler>

/**
 * Fastify's own validator factory (@fastify/ajv-compiler, with the server's `ajv` options), except
 * that each route's validator is compiled on its first use instead of while the server starts: ajv
 * compiling every route's validators was about a tenth of a start (issue 17, docs/performance.md),
 * for routes a replica may not see for a while. What a validator accepts, changes and reports is
 * the same (test/lazy-validators.test.ts); only when ajv compiles it differs. Fastify reads
 * `schemaEnv` before each call (then it passes the parent, so that ajv may coerce a root value)
 * and `errors` after a failure: both are the compiled validator's.
 */
export function lazyValidators(): AjvCompiler.ValidatorFactory {
  const build = AjvCompiler()
  return function buildValidator(externalSchemas, options) {
    const compile = build(externalSchemas, options)
    return function lazyCompile(definition): Validate {
      let validate: Validate | undefined
      const compiled = () => (validate ??= compile(definition))
      const lazy = function validateOnFirstUse(this: unknown, ...args: Parameters<Validate>) {
        return compiled().apply(this, args)
      }
      return Object.defineProperties(lazy, {
        errors: { get: () => validate?.errors },
        schemaEnv: { get: () => compiled().schemaEnv }
      }) as unknown as Validate
    }
  }
}
