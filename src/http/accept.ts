/**
 * Whether a request's Accept header asks for an HTML page before JSON: text/html named explicitly
 * with a weight above that of every range a JSON answer would satisfy (application/json,
 * application/problem+json or another +json type, application/*, *\/*). Browsers navigating send
 * "text/html,...,*\/*;q=0.8" and get a page; programs send "*\/*", a JSON type or nothing and get
 * JSON, which also wins ties. Headers seen are remembered, up to a bound, like the content codings.
 */
const MEMO_SIZE = 256
const memo = new Map<string, boolean>()

const JSON_RANGE = /^(?:\*\/\*|application\/\*|application\/(?:[a-z0-9.+-]*\+)?json)$/

export function prefersHtml(accept: string | undefined): boolean {
  if (accept === undefined || accept === '') return false
  const known = memo.get(accept)
  if (known !== undefined) return known
  let html = 0
  let json = 0
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.toLowerCase().split(';')
    const type = range.trim()
    const weight = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((w) => w !== undefined)
    const q = weight === undefined ? 1 : Number(weight)
    if (type === 'text/html') html = Math.max(html, q)
    else if (JSON_RANGE.test(type)) json = Math.max(json, q)
  }
  const answer = html > json
  if (memo.size < MEMO_SIZE) memo.set(accept, answer)
  return answer
}
