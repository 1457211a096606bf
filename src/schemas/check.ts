import { Type } from '@sinclair/typebox'

const ERROR_CODES = [
  'DNS_ERROR',
  'CONNECTION_REFUSED',
  'TIMEOUT',
  'TLS_ERROR',
  'PROTOCOL_ERROR',
  'RESPONSE_HEADERS_TOO_LARGE',
  'TOO_MANY_REDIRECTS',
  'REDIRECT_LOOP',
  'INVALID_REDIRECT',
  'DESTINATION_NOT_ALLOWED',
  'NETWORK_UNREACHABLE',
  'RATE_LIMITED'
] as const

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T, description: string) =>
  Type.Union([schema, Type.Null()], { description })

export const HopSchema = Type.Object(
  {
    url: Type.String({ description: 'The URL requested at this hop.' }),
    method: Type.Union([Type.Literal('HEAD'), Type.Literal('GET')], { description: 'The method used (GET after a HEAD answered 405 or 501).' }),
    status: Type.Integer({ description: 'The status the server answered.' }),
    name: Nullable(Type.String(), 'Its name from our catalog; null for a number we do not know.'),
    location: Nullable(Type.String(), 'The Location header, when the response had one.'),
    durationMs: Type.Integer({ description: 'Time to the response headers, in milliseconds.' }),
    remoteFamily: Nullable(Type.Union([Type.Literal('IPv4'), Type.Literal('IPv6')]), 'The address family of the server connected to, where known.'),
    httpVersion: Nullable(Type.String(), 'The HTTP version spoken, where known.')
  },
  { additionalProperties: false, description: 'One request of the chain.' }
)

export const CheckReportSchema = Type.Object(
  {
    url: Type.String({ description: 'The URL asked about, as parsed.' }),
    finalUrl: Type.String({ description: 'The last URL requested.' }),
    status: Nullable(Type.Integer(), 'The final status; null when no response came back.'),
    name: Nullable(Type.String(), 'The name of the final status.'),
    ok: Type.Boolean({ description: 'True when the chain ended without error on a status below 400.' }),
    hops: Type.Array(HopSchema, { description: 'Every response in order, redirects included.' }),
    durationMs: Type.Integer({ description: 'Time for the whole check, in milliseconds.' }),
    checkedAt: Type.String({ format: 'date-time', description: 'When the check ran (the original time for a cached report).' }),
    cached: Type.Boolean({ description: 'Whether this report came from the short-lived cache.' }),
    error: Nullable(
      Type.Object(
        {
          code: Type.Union(ERROR_CODES.map((c) => Type.Literal(c)), { description: 'What went wrong upstream.' }),
          message: Type.String({ description: 'The same in words.' }),
          hop: Type.Integer({ description: 'Index of the hop that failed (equal to the number of hops when no response came back).' })
        },
        { additionalProperties: false }
      ),
      'Upstream trouble, or null.'
    )
  },
  { $id: 'CheckReport', additionalProperties: false, description: 'What a URL answers, hop by hop.' }
)
