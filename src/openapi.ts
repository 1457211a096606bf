import { buildApp } from './app.js'
import { defaultConfig } from './config.js'

/** The OpenAPI document exactly as `npm run openapi` writes it: two-space JSON with a trailing newline. */
export async function openApiText(app?: Awaited<ReturnType<typeof buildApp>>): Promise<string> {
  const instance = app ?? (await buildApp({ config: defaultConfig() }))
  await instance.ready()
  const text = `${JSON.stringify(instance.swagger(), null, 2)}\n`
  if (app === undefined) await instance.close()
  return text
}
