import { Type } from '@sinclair/typebox'

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is malformed: a parameter is invalid or unknown. The problem lists what was wrong.',
  403: 'The request is understood but refused.',
  404: 'Nothing is there. The problem detail says why.',
  405: 'The path exists but not for this method; the Allow header lists the methods it supports.',
  406: 'None of the media types in Accept can be produced.',
  413: 'The request content is larger than the server accepts.',
  429: 'Too many requests from this client; wait for Retry-After seconds.',
  503: 'The server is overloaded or shutting down; try again after Retry-After seconds.'
}

/** Response schemas for the problem statuses a route can answer with. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(
    statuses.map((s) => [s, Type.Ref('Problem', { description: DESCRIPTIONS[s] ?? 'A problem.' })])
  ) as Record<number, ReturnType<typeof Type.Ref>>
}
