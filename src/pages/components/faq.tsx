import type { CodeRecord } from '../../schemas/code.js'

type Faq = CodeRecord['faq']

/** Questions as headings, answers as paragraphs: readable without JavaScript, and what FAQPage describes. */
export function FaqList({ faq }: { faq: Faq }) {
  return (
    <div class="faq">
      {faq.map((f) => (
        <>
          <h3>{f.question}</h3>
          <p>{f.answer}</p>
        </>
      ))}
    </div>
  )
}

/** schema.org FAQPage for the same questions. */
export const faqPage = (faq: Faq): object => ({
  '@context': 'https://schema.org',
  '@type': 'FAQPage',
  mainEntity: faq.map((f) => ({ '@type': 'Question', name: f.question, acceptedAnswer: { '@type': 'Answer', text: f.answer } }))
})
