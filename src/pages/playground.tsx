import { DRAFT_METHODS, EMPTY_DRAFT, composeEcho, curlCommand, type EchoDraft } from '../echo/compose.js'
import { renderPage, type Site } from './layout.js'
import { PLAYGROUND_PATH } from './urls.js'

/**
 * The API playground: how to test an HTTP client against /echo, with runnable examples, and a form
 * that composes an /echo request and shows its URL and curl command. The form is a GET to this page,
 * so it works without JavaScript; composing is src/echo/compose.ts, under /echo's own rules.
 */

export interface PlaygroundState {
  draft: EchoDraft
  /** ECHO_MAX_DELAY_MS: examples /echo would refuse under it are not shown. */
  maxDelayMs: number
  /** The composed path and query, when the draft was submitted and is valid. */
  composed?: string
  /** Why the draft cannot be composed: the message /echo would give, and the field it names. */
  error?: { field: keyof EchoDraft; message: string }
}

interface Example {
  title: string
  why: string
  draft: Partial<EchoDraft>
}

/** The runnable examples: each is composed by the same function as the form, so each is a request /echo accepts (tested). */
export const EXAMPLES: readonly Example[] = [
  {
    title: 'Retrying after a 503',
    why: 'Does your client wait as long as Retry-After says, and give up after a few attempts?',
    draft: { code: '503', headers: 'Retry-After: 5' }
  },
  {
    title: 'Being rate limited',
    why: 'A 429 with Retry-After and RateLimit headers: does your client slow down instead of hammering the server?',
    draft: { code: '429', headers: 'Retry-After: 10\nRateLimit-Remaining: 0' }
  },
  {
    title: 'A slow server',
    why: 'The answer comes after three seconds: does your client time out when you want it to, and say so clearly?',
    draft: { code: '200', delay: '3000' }
  },
  {
    title: 'A chain of redirects',
    why: 'Two redirects, then a 204: does your client follow them, keep the method, and stop at its own limit?',
    draft: { code: '302', hops: '2', location: '/echo/204' }
  },
  {
    title: 'A flaky server',
    why: 'Seven answers in ten are 200 and three are 503, in the same order every time for seed 42: a reproducible test of retries.',
    draft: { weights: '200:0.7,503:0.3', seed: '42' }
  },
  {
    title: 'An error with a body',
    why: 'A 422 with your own JSON body: does your client read the error the server sent?',
    draft: { code: '422', method: 'POST', body: '{"error":"email is not valid"}' }
  }
]

/** The examples with their composed requests; one /echo would refuse under this server's limits is left out. */
export function examples(maxDelayMs: number): Array<Example & { full: EchoDraft; path: string }> {
  return EXAMPLES.flatMap((example) => {
    const full = { ...EMPTY_DRAFT, ...example.draft }
    try {
      return [{ ...example, full, path: composeEcho(full, maxDelayMs) }]
    } catch {
      return []
    }
  })
}

const exampleHref = (draft: Partial<EchoDraft>) => {
  const query = new URLSearchParams(Object.entries({ ...EMPTY_DRAFT, ...draft }).filter(([k, v]) => v !== '' && !(k === 'method' && v === 'GET')))
  return `${PLAYGROUND_PATH}?${query}`
}

function Field({ id, label, hint, value, error, wide = false }: { id: keyof EchoDraft; label: string; hint: string; value: string; error?: string; wide?: boolean }) {
  const described = error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`
  return (
    <div class="field">
      <label for={`${id}-field`}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error === undefined ? null : (
        <p class="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        type="text"
        class={wide ? 'wide' : undefined}
        id={`${id}-field`}
        name={id}
        value={value}
        spellcheck={false}
        autocomplete="off"
        aria-describedby={described}
        aria-invalid={error === undefined ? undefined : 'true'}
      />
    </div>
  )
}

function Area({ id, label, hint, value, error }: { id: keyof EchoDraft; label: string; hint: string; value: string; error?: string }) {
  return (
    <div class="field">
      <label for={`${id}-field`}>{label}</label>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error === undefined ? null : (
        <p class="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      <textarea
        id={`${id}-field`}
        name={id}
        rows={3}
        spellcheck={false}
        aria-describedby={error === undefined ? `${id}-hint` : `${id}-hint ${id}-error`}
        aria-invalid={error === undefined ? undefined : 'true'}
      >
        {value}
      </textarea>
    </div>
  )
}

function Command({ site, draft, path, label }: { site: Site; draft: EchoDraft; path: string; label: string }) {
  return (
    <pre data-copy={label} tabIndex={0} aria-label={label}>
      <code>{curlCommand(draft.method, site.origin + path)}</code>
    </pre>
  )
}

function Playground({ site, state }: { site: Site; state: PlaygroundState }) {
  const { draft, composed, error } = state
  /** A text field's name, value and error, all from its id. */
  const bound = (id: Exclude<keyof EchoDraft, 'method'>) => ({ id, value: draft[id], error: error?.field === id ? error.message : undefined })
  return (
    <>
      <h1>API playground</h1>
      <p>
        <code>/echo</code> answers with whatever status you ask for, with the headers that status needs on the wire, so you can see how your HTTP
        client, retry logic, cache or monitoring behaves when a server says 201, 304, 429 or 503. Compose a request below, or start from one of the
        examples; nothing is sent until you run the command or open the link.
      </p>
      {error === undefined ? null : (
        <div class="error-summary" role="alert" aria-labelledby="error-title">
          <h2 id="error-title">/echo would refuse this request</h2>
          <p>
            <a href={`#${error.field}-field`}>{error.message}</a>
          </p>
        </div>
      )}
      {composed === undefined ? null : (
        <section aria-labelledby="composed-title">
          <h2 id="composed-title">Your request</h2>
          <p>The URL:</p>
          <pre data-copy="URL" tabIndex={0} aria-label="URL">
            <code>{site.origin + composed}</code>
          </pre>
          <p>As a curl command (shows the status line and the headers):</p>
          <Command site={site} draft={draft} path={composed} label="curl command" />
          {draft.method === 'GET' ? (
            <p>
              <a href={composed}>Open the request in your browser</a> (a GET; the browser shows the body).
            </p>
          ) : null}
        </section>
      )}
      <h2 id="compose">Compose a request</h2>
      <form action={PLAYGROUND_PATH} method="get">
        <fieldset>
          <legend>Status</legend>
          <Field {...bound('code')} label="Status code" hint="Three digits from 100 to 599, such as 503." />
          <Field
            {...bound('weights')}
            label="Or random codes, with weights"
            hint="Code:weight pairs, such as 200:0.9,503:0.1. When given, the status code above is not used."
          />
          <Field {...bound('seed')} label="Seed (optional)" hint="A whole number that makes the random picks the same every time." />
        </fieldset>
        <fieldset>
          <legend>Response</legend>
          <Field {...bound('delay')} label="Delay in milliseconds" hint="Wait this long before answering, such as 2000." />
          <Area
            {...bound('headers')}
            label="Extra headers"
            hint="One a line, as Name: Value, such as Retry-After: 30. X-* headers, Retry-After, Link, ETag, RateLimit-* and a few more."
          />
          <Area {...bound('body')} label="Body" hint="Your own body, up to 1024 characters: JSON when it parses as JSON, else plain text." />
        </fieldset>
        <fieldset>
          <legend>Redirects</legend>
          <Field {...bound('hops')} label="Redirects before the last" hint="For 3xx codes: redirect to itself this many times first (0 to 10)." />
          <Field {...bound('location')} label="Where the redirects end" hint="A path on this server, such as /echo/204." wide />
        </fieldset>
        <div class="field">
          <label for="method-field">Method</label>
          <p class="hint" id="method-hint">
            /echo answers every method; the curl command uses this one.
          </p>
          <select id="method-field" name="method" aria-describedby="method-hint">
            {DRAFT_METHODS.map((m) => (
              <option value={m} selected={draft.method === m}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <p>
          <button type="submit">Compose</button>
        </p>
      </form>
      <h2 id="examples">Examples to run</h2>
      {examples(state.maxDelayMs).map((example) => (
        <section aria-label={example.title}>
          <h3>{example.title}</h3>
          <p>{example.why}</p>
          <Command site={site} draft={example.full} path={example.path} label={`${example.title} command`} />
          <p>
            <a href={exampleHref(example.draft)}>Open “{example.title}” in the composer</a>
          </p>
        </section>
      ))}
      <h2 id="more">More</h2>
      <ul>
        <li>
          <a href="/docs#/echo">/echo in the API documentation</a>: every parameter and every response, runnable from Swagger UI.
        </li>
        <li>
          <a href="/docs">The whole API in Swagger UI</a>: codes, comparisons, the URL checker and the echo.
        </li>
      </ul>
    </>
  )
}

export function renderPlayground(site: Site, state: PlaygroundState): string {
  const asked = state.composed !== undefined || state.error !== undefined
  return renderPage(
    site,
    {
      title: 'API playground: test your HTTP client against /echo',
      description: 'Compose a request to /echo, which answers with any HTTP status, and get its URL and curl command to test how your client copes.',
      path: PLAYGROUND_PATH,
      crumbs: [{ name: 'Home', path: '/' }, { name: 'API playground' }],
      noindex: asked
    },
    <Playground site={site} state={state} />
  )
}
