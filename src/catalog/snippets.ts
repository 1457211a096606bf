import type { CodeData } from '../schemas/code.js'
import { GO_CONSTANTS, PYTHON_CONSTANTS } from './constants.js'

/**
 * Code snippets that send a status the way its rules require, generated from one template per
 * framework so that every code gets them: no content where the code forbids it, and the
 * headers the code requires or recommends, with the values from the record's example.
 */

export interface Snippet {
  id: string
  label: string
  language: string
  code: string
}

interface Shape {
  code: number
  name: string
  /** The standard libraries' named constants for the code, for the IANA meaning only. */
  go: string | undefined
  python: string | undefined
  /** Header fields to set, taken from the example response. */
  headers: Array<[string, string]>
  /** Whether the response carries content; when it does, a small JSON body. */
  content: boolean
}

const js = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
const dq = (s: string) => JSON.stringify(s)

interface Template {
  id: string
  label: string
  language: string
  render(s: Shape): string
}

/** Whether the record's own headers already set Content-Type (409 sends application/problem+json). */
const typed = (s: Shape) => s.headers.some(([n]) => n.toLowerCase() === 'content-type')
const jsonBody = (s: Shape) => `{ status: ${s.code}, message: ${js(s.name)} }`

const TEMPLATES: Template[] = [
  {
    id: 'express',
    label: 'Express',
    language: 'JavaScript',
    render: (s) =>
      [
        `app.get('/example', (req, res) => {`,
        ...s.headers.map(([n, v]) => `  res.set(${js(n)}, ${js(v)})`),
        s.content ? `  res.status(${s.code}).json(${jsonBody(s)})` : `  res.status(${s.code}).end()`,
        `})`
      ].join('\n')
  },
  {
    id: 'fastify',
    label: 'Fastify',
    language: 'JavaScript',
    render: (s) =>
      [
        `fastify.get('/example', async (request, reply) => {`,
        ...s.headers.map(([n, v]) => `  reply.header(${js(n)}, ${js(v)})`),
        s.content ? `  return reply.code(${s.code}).send(${jsonBody(s)})` : `  return reply.code(${s.code}).send()`,
        `})`
      ].join('\n')
  },
  {
    id: 'node-http',
    label: 'Node.js http',
    language: 'JavaScript',
    render: (s) => {
      const headers = s.headers.map(([n, v]) => `${js(n)}: ${js(v)}`)
      if (s.content && !typed(s)) headers.push(`'Content-Type': 'application/json'`)
      return [
        `http.createServer((req, res) => {`,
        `  res.writeHead(${s.code}${headers.length > 0 ? `, { ${headers.join(', ')} }` : ''})`,
        s.content ? `  res.end(JSON.stringify(${jsonBody(s)}))` : `  res.end()`,
        `}).listen(3000)`
      ].join('\n')
    }
  },
  {
    id: 'python-flask',
    label: 'Flask',
    language: 'Python',
    render: (s) => {
      const headers = s.headers.map(([n, v]) => `${dq(n)}: ${dq(v)}`).join(', ')
      const body = s.content ? `{"status": ${s.code}, "message": ${dq(s.name)}}` : `""`
      const status = s.python === undefined ? String(s.code) : `HTTPStatus.${s.python}`
      return [
        ...(s.python === undefined ? [] : ['from http import HTTPStatus', '']),
        `@app.route("/example")`,
        `def example():`,
        `    return ${body}, ${status}${headers ? `, {${headers}}` : ''}`
      ].join('\n')
    }
  },
  {
    id: 'go-net-http',
    label: 'Go net/http',
    language: 'Go',
    render: (s) =>
      [
        `func example(w http.ResponseWriter, r *http.Request) {`,
        ...s.headers.map(([n, v]) => `\tw.Header().Set(${dq(n)}, ${dq(v)})`),
        ...(s.content && !typed(s) ? [`\tw.Header().Set("Content-Type", "application/json")`] : []),
        `\tw.WriteHeader(${s.go === undefined ? s.code : `http.${s.go}`})`,
        ...(s.content ? [`\tfmt.Fprintf(w, \`{"status": ${s.code}, "message": ${dq(s.name)}}\`)`] : []),
        `}`
      ].join('\n')
  },
  {
    id: 'java-spring',
    label: 'Spring Boot',
    language: 'Java',
    render: (s) =>
      [
        `@GetMapping("/example")`,
        `public ResponseEntity<?> example() {`,
        `    return ResponseEntity.status(${s.code})`,
        ...s.headers.map(([n, v]) => `        .header(${dq(n)}, ${dq(v)})`),
        s.content ? `        .body(Map.of("status", ${s.code}, "message", ${dq(s.name)}));` : `        .build();`,
        `}`
      ].join('\n')
  },
  {
    id: 'csharp-aspnet-core',
    label: 'ASP.NET Core',
    language: 'C#',
    render: (s) =>
      [
        `app.MapGet("/example", (HttpContext context) =>`,
        `{`,
        ...s.headers.map(([n, v]) => `    context.Response.Headers[${dq(n)}] = ${dq(v)};`),
        s.content
          ? `    return Results.Json(new { status = ${s.code}, message = ${dq(s.name)} }, statusCode: ${s.code});`
          : `    return Results.StatusCode(${s.code});`,
        `});`
      ].join('\n')
  },
  {
    id: 'php',
    label: 'PHP',
    language: 'PHP',
    render: (s) =>
      [
        `<?php`,
        `http_response_code(${s.code});`,
        ...s.headers.map(([n, v]) => `header(${js(`${n}: ${v}`)});`),
        ...(s.content
          ? [...(typed(s) ? [] : [`header('Content-Type: application/json');`]), `echo json_encode(['status' => ${s.code}, 'message' => ${js(s.name)}]);`]
          : [])
      ].join('\n')
  },
  {
    id: 'ruby-rails',
    label: 'Ruby on Rails',
    language: 'Ruby',
    render: (s) =>
      [
        `def example`,
        ...s.headers.map(([n, v]) => `  response.headers[${dq(n)}] = ${dq(v)}`),
        s.content ? `  render json: { status: ${s.code}, message: ${dq(s.name)} }, status: ${s.code}` : `  head ${s.code}`,
        `end`
      ].join('\n')
  },
  {
    id: 'rust-axum',
    label: 'axum',
    language: 'Rust',
    render: (s) => {
      const headers = s.headers.map(([n, v]) => `(${dq(n)}, ${dq(v)})`)
      const status = `StatusCode::from_u16(${s.code}).unwrap()`
      const parts = [status, ...(headers.length > 0 ? [`[${headers.join(', ')}]`] : [])]
      if (s.content) parts.push(`Json(json!({ "status": ${s.code}, "message": ${dq(s.name)} }))`)
      return [`async fn example() -> impl IntoResponse {`, `    (${parts.join(', ')})`, `}`].join('\n')
    }
  }
]

/** Snippets for one meaning of a code. 1xx codes are interim responses that frameworks send themselves, so they get none here. */
export function snippetsFor(meaning: CodeData): Snippet[] {
  if (meaning.code < 200) return []
  const wanted = new Set([...meaning.semantics.requiredHeaders, ...meaning.semantics.recommendedHeaders].map((h) => h.toLowerCase()))
  const shape: Shape = {
    code: meaning.code,
    name: meaning.name,
    go: meaning.vendor === null ? GO_CONSTANTS.get(meaning.code) : undefined,
    python: meaning.vendor === null ? PYTHON_CONSTANTS.get(meaning.code) : undefined,
    headers: meaning.example.headers.filter((h) => wanted.has(h.name.toLowerCase())).map((h) => [h.name, h.value]),
    content: meaning.semantics.contentAllowed
  }
  return TEMPLATES.map((t) => ({ id: t.id, label: t.label, language: t.language, code: t.render(shape) }))
}
