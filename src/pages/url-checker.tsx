import type { CheckReport } from '../check/checker.js'
import { renderPage, type Site } from './layout.js'
import { EXPLANATIONS, REPORT_ERRORS, type Explanation } from './check-explanations.js'
import { URL_CHECKER_PATH, recordPath } from './urls.js'

/**
 * The URL checker page: a form for one URL and one for a list, and the reports /check would give,
 * for people. The route (src/routes/pages.ts) runs the checks; this only renders what they gave.
 */

export interface CheckerForm {
  /** The single URL, as typed. */
  url: string
  /** The list, as typed (one URL a line). */
  urls: string
  method: 'HEAD' | 'GET'
  follow: boolean
}

/** A problem the page shows instead of a result: the same code, title and detail the API's problem has. */
export interface CheckerProblem {
  code: string
  title: string
  detail: string
  /** The field it is about. */
  field: 'url' | 'urls'
}

export interface CheckerOutcome {
  form: CheckerForm
  /** The report of the single URL. */
  report?: CheckReport
  /** The reports of the list, in its order. */
  reports?: readonly CheckReport[]
  problem?: CheckerProblem
  /** Most URLs the list takes. */
  maxUrls: number
}

export const EMPTY_FORM: CheckerForm = Object.freeze({ url: '', urls: '', method: 'HEAD', follow: true })

/** The shareable URL of a single check; the options only where they differ from the defaults. */
export function checkerHref(form: Pick<CheckerForm, 'method' | 'follow'>, url: string): string {
  const query = new URLSearchParams({ url })
  if (form.method !== 'HEAD') query.set('method', form.method)
  if (!form.follow) query.set('follow', 'false')
  return `${URL_CHECKER_PATH}?${query}`
}

function StatusLink({ site, status, name }: { site: Site; status: number | null; name: string | null }) {
  if (status === null) return <>no response</>
  const record = site.catalog.find(status)
  const text = `${status} ${name ?? record?.name ?? '(not in our catalog)'}`
  return record === undefined ? <>{text}</> : <a href={recordPath(site.catalog, record)}>{text}</a>
}

function Explained({ code, explanation, detail }: { code: string; explanation: Explanation; detail?: string }) {
  return (
    <>
      <p>
        <strong>{explanation.title}</strong> (<code>{code}</code>). {explanation.meaning}
      </p>
      {detail === undefined ? null : <p>The checker said: “{detail}”</p>}
      <p>What to try: {explanation.tryThis}</p>
    </>
  )
}

/** The /check URL that gives the same report as JSON. */
function apiHref(form: CheckerForm, url: string): string {
  return `/check?${new URLSearchParams({ url, method: form.method, follow: String(form.follow) })}`
}

function Report({ site, form, report }: { site: Site; form: CheckerForm; report: CheckReport }) {
  const { error } = report
  return (
    <section aria-labelledby="result-title">
      <h2 id="result-title">Result</h2>
      <dl class="facts">
        <dt>URL</dt>
        <dd class="url">{report.url}</dd>
        <dt>Final status</dt>
        <dd>
          <StatusLink site={site} status={report.status} name={report.name} />
        </dd>
        {report.finalUrl === report.url ? null : (
          <>
            <dt>Final URL</dt>
            <dd class="url">{report.finalUrl}</dd>
          </>
        )}
        <dt>Took</dt>
        <dd>
          {report.durationMs} ms, checked at {report.checkedAt}
          {report.cached ? ' (from the cache: identical checks within a minute are answered once)' : ''}
        </dd>
      </dl>
      {error === null ? null : (
        <div class="check-error" role="status">
          <h3>{`What went wrong${error.hop < report.hops.length ? ` at hop ${error.hop + 1}` : error.hop > 0 ? ` after hop ${error.hop}` : ''}`}</h3>
          <Explained code={error.code} explanation={REPORT_ERRORS[error.code]} detail={error.message} />
        </div>
      )}
      {report.hops.length === 0 ? (
        <p>No response came back, so there are no hops to show.</p>
      ) : (
        <>
          <h3>Hops</h3>
          <section class="table-scroll" aria-label="Hops, in order" tabIndex={0}>
            <table class="hops">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Request</th>
                  <th scope="col">Status</th>
                  <th scope="col">Location</th>
                  <th scope="col">Time</th>
                </tr>
              </thead>
              <tbody>
                {report.hops.map((hop, i) => (
                  <tr>
                    <td>{i + 1}</td>
                    <td class="url">
                      {hop.method} {hop.url}
                    </td>
                    <td>
                      <StatusLink site={site} status={hop.status} name={hop.name} />
                    </td>
                    <td class="url">{hop.location ?? '-'}</td>
                    <td>{hop.durationMs} ms</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
      <p>
        The same report as JSON: <a href={apiHref(form, report.url)}>GET /check for this URL</a>.
      </p>
    </section>
  )
}

function Reports({ site, form, reports }: { site: Site; form: CheckerForm; reports: readonly CheckReport[] }) {
  const codes = [...new Set(reports.flatMap((r) => (r.error === null ? [] : [r.error.code])))]
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">Results</h2>
      <p role="status">
        {reports.length} {reports.length === 1 ? 'URL' : 'URLs'} checked, {reports.filter((r) => r.ok).length} fine. Each URL links to its own report.
      </p>
      <section class="table-scroll" aria-label="One row a URL" tabIndex={0}>
        <table class="hops">
          <thead>
            <tr>
              <th scope="col">URL</th>
              <th scope="col">Final status</th>
              <th scope="col">Hops</th>
              <th scope="col">Time</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {reports.map((r) => (
              <tr>
                <td class="url">
                  <a href={checkerHref(form, r.url)}>{r.url}</a>
                </td>
                <td>
                  <StatusLink site={site} status={r.status} name={r.name} />
                </td>
                <td>{r.hops.length}</td>
                <td>{r.durationMs} ms</td>
                <td>{r.error === null ? '-' : <a href={`#error-${r.error.code}`}>{REPORT_ERRORS[r.error.code].title}</a>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {codes.length === 0 ? null : (
        <>
          <h3>What the problems mean</h3>
          {codes.map((code) => (
            <div class="check-error" id={`error-${code}`}>
              <Explained code={code} explanation={REPORT_ERRORS[code]} />
            </div>
          ))}
        </>
      )}
    </section>
  )
}

/** The method and follow fields; `id` keeps the two forms' ids apart. */
function Options({ id, form }: { id: string; form: CheckerForm }) {
  return (
    <div class="options">
      <p>
        <label for={`${id}-method`}>Method</label>{' '}
        <select id={`${id}-method`} name="method">
          <option value="HEAD" selected={form.method === 'HEAD'}>
            HEAD (headers only)
          </option>
          <option value="GET" selected={form.method === 'GET'}>
            GET
          </option>
        </select>
      </p>
      <p>
        <label for={`${id}-follow`}>Follow redirects</label>{' '}
        <select id={`${id}-follow`} name="follow">
          <option value="true" selected={form.follow}>
            Yes
          </option>
          <option value="false" selected={!form.follow}>
            No, show the first hop only
          </option>
        </select>
      </p>
    </div>
  )
}

function ErrorMessage({ id, problem }: { id: string; problem: CheckerProblem }) {
  return (
    <p class="error-message" id={id}>
      {problem.detail}
    </p>
  )
}

function Checker({ site, outcome }: { site: Site; outcome: CheckerOutcome }) {
  const { form, problem, maxUrls } = outcome
  const urlError = problem?.field === 'url' ? problem : undefined
  const urlsError = problem?.field === 'urls' ? problem : undefined
  const explanation = problem === undefined ? undefined : EXPLANATIONS.get(problem.code)
  return (
    <>
      <h1>URL checker</h1>
      <p>
        See what a URL answers: its final status and every redirect on the way, fetched from our server. The checker sends HEAD (or GET) requests without
        cookies, reads no bodies, and only connects to public addresses.
      </p>
      {problem === undefined ? null : (
        <div class="error-summary" role="alert" aria-labelledby="error-title">
          <h2 id="error-title">{problem.title}</h2>
          <p>
            <a href={`#${problem.field}-field`}>{problem.detail}</a>
          </p>
          {explanation === undefined ? null : <Explained code={problem.code} explanation={explanation} />}
        </div>
      )}
      {outcome.report === undefined ? null : <Report site={site} form={form} report={outcome.report} />}
      {outcome.reports === undefined ? null : <Reports site={site} form={form} reports={outcome.reports} />}
      <h2 id="check-one">Check a URL</h2>
      <form action={URL_CHECKER_PATH} method="get">
        <label for="url-field">URL</label>
        <p class="hint" id="url-hint">
          An absolute http or https URL, such as https://example.com/old-page.
        </p>
        {urlError === undefined ? null : <ErrorMessage id="url-error" problem={urlError} />}
        <input
          type="text"
          inputmode="url"
          class="wide"
          id="url-field"
          name="url"
          value={form.url}
          maxLength={2048}
          spellcheck={false}
          autocomplete="url"
          aria-describedby={urlError === undefined ? 'url-hint' : 'url-hint url-error'}
          aria-invalid={urlError === undefined ? undefined : 'true'}
        />
        <Options id="one" form={form} />
        <button type="submit">Check</button>
      </form>
      <h2 id="check-many">Check several URLs</h2>
      <form action={URL_CHECKER_PATH} method="post">
        <label for="urls-field">URLs</label>
        <p class="hint" id="urls-hint">
          Up to {maxUrls} URLs, one a line. The results are a table, each URL linking to its own report.
        </p>
        {urlsError === undefined ? null : <ErrorMessage id="urls-error" problem={urlsError} />}
        <textarea
          id="urls-field"
          name="urls"
          rows={6}
          spellcheck={false}
          aria-describedby={urlsError === undefined ? 'urls-hint' : 'urls-hint urls-error'}
          aria-invalid={urlsError === undefined ? undefined : 'true'}
        >
          {form.urls}
        </textarea>
        <Options id="many" form={form} />
        <button type="submit">Check all</button>
      </form>
      <h2 id="errors">What the checker can report</h2>
      <dl>
        {Object.entries(REPORT_ERRORS).map(([code, e]) => (
          <>
            <dt>
              <code>{code}</code>: {e.title}
            </dt>
            <dd>
              {e.meaning} {e.tryThis}
            </dd>
          </>
        ))}
      </dl>
      <p>
        Programs can use the same checker directly: <a href="/docs#/check">GET and POST /check in the API documentation</a>. Each URL, and each
        redirect followed, spends one unit of the same per-minute allowance, whether it is checked here or through the API.
      </p>
    </>
  )
}

/** The page: the empty form, a single report, a list's reports, or a problem with the form. */
export function renderUrlChecker(site: Site, outcome: CheckerOutcome): string {
  const { form } = outcome
  const asked = form.url !== '' || form.urls !== '' || outcome.problem !== undefined
  const path = outcome.report !== undefined ? checkerHref(form, outcome.report.url) : URL_CHECKER_PATH
  return renderPage(
    site,
    {
      title: outcome.report !== undefined ? `URL check: ${outcome.report.url}` : outcome.reports !== undefined ? `URL check: ${outcome.reports.length} URLs` : 'URL checker',
      description: 'Check the status and the redirect chain of a URL, or of a list of up to 20 URLs, with every error explained in plain words.',
      path,
      crumbs: [{ name: 'Home', path: '/' }, { name: 'URL checker' }],
      // Results are answers to a question, for the one who asked: not for search engines.
      noindex: asked
    },
    <Checker site={site} outcome={outcome} />
  )
}
