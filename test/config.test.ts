import t from 'tap'
import { ConfigError, loadConfig } from '../src/config.js'

t.test('loadConfig gives the defaults for an empty environment', async (t) => {
  t.match(loadConfig({}), { port: 3000, host: '127.0.0.1', logLevel: 'info', cacheMaxAgeS: 3600, shutdownGraceMs: 10000, echoMaxDelayMs: 10000, echoMaxDelayed: 200, echoBodyLimitBytes: 65536 })
})

t.test('loadConfig reads every variable', async (t) => {
  const config = loadConfig({
    PORT: '8080',
    HOST: '0.0.0.0',
    LOG_LEVEL: 'debug',
    CACHE_MAX_AGE_S: '60',
    SHUTDOWN_GRACE_MS: '500',
    ECHO_MAX_DELAY_MS: '0',
    ECHO_MAX_DELAYED: '5',
    ECHO_BODY_LIMIT_BYTES: '1024'
  })
  t.same(config, {
    port: 8080,
    host: '0.0.0.0',
    logLevel: 'debug',
    cacheMaxAgeS: 60,
    shutdownGraceMs: 500,
    echoMaxDelayMs: 0,
    echoMaxDelayed: 5,
    echoBodyLimitBytes: 1024
  })
  t.ok(Object.isFrozen(config), 'the config is frozen')
})

t.test('a bad value throws one line that names the variable', async (t) => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ PORT: 'abc' }, /^PORT must be a whole number from 0 to 65535 \(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT must be/],
    [{ PORT: '-1' }, /^PORT must be/],
    [{ PORT: '80.5' }, /^PORT must be/],
    [{ PORT: '0x50' }, /^PORT must be/],
    [{ HOST: 'local host' }, /^HOST must be an IP address or host name/],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent \(got "loud"\)$/],
    [{ CACHE_MAX_AGE_S: '1e3' }, /^CACHE_MAX_AGE_S must be/],
    [{ SHUTDOWN_GRACE_MS: '5' }, /^SHUTDOWN_GRACE_MS must be a whole number from 100 to 120000/]
  ]
  for (const [env, message] of cases) {
    t.throws(() => loadConfig(env), { name: 'ConfigError', message }, JSON.stringify(env))
    t.throws(() => loadConfig(env), ConfigError)
  }
})
