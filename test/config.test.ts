import t from 'tap'
import { ConfigError, loadConfig } from '../src/config.js'

t.test('loadConfig gives the defaults for an empty environment', async (t) => {
  t.match(loadConfig({}), { port: 3000, host: '127.0.0.1', logLevel: 'info', cacheMaxAgeS: 3600, shutdownGraceMs: 10000, shutdownDrainDelayMs: 5000, redisRequired: false, echoMaxDelayMs: 10000, echoMaxDelayed: 200, echoMaxDelayedPerClient: 10, echoBodyLimitBytes: 65536, redisUrl: null, redisCommandTimeoutMs: 100, redisRetryMs: 1000, redisErrorLogIntervalMs: 10000, echoMaxDripMs: 10000, echoMaxDripBytes: 1048576, rateLimitLeaseMaxUnits: 20 })
})

t.test('loadConfig reads every variable', async (t) => {
  const config = loadConfig({
    PORT: '8080',
    HOST: '0.0.0.0',
    LOG_LEVEL: 'debug',
    CACHE_MAX_AGE_S: '60',
    SHUTDOWN_GRACE_MS: '500',
    SHUTDOWN_DRAIN_DELAY_MS: '0',
    REDIS_REQUIRED: 'true',
    ECHO_MAX_DELAY_MS: '0',
    ECHO_MAX_DELAYED: '5',
    ECHO_MAX_DELAYED_PER_CLIENT: '2',
    ECHO_BODY_LIMIT_BYTES: '1024',
    ECHO_MAX_DRIP_MS: '2000',
    ECHO_MAX_DRIP_BYTES: '4096',
    REDIS_URL: 'redis://redis.internal:6380/1',
    REDIS_COMMAND_TIMEOUT_MS: '50',
    REDIS_RETRY_MS: '250',
    REDIS_ERROR_LOG_INTERVAL_MS: '0',
    RATE_LIMIT_LEASE_MAX_UNITS: '1'
  })
  t.match(config, {
    port: 8080,
    host: '0.0.0.0',
    logLevel: 'debug',
    cacheMaxAgeS: 60,
    shutdownGraceMs: 500,
    shutdownDrainDelayMs: 0,
    redisRequired: true,
    echoMaxDelayMs: 0,
    echoMaxDelayed: 5,
    echoMaxDelayedPerClient: 2,
    echoBodyLimitBytes: 1024,
    echoMaxDripMs: 2000,
    echoMaxDripBytes: 4096,
    redisUrl: 'redis://redis.internal:6380/1',
    redisCommandTimeoutMs: 50,
    redisRetryMs: 250,
    redisErrorLogIntervalMs: 0,
    rateLimitLeaseMaxUnits: 1
  })
  t.ok(Object.isFrozen(config), 'the config is frozen')
})

t.test('HTTP2_PORT is off unless set; both ports may be 0 (any free port)', async (t) => {
  t.equal(loadConfig({}).http2Port, null)
  t.equal(loadConfig({ HTTP2_PORT: '' }).http2Port, null)
  t.equal(loadConfig({ HTTP2_PORT: '8443' }).http2Port, 8443)
  t.equal(loadConfig({ PORT: '0', HTTP2_PORT: '0' }).http2Port, 0)
  t.equal(loadConfig({}).server.http2MaxConcurrentStreams, 100)
  t.equal(loadConfig({ HTTP2_MAX_CONCURRENT_STREAMS: '10' }).server.http2MaxConcurrentStreams, 10)
  t.equal(loadConfig({}).server.http2MaxSessionMemoryMb, 10)
  t.equal(loadConfig({ HTTP2_MAX_SESSION_MEMORY_MB: '64' }).server.http2MaxSessionMemoryMb, 64)
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
    [{ ECHO_MAX_DRIP_BYTES: '0' }, /^ECHO_MAX_DRIP_BYTES must be a whole number from 1 to 67108864/],
    [{ HTTP2_PORT: 'h2c' }, /^HTTP2_PORT must be a whole number from 0 to 65535 \(got "h2c"\)$/],
    [{ HTTP2_PORT: '3000' }, /^HTTP2_PORT must differ from PORT: the h2c listener is a second one \(got 3000 for both\)$/],
    [{ PORT: '8080', HTTP2_PORT: '8080' }, /^HTTP2_PORT must differ from PORT/],
    [{ HTTP2_MAX_CONCURRENT_STREAMS: '0' }, /^HTTP2_MAX_CONCURRENT_STREAMS must be a whole number from 1 to 1000/],
    [{ HTTP2_MAX_CONCURRENT_STREAMS: '1001' }, /^HTTP2_MAX_CONCURRENT_STREAMS must be/],
    [{ HTTP2_MAX_SESSION_MEMORY_MB: '0' }, /^HTTP2_MAX_SESSION_MEMORY_MB must be a whole number from 1 to 1024/],
    [{ REDIS_COMMAND_TIMEOUT_MS: '0' }, /^REDIS_COMMAND_TIMEOUT_MS must be a whole number from 1 to 10000/],
    [{ RATE_LIMIT_LEASE_MAX_UNITS: '0' }, /^RATE_LIMIT_LEASE_MAX_UNITS must be a whole number from 1 to 1000000/]
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
