import type { Aspect, Comparison as ComparisonData, Curated } from '../schemas/compare.js'
import type { CodeSummary } from '../schemas/code.js'
import { renderPage, type Site } from './layout.js'
import { COMPARE_FORM_PATH, comparePath, recordPath } from './urls.js'

type Value = Aspect['values'][number]['value']

/** A comparison as compareRecords builds it: the schema's refs (CodeSummary, CuratedComparison) resolved. */
export type Comparison = Omit<ComparisonData, 'codes' | 'curated'> & { codes: CodeSummary[]; curated: Curated | null }

const show = (v: Value): string => (v === null ? 'None' : typeof v === 'boolean' ? (v ? 'Yes' : 'No') : Array.isArray(v) ? (v.length === 0 ? 'None' : v.join(', ')) : v)

function AspectTable({ caption, aspects, comparison }: { caption: string; aspects: Aspect[]; comparison: Comparison }) {
  return (
    <section class="table-scroll" aria-label={caption} tabIndex={0}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Aspect</th>
            {comparison.codes.map((c) => (
              <th scope="col">
                {c.code} {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {aspects.map((a) => (
            <tr>
              <th scope="row">{a.label}</th>
              {a.values.map((v) => (
                <td>{show(v.value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}

function ComparePage({ site, comparison }: { site: Site; comparison: Comparison }) {
  const { curated } = comparison
  const names = comparison.codes.map((c) => `${c.code} ${c.name}`)
  return (
    <>
      <h1>{curated?.title ?? names.join(' vs ')}</h1>
      <h2 id="verdict">The verdict</h2>
      <p class="lead">{comparison.verdict}</p>

      {curated === null ? null : (
        <>
          <h2 id="when">When to use each</h2>
          <dl class="facts">
            {curated.whenToUse.map((w) => (
              <>
                <dt>
                  <a href={recordPath(site.catalog, site.catalog.find(w.code)!)}>{w.code}</a>
                </dt>
                <dd>{w.when}</dd>
              </>
            ))}
          </dl>
          <h2 id="mistake">The common mistake</h2>
          <p>{curated.commonMistake}</p>
          <h2 id="example">An example</h2>
          <p>{curated.example}</p>
        </>
      )}

      <h2 id="differences">Differences</h2>
      {comparison.differences.length === 0 ? <p>None beyond their meaning.</p> : <AspectTable caption="How they differ" aspects={comparison.differences} comparison={comparison} />}
      <h2 id="similarities">Similarities</h2>
      {comparison.similarities.length === 0 ? <p>They share none of the aspects compared.</p> : <AspectTable caption="What they share" aspects={comparison.similarities} comparison={comparison} />}

      <h2 id="codes">The codes</h2>
      <ul>
        {comparison.codes.map((c) => (
          <li>
            <a href={recordPath(site.catalog, c)}>
              {c.code} {c.name}
            </a>
            : {c.summary}
          </li>
        ))}
      </ul>
      {comparison.seeAlso.length === 0 ? null : (
        <>
          <h2 id="see-also">See also</h2>
          <ul>
            {comparison.seeAlso.map((c) => (
              <li>
                <a href={comparePath(c.codes)}>{c.title}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href={COMPARE_FORM_PATH}>Compare other codes</a>
      </p>
    </>
  )
}

export function renderCompare(site: Site, comparison: Comparison): string {
  const codes = comparison.codes.map((c) => c.code)
  const title = comparison.curated?.title ?? comparison.codes.map((c) => `${c.code} ${c.name}`).join(' vs ')
  return renderPage(
    site,
    {
      title: `${title}`,
      description: comparison.curated?.keyDifference ?? comparison.verdict,
      path: comparePath(codes),
      json: comparison.link,
      crumbs: [{ name: 'Home', path: '/' }, { name: 'Compare', path: COMPARE_FORM_PATH }, { name: codes.join(' vs ') }]
    },
    <ComparePage site={site} comparison={comparison} />
  )
}

export interface CompareFormState {
  /** The text as the person typed it. */
  value: string
  error?: string
}

function CompareForm({ site, state }: { site: Site; state: CompareFormState }) {
  const invalid = state.error !== undefined
  return (
    <>
      <h1>Compare status codes</h1>
      {invalid ? (
        <div class="error-summary" role="alert" aria-labelledby="error-title">
          <h2 id="error-title">There is a problem</h2>
          <p>
            <a href="#codes-field">{state.error}</a>
          </p>
        </div>
      ) : null}
      <form action={COMPARE_FORM_PATH} method="get">
        <label for="codes-field">Codes to compare</label>
        <p class="hint" id="codes-hint">
          Two to four codes, separated by commas or spaces, such as 401, 403.
        </p>
        {invalid ? (
          <p class="error-message" id="codes-error">
            {state.error}
          </p>
        ) : null}
        <input
          type="text"
          id="codes-field"
          name="codes"
          value={state.value}
          maxLength={64}
          autocomplete="off"
          aria-describedby={invalid ? 'codes-hint codes-error' : 'codes-hint'}
          aria-invalid={invalid ? 'true' : undefined}
        />{' '}
        <button type="submit">Compare</button>
      </form>
      <h2 id="curated">Codes people confuse</h2>
      <ul>
        {site.catalog.comparisons.map((c) => (
          <li>
            <a href={comparePath(c.codes)}>{c.title}</a>
          </li>
        ))}
      </ul>
    </>
  )
}

export function renderCompareForm(site: Site, state: CompareFormState): string {
  return renderPage(
    site,
    {
      title: 'Compare status codes',
      description: 'Put two to four HTTP status codes side by side: how they differ, what they share, and which to use.',
      path: COMPARE_FORM_PATH,
      json: '/compare',
      crumbs: [{ name: 'Home', path: '/' }, { name: 'Compare' }]
    },
    <CompareForm site={site} state={state} />
  )
}
