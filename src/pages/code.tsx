import type { CodeRecord } from '../schemas/code.js'
import { renderPage, type Crumb, type Site } from './layout.js'
import { FaqList, faqPage } from './components/faq.js'
import { Snippets } from './components/snippets.js'
import { apiCodePath, categoryPath, codePath, comparePath, recordPath } from './urls.js'

const RETRY: Record<CodeRecord['semantics']['retry'], string> = {
  'not-needed': 'Not needed: it is not an error.',
  'after-change': 'Only after changing the request: the same request will fail again.',
  'with-backoff': 'The same request may succeed later: retry after a pause, with backoff.',
  immediately: 'The same request may be sent again at once; waiting gains nothing.',
  no: 'Retrying will not help.'
}

const yesNo = (b: boolean) => (b ? 'Yes' : 'No')

/** Whether /echo can send the code: everything but 101, which needs a protocol switch. */
const echoable = (r: CodeRecord) => r.code !== 101

export const vendorName = (site: Site, vendor: string | null) => (vendor === null ? 'IANA' : (site.catalog.vendors.find((v) => v.id === vendor)?.name ?? vendor))

/** The notes on a code's standing that a reader must see before relying on it. */
function notesOf(site: Site, r: CodeRecord): string[] {
  const notes: string[] = []
  if (r.status === 'deprecated') notes.push('Deprecated: the code is registered, but its specification advises against using it.')
  if (r.status === 'unused') notes.push('Unused: the number is reserved, and no server should send it as a real status.')
  if (r.status === 'obsolete') notes.push('Obsolete: IANA lists the specification that defined it as obsoleted.')
  if (r.status === 'temporary') notes.push('Temporary: IANA holds this registration provisionally; it may change or lapse.')
  if (r.vendor !== null) notes.push(`Vendor-only: not in the IANA registry. This meaning is ${vendorName(site, r.vendor)}'s.`)
  if (!r.semantics.reachesClient) notes.push('Never reaches a client: the server only writes it to its logs.')
  if (r.semantics.sentAs !== null) notes.push(`Sent as ${r.semantics.sentAs}: clients see ${r.semantics.sentAs} on the wire, not ${r.code}.`)
  return notes
}

/** The title of a meaning: "409 Conflict", with the vendor when the number is shared. */
export const meaningTitle = (site: Site, r: Pick<CodeRecord, 'code' | 'name' | 'vendor'>) =>
  (site.catalog.meaningsOf(r.code)?.length ?? 1) > 1 ? `${r.code} ${r.name} (${vendorName(site, r.vendor)})` : `${r.code} ${r.name}`

export function codeCrumbs(site: Site, r: CodeRecord): Crumb[] {
  const category = site.catalog.category(r.categories[0]!)
  return [{ name: 'Home', path: '/' }, ...(category === undefined ? [] : [{ name: category.name, path: categoryPath(category) }]), { name: `${r.code} ${r.name}` }]
}

function CodePage({ site, r }: { site: Site; r: CodeRecord }) {
  const { catalog } = site
  const notes = notesOf(site, r)
  const nameOf = (code: number) => catalog.find(code)?.name ?? ''
  const linkTo = (code: number) => (
    <a href={codePath(catalog, code, catalog.find(code)?.vendor ?? null)}>
      {code} {nameOf(code)}
    </a>
  )
  const s = r.semantics
  const wire = r.example.raw.replace(/\r\n/g, '\n')
  return (
    <>
      <article>
        <h1>
          <span class="emoji" aria-hidden="true">
            {r.emoji}
          </span>
          {r.code} {r.name}
        </h1>
        <p class="lead">{r.summary}</p>
        {notes.length === 0 ? null : (
          <div class="note" role="note" aria-label="Status notes">
            {notes.map((n) => (
              <p>{n}</p>
            ))}
          </div>
        )}

        <h2 id="meaning">What does this mean?</h2>
        <p>{r.meaning}</p>

        <h2 id="at-a-glance">At a glance</h2>
        <dl class="facts">
          <dt>Class</dt>
          <dd>{r.class === null ? 'None: outside HTTP\'s five classes' : r.class}</dd>
          <dt>Standing</dt>
          <dd>{r.vendor === null ? `${r.status} (IANA registry)` : `unofficial (${vendorName(site, r.vendor)})`}</dd>
          <dt>Cacheable by default</dt>
          <dd>{yesNo(s.cacheableByDefault)}</dd>
          <dt>Response may have content</dt>
          <dd>{yesNo(s.contentAllowed)}</dd>
          {s.redirect === null ? null : (
            <>
              <dt>Redirect</dt>
              <dd>
                {s.redirect.permanent === null ? 'Neither permanent nor temporary' : s.redirect.permanent ? 'Permanent' : 'Temporary'}; the method{' '}
                {s.redirect.method === 'preserved' ? 'is kept' : s.redirect.method === 'changed-to-get' ? 'becomes GET' : 'may change to GET'}
              </dd>
            </>
          )}
          <dt>Retry</dt>
          <dd>{RETRY[s.retry]}</dd>
          <dt>Required headers</dt>
          <dd>{s.requiredHeaders.length === 0 ? 'None' : s.requiredHeaders.join(', ')}</dd>
          <dt>Recommended headers</dt>
          <dd>{s.recommendedHeaders.length === 0 ? 'None' : s.recommendedHeaders.join(', ')}</dd>
        </dl>

        <h2 id="example">Example response</h2>
        <p>{r.example.description}</p>
        {r.example.request === null ? null : (
          <p>
            Request: <code>{r.example.request}</code>
          </p>
        )}
        <pre data-copy="example response" tabIndex={0} aria-label={`Example ${r.code} response as sent on the wire`}>
          <code>{wire}</code>
        </pre>

        <h2 id="causes">Common causes</h2>
        <ul>
          {r.commonCauses.map((c) => (
            <li>{c}</li>
          ))}
        </ul>

        <h2 id="definition">Technical definition</h2>
        <p>{r.definition}</p>

        {r.spec === null ? null : (
          <>
            <h2 id="rfc">{r.spec.document} says</h2>
            {r.spec.quote === null ? (
              <p>
                Defined in <a href={r.spec.url}>{r.spec.section === null ? r.spec.document : `${r.spec.document}, Section ${r.spec.section}`}</a>.
              </p>
            ) : (
              <blockquote cite={r.spec.url}>
                <p>{r.spec.quote}</p>
                <footer>
                  <cite>
                    <a href={r.spec.url}>{r.spec.section === null ? r.spec.document : `${r.spec.document}, Section ${r.spec.section}`}</a>
                  </cite>
                </footer>
              </blockquote>
            )}
          </>
        )}

        <h2 id="plain-english">In plain English</h2>
        <p>{r.explanation}</p>

        <h2 id="misinterpretation">The common misinterpretation</h2>
        <p>
          <strong>The mistake:</strong> {r.misinterpretation.mistake}
        </p>
        <p>
          <strong>Instead:</strong> {r.misinterpretation.correction}
        </p>
        {r.misinterpretation.useInstead.length === 0 ? null : (
          <p>
            Use instead:{' '}
            {r.misinterpretation.useInstead.map((c, i) => (
              <>
                {i > 0 ? ', ' : ''}
                {linkTo(c)}
              </>
            ))}
          </p>
        )}

        <h2 id="snippets">Sending {r.code} from your framework</h2>
        <Snippets snippets={r.snippets} />

        <h2 id="faq">Frequently asked questions</h2>
        <FaqList faq={r.faq} />

        <h2 id="related">Related codes</h2>
        <ul>
          {r.related.map((rel) => (
            <li>
              {linkTo(rel.code)}: {rel.reason}
            </li>
          ))}
        </ul>

        {r.otherMeanings.length === 0 ? null : (
          <>
            <h2 id="other-meanings">Other meanings of {r.code}</h2>
            <ul>
              {r.otherMeanings.map((o) => (
                <li>
                  <a href={codePath(catalog, o.code, o.vendor)}>
                    {o.code} {o.name}
                  </a>{' '}
                  ({vendorName(site, o.vendor)})
                </li>
              ))}
            </ul>
          </>
        )}

        {r.comparisons.length === 0 ? null : (
          <>
            <h2 id="comparisons">Compared with</h2>
            <ul>
              {r.comparisons.map((c) => (
                <li>
                  <a href={comparePath(c.codes)}>{c.title}</a>
                </li>
              ))}
            </ul>
          </>
        )}

        <h2 id="more">Use it and read more</h2>
        <ul>
          <li>
            <a href={apiCodePath(catalog, r.code, r.vendor)}>This record as JSON</a> (the API)
          </li>
          {echoable(r) ? (
            <li>
              <a href={`/echo/${r.code}`}>A real {r.code} response from /echo/{r.code}</a>
            </li>
          ) : null}
          {r.mdn === null ? null : (
            <li>
              <a href={r.mdn}>MDN on {r.code}</a>
            </li>
          )}
          {r.sources.map((src) => (
            <li>
              <a href={src.url}>{src.title}</a>
            </li>
          ))}
        </ul>
      </article>

      <nav class="pager" aria-label="Previous and next codes">
        <ul>
          {r.previous === null ? null : (
            <li>
              Previous: <a href={codePath(catalog, r.previous.code, r.previous.vendor)} rel="prev">{`${r.previous.code} ${r.previous.name}`}</a>
            </li>
          )}
          {r.next === null ? null : (
            <li>
              Next: <a href={codePath(catalog, r.next.code, r.next.vendor)} rel="next">{`${r.next.code} ${r.next.name}`}</a>
            </li>
          )}
        </ul>
      </nav>
    </>
  )
}

export function renderCode(site: Site, r: CodeRecord): string {
  const path = recordPath(site.catalog, r)
  return renderPage(
    site,
    {
      title: `${meaningTitle(site, r)}`,
      description: r.summary,
      path,
      json: apiCodePath(site.catalog, r.code, r.vendor),
      crumbs: codeCrumbs(site, r),
      structured: [faqPage(r.faq)]
    },
    <CodePage site={site} r={r} />
  )
}
