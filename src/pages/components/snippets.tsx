import type { CodeRecord } from '../../schemas/code.js'

/**
 * The snippets, one titled block per framework. Without JavaScript they are simply all there;
 * public/site.js adds a copy button to each (data-copy names what it copies).
 */
export function Snippets({ snippets }: { snippets: CodeRecord['snippets'] }) {
  return (
    <div class="snippets">
      {snippets.map((s) => (
        <section aria-labelledby={`snippet-${s.id}`}>
          <h3 id={`snippet-${s.id}`}>
            {s.label} <span class="tag">{s.language}</span>
          </h3>
          <pre data-copy={`${s.label} snippet`} tabIndex={0}>
            <code>{s.code}</code>
          </pre>
        </section>
      ))}
    </div>
  )
}
