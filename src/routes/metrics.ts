import { Type } from '@sinclair/typebox'
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox'
import { ProblemError } from '../errors.js'
import { addressMatcher } from '../http/connections.js'
import { METRICS_CONTENT_TYPE, type AppMetrics } from '../metrics.js'
import { COMMON_PROBLEMS, problemResponses } from '../schemas/responses.js'

export interface MetricsRouteOptions {
  metrics: AppMetrics
  /** Addresses and CIDRs that may read /metrics (METRICS_ALLOW); empty: every client. */
  allow: readonly string[]
}

const EXAMPLE = [
  '# HELP siteerror_http_request_duration_seconds Time from the arrival of a request to its response being handed to the socket, by route template and status class.',
  '# TYPE siteerror_http_request_duration_seconds histogram',
  'siteerror_http_request_duration_seconds_bucket{route="/codes/:code",status_class="2xx",le="0.001"} 1822',
  ''
].join('\n')

/** GET /metrics: the Prometheus text exposition of the server's metrics (src/metrics.ts). */
const metricsRoute: FastifyPluginAsyncTypebox<MetricsRouteOptions> = async function metricsRoute(app, { metrics, allow }) {
  const allowed = allow.length === 0 ? () => true : addressMatcher(allow)
  app.get(
    '/metrics',
    {
      schema: {
        tags: ['meta'],
        operationId: 'getMetrics',
        summary: 'Metrics for Prometheus',
        description:
          'The server\'s metrics in the Prometheus text format (version 0.0.4): request durations by route template and status class, ' +
          '429s, 503s by cause, /check outcomes, refused connections, the shared limiter\'s Redis state, and the process\'s own figures. ' +
          'Every client may read it unless METRICS_ALLOW lists the addresses that may (then others get a 403). It spends the general ' +
          'allowance like any request, and load shedding leaves it alone. Never cached.',
        response: {
          200: {
            description: 'The metrics.',
            content: { 'text/plain; version=0.0.4': { schema: Type.String({ description: 'The Prometheus text exposition format, version 0.0.4.' }), example: EXAMPLE } }
          },
          ...problemResponses(...COMMON_PROBLEMS, 403)
        }
      }
    },
    async function getMetrics(request, reply) {
      if (!allowed(request.ip)) throw new ProblemError('ERR_FORBIDDEN', 'This address may not read the metrics (METRICS_ALLOW).')
      const text = await metrics.text()
      return reply.header('cache-control', 'no-store').type(METRICS_CONTENT_TYPE).send(text)
    }
  )
}

export default metricsRoute
