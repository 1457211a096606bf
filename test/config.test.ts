import t from 'tap'
import { ConfigError, loadConfig } from '../src/config.js'

t.test('loadConfig gives the defaults for an empty environment', async (t) => {
  t.match(loadConfig({}), { port: 3000, host: '127.0.0.1', logLevel: 'info', cacheMaxAgeS: 3600, shutdownGraceMs: 10000, shutdownDrainDelayMs: 5000, redisRequired: false, echoMaxDelayMs: 10000, echoMaxDelayed: 200, echoMaxDelayedPerClient: 10, echoBodyLimitBytes: 65536, echoSequencesMaxBytes: 4194304 })
})

t.test('loadConfig reads every variable', async (t) => {
  const config = loadConfig({
    PORT: '8080',
    HOST: '0.0.0.0',
    LOG_LEVEL: 'debug',
    CACHE_MAX_AGE_S: '60',
    SHUTDOWN_GRACE_MS: '500',
    SHUTDOWN_DRAIN_DELAY_MS: '0',
    REDIS_URL: 'redis://127.0.0.1:6379',
    REDIS_REQUIRED: 'true',
    ECHO_MAX_DELAY_MS: '0',
    ECHO_MAX_DELAYED: '5',
    ECHO_MAX_DELAYED_PER_CLIENT: '2',
    ECHO_BODY_LIMIT_BYTES: '1024',
    ECHO_SEQUENCES_MAX_BYTES: '65536'
  })
  t.match(config, {
    port: 8080,
    host: '0.0.0.0',
    logLevel: 'debug',
    cacheMaxAgeS: 60,
    shutdownGraceMs: 500,
    shutdownDrainDelayMs: 0,
    redisUrl: 'redis://127.0.0.1:6379',
    redisRequired: true,
    echoMaxDelayMs: 0,
    echoMaxDelayed: 5,
    echoMaxDelayedPerClient: 2,
    echoBodyLimitBytes: 1024,
    echoSequencesMaxBytes: 65536
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
    [{ SHUTDOWN_GRACE_MS: '5' }, /^SHUTDOWN_GRACE_MS must be a whole number from 100 to 120000/],
    [{ SHUTDOWN_DRAIN_DELAY_MS: '120001' }, /^SHUTDOWN_DRAIN_DELAY_MS must be a whole number from 0 to 120000/],
    [{ REDIS_URL: 'redis://127.0.0.1:6379', REDIS_REQUIRED: 'yes' }, /^REDIS_REQUIRED must be true or false \(got "yes"\)$/],
    [{ REDIS_REQUIRED: 'true' }, /^REDIS_REQUIRED=true needs REDIS_URL$/],
    [{ CHECK_PORTS: '80,http' }, /^CHECK_PORTS must be a comma-separated list of ports from 1 to 65535 \(got "http"\)$/],
    [{ CHECK_PORTS: '0' }, /^CHECK_PORTS must be/],
    [{ CHECK_ALLOW_ADDRESSES: '10.0.0.0/33' }, /^CHECK_ALLOW_ADDRESSES must be a comma-separated list of IP addresses or CIDRs/],
    [{ CHECK_ALLOW_ADDRESSES: 'example.com' }, /^CHECK_ALLOW_ADDRESSES must be/],
    [{ CHECK_TIMEOUT_MS: '0' }, /^CHECK_TIMEOUT_MS must be/],
    [{ ECHO_MAX_DELAYED_PER_CLIENT: '0' }, /^ECHO_MAX_DELAYED_PER_CLIENT must be a whole number from 1 to 100000/],
    [{ ECHO_SEQUENCES_MAX_BYTES: '100' }, /^ECHO_SEQUENCES_MAX_BYTES must be a whole number from 1024 to 1073741824/]
  ]
  for (const [env, message] of cases) {
    t.throws(() => loadConfig(env), { name: 'ConfigError', message }, JSON.stringify(env))
    t.throws(() => loadConfig(env), ConfigError)
  }
})

t.test('list variables parse into their values', async (t) => {
  const { check } = loadConfig({ CHECK_PORTS: ' 80, 8080 ', CHECK_ALLOW_ADDRESSES: '127.0.0.2,10.0.0.0/8,fd00::/8', CHECK_RATE_LIMIT_PER_MIN: '5' })
  t.same(check.ports, [80, 8080])
  t.same(check.allowAddresses, ['127.0.0.2', '10.0.0.0/8', 'fd00::/8'])
  t.equal(check.ratePerMinute, 5)
  t.same(loadConfig({}).check.allowAddresses, [], 'no exemptions by default')
  t.same(loadConfig({}).check.ports, [80, 443])
})
