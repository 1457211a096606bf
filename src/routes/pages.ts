import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Catalog } from '../catalog/catalog.js'
import { compareRecords } from '../catalog/compare.js'
import { searchCodes } from '../catalog/search.js'
import { ProblemError } from '../errors.js'
import { IMMUTABLE, representationMemo, representText, sendRepresentation, type Representation } from '../http/representation.js'
import { prefersHtml } from '../http/accept.js'
import { PAGE_CSP } from '../plugins/headers.js'
import { loadAssets, type Assets } from '../pages/assets.js'
import type { Site } from '../pages/layout.js'
import { renderHome } from '../pages/home.js'
import { renderCode } from '../pages/code.js'
import { renderCategory } from '../pages/category.js'
import { renderSearch } from '../pages/search.js'
import { renderCompare, renderCompareForm, type Comparison } from '../pages/compare.js'
import { renderNotFound } from '../pages/not-found.js'
import { robotsTxt, sitemapXml } from '../pages/sitemap.js'
import {
  CHEAT_SHEET_CSV_PATH,
  CHEAT_SHEET_MD_PATH,
  CHEAT_SHEET_PATH,
  COMPARE_FORM_PATH,
  QUIZ_ANSWER_PATH,
  QUIZ_PATH,
  QUIZ_QUESTION_PATH,
  SEARCH_PATH,
  categoryPath,
  comparePath,
  isApiPath,
  recordPath
} from '../pages/urls.js'
import { cheatSheetCsv, cheatSheetMarkdown, renderCheatSheet } from '../pages/cheat-sheet.js'
import { questionPath, renderQuizAnswer, renderQuizIntro, renderQuizQuestion, type QuizPlace } from '../pages/quiz.js'
import { CHOICE_KEYS, POSITION_MAX, Quiz, SEED_PATTERN, type ChoiceKey } from '../quiz/quiz.js'
import { randomBytes } from 'node:crypto'
import { parseCodes } from './compare.js'
import { notFound, sendProblem } from '../plugins/problems.js'
import { isPreflight, preflightHeaders } from '../plugins/methods.js'
import { ERRORS } from '../errors.js'

export const HTML_TYPE = 'text/html; charset=utf-8'
/** Longest search text, as GET /codes?q= allows. */
export const SEARCH_MAX_LENGTH = 100
/** Longest text the compare form accepts, as GET /compare?codes= allows. */
export const COMPARE_MAX_LENGTH = 64
const COMPARISON = /^[1-9][0-9]{2}(?:-vs-[1-9][0-9]{2}){1,3}$/

export interface SiteOptions {
  catalog: Catalog
  /** The quiz over the catalog; made from it when not given. */
  quiz?: Quiz
  /** The absolute origin for canonical links and the sitemap (SITE_ORIGIN). */
  origin: string
  /** How many search-result and uncurated comparison pages are kept (PAGE_MEMO_ENTRIES). */
  memoEntries: number
  assets?: Assets
}

/** A value made on first use and kept. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined
  return () => (value ??= make())
}

/**
 * The site's pages as representations: each rendered on first request and kept (the fixed pages), or
 * kept in a bounded memo (searches and uncurated comparisons, which callers can vary without end).
 * No Fastify here; the plugin below routes to it and app.ts asks it for the home and 404 pages.
 */
export class SitePages {
  readonly site: Site
  /** Every fixed page: its path and how to render it. */
  readonly fixed = new Map<string, () => Representation>()
  readonly assets: ReadonlyMap<string, Representation>
  readonly home: () => Representation
  readonly compareForm: () => Representation
  readonly search: () => Representation
  readonly sitemap: () => Representation
  readonly robots: () => Representation
  readonly cheatSheetMarkdown: () => Representation
  readonly cheatSheetCsv: () => Representation
  readonly quiz: Quiz
  /** Every page the sitemap lists, in its order. */
  readonly paths: readonly string[]
  private readonly remember: ReturnType<typeof representationMemo>

  constructor({ catalog, quiz = new Quiz(catalog), origin, memoEntries, assets = loadAssets() }: SiteOptions) {
    const site: Site = { origin, assets, catalog }
    this.site = site
    this.quiz = quiz
    const html = (render: () => string, vary: string | null = null) => lazy(() => representText(render(), HTML_TYPE, vary))
    // The home page is one of two representations of /, chosen by Accept.
    this.home = html(() => renderHome(site), 'Accept')
    this.compareForm = html(() => renderCompareForm(site, { value: '' }))
    this.search = html(() => renderSearch(site, { q: '', results: [] }))
    for (const record of catalog.records) this.fixed.set(recordPath(catalog, record), html(() => renderCode(site, record)))
    for (const category of catalog.categories) this.fixed.set(categoryPath(category), html(() => renderCategory(site, category)))
    this.fixed.set(QUIZ_PATH, html(() => renderQuizIntro(site)))
    this.fixed.set(CHEAT_SHEET_PATH, html(() => renderCheatSheet(site)))
    this.cheatSheetMarkdown = lazy(() => representText(cheatSheetMarkdown(catalog, origin), 'text/markdown; charset=utf-8; variant=CommonMark'))
    this.cheatSheetCsv = lazy(() => representText(cheatSheetCsv(catalog, origin), 'text/csv; charset=utf-8; header=present'))
    this.assets = new Map(Object.values(assets).map((a) => [a.path, representText(a.text, a.type)]))
    this.remember = representationMemo(memoEntries)
    // Search pages are answers to a query, not content: they stay out.
    this.paths = ['/', ...this.fixed.keys(), ...catalog.comparisons.map((c) => comparePath(c.codes)), COMPARE_FORM_PATH]
    this.sitemap = lazy(() => representText(sitemapXml(origin, this.paths), 'application/xml; charset=utf-8'))
    this.robots = lazy(() => representText(robotsTxt(origin), 'text/plain; charset=utf-8'))
  }

  /** The comparison page of known, distinct, ascending codes. */
  comparison(codes: number[]): Representation {
    const { catalog } = this.site
    return this.remember(`compare:${codes.join(',')}`, () => {
      const comparison = compareRecords(catalog, codes.map((c) => catalog.find(c)!)) as unknown as Comparison
      // Callers can vary these without end: compressed fast, as the API's on-demand answers are.
      return representText(renderCompare(this.site, comparison), HTML_TYPE, null, 'fast')
    })
  }

  /** The results page of a search text that is already trimmed, non-empty and within bounds. */
  results(q: string): Representation {
    const key = q.toLowerCase()
    return this.remember(`search:${key}`, () => representText(renderSearch(this.site, { q, results: searchCodes(this.site.catalog, { q }) }), HTML_TYPE, null, 'fast'))
  }

  /** A quiz question's page at a place in its sequence. */
  question(place: QuizPlace): Representation {
    return this.remember(`quiz:${place.seed}:${place.n}:${place.right}`, () => {
      const question = this.quiz.question(this.quiz.idAt(place.seed, place.n))
      return representText(renderQuizQuestion(this.site, question, place), HTML_TYPE, null, 'fast')
    })
  }

  /** The verdict page on a choice. */
  answer(place: QuizPlace, choice: ChoiceKey): Representation {
    return this.remember(`answer:${place.seed}:${place.n}:${place.right}:${choice}`, () => {
      const question = this.quiz.question(this.quiz.idAt(place.seed, place.n))
      return representText(renderQuizAnswer(this.site, question, place, choice), HTML_TYPE, null, 'fast')
    })
  }

  notFound(detail: string): string {
    return renderNotFound(this.site, detail)
  }
}

/** Whether an unknown path should get the HTML 404 page: a browser reading (GET or HEAD), and not under the API's paths. */
export const wantsPage = (request: FastifyRequest) =>
  (request.method === 'GET' || request.method === 'HEAD') && prefersHtml(request.headers.accept) && !isApiPath(request.url)

/**
 * The answer for a path no page or route has: a browser asking for a page gets the site's 404 page,
 * everything else (programs, and any path under the API's) the 404 problem. app.ts makes it the
 * not-found handler; the page routes use it for paths their patterns admit but no page has.
 */
export function pageNotFound(pages: SitePages) {
  return async function notFoundHandler(request: FastifyRequest, reply: FastifyReply, detail = `There is no page at ${request.url.split('?')[0]}.`) {
    if (!wantsPage(request)) return notFound(request, reply)
    return sendErrorPage(reply.header('vary', 'Accept'), 404, pages.notFound(detail))
  }
}

/** Sends a kept page with its ETag, caching and compression, under the pages' CSP. */
function sendPage(request: FastifyRequest, reply: FastifyReply, rep: Representation, cache: number | string): void {
  reply.header('content-security-policy', PAGE_CSP)
  sendRepresentation(request, reply, rep, cache)
}

/** Sends a page that is an error (a 404, a form with a mistake in it): never cached. */
export function sendErrorPage(reply: FastifyReply, status: number, html: string): FastifyReply {
  return reply.code(status).header('content-security-policy', PAGE_CSP).header('cache-control', 'no-store').type(HTML_TYPE).send(html)
}

/** The first value of a query parameter, whether it was given once or several times. */
const first = (value: unknown): string | undefined => (Array.isArray(value) ? first(value[0]) : typeof value === 'string' ? value : undefined)

const SEED = new RegExp(SEED_PATTERN)
const COUNT = /^(0|[1-9][0-9]{0,3})$/

/** Where a quiz player is, from the query: the place, or what is wrong with it in words. */
export function quizPlace(query: Record<string, unknown>): QuizPlace | string {
  const seed = first(query.seed) ?? ''
  const n = first(query.n) ?? ''
  const right = first(query.right) ?? ''
  if (!SEED.test(seed)) return 'The quiz link is broken: its seed should be 1 to 32 letters, digits, "-" or "_". Start a new quiz.'
  if (!COUNT.test(n) || Number(n) > POSITION_MAX) return `The quiz link is broken: the question number should be from 0 to ${POSITION_MAX}. Start a new quiz.`
  if (!COUNT.test(right) || Number(right) > Number(n)) return 'The quiz link is broken: the score should be a whole number no larger than the questions answered. Start a new quiz.'
  return { seed, n: Number(n), right: Number(right) }
}

/** The headers of a download: its name, and that a browser should save it. */
const attachment = (name: string) => `attachment; filename="${name}"`

export interface PagesOptions {
  pages: SitePages
  cacheMaxAgeS: number
}

/**
 * The page routes. Every one is hidden from the OpenAPI document: the API's document describes the
 * API, and pages are for people. Query parameters a page does not use are ignored (links people share
 * carry tracking parameters); the canonical link names the page without them.
 */
export default async function pages(app: FastifyInstance, { pages, cacheMaxAgeS }: PagesOptions) {
  const hide = { schema: { hide: true } }
  const notFoundPage = pageNotFound(pages)
  for (const [path, rep] of pages.assets) {
    app.get(path, hide, function getAsset(request, reply) {
      sendRepresentation(request, reply, rep, IMMUTABLE)
    })
  }
  app.get('/sitemap.xml', hide, function getSitemap(request, reply) {
    sendRepresentation(request, reply, pages.sitemap(), cacheMaxAgeS)
  })
  app.get('/robots.txt', hide, function getRobots(request, reply) {
    sendRepresentation(request, reply, pages.robots(), cacheMaxAgeS)
  })

  app.get(SEARCH_PATH, hide, function getSearch(request, reply) {
    const q = (first((request.query as Record<string, unknown>).q) ?? '').trim()
    if (q === '') return sendPage(request, reply, pages.search(), cacheMaxAgeS)
    if (q.length > SEARCH_MAX_LENGTH) {
      const error = `Search for at most ${SEARCH_MAX_LENGTH} characters; that was ${q.length}.`
      return void sendErrorPage(reply, 400, renderSearch(pages.site, { q: q.slice(0, SEARCH_MAX_LENGTH), results: [], error }))
    }
    sendPage(request, reply, pages.results(q), cacheMaxAgeS)
  })

  app.get(CHEAT_SHEET_MD_PATH, hide, function getCheatSheetMarkdown(request, reply) {
    reply.header('content-disposition', attachment('http-status-codes.md'))
    sendRepresentation(request, reply, pages.cheatSheetMarkdown(), cacheMaxAgeS)
  })
  app.get(CHEAT_SHEET_CSV_PATH, hide, function getCheatSheetCsv(request, reply) {
    reply.header('content-disposition', attachment('http-status-codes.csv'))
    sendRepresentation(request, reply, pages.cheatSheetCsv(), cacheMaxAgeS)
  })

  // The start button asks for a question without a seed: it gets a new seed and is sent on to question 1.
  app.get(QUIZ_QUESTION_PATH, hide, function getQuizQuestion(request, reply) {
    const query = request.query as Record<string, unknown>
    if (Object.keys(query).length === 0) {
      const place = { seed: randomBytes(6).toString('base64url'), n: 0, right: 0 }
      return void reply.code(303).header('location', questionPath(place)).header('cache-control', 'no-store').send()
    }
    const place = quizPlace(query)
    if (typeof place === 'string') return void sendErrorPage(reply, 400, renderQuizIntro(pages.site, place))
    sendPage(request, reply, pages.question(place), cacheMaxAgeS)
  })

  app.get(QUIZ_ANSWER_PATH, hide, function getQuizAnswer(request, reply) {
    const query = request.query as Record<string, unknown>
    const place = quizPlace(query)
    if (typeof place === 'string') return void sendErrorPage(reply, 400, renderQuizIntro(pages.site, place))
    const choice = first(query.choice)
    if (!(CHOICE_KEYS as readonly string[]).includes(choice ?? '')) {
      const question = pages.quiz.question(pages.quiz.idAt(place.seed, place.n))
      return void sendErrorPage(reply, 400, renderQuizQuestion(pages.site, question, place, 'Choose one of the answers, then check it.'))
    }
    sendPage(request, reply, pages.answer(place, choice as ChoiceKey), cacheMaxAgeS)
  })

  // The compare form submits here: valid codes are sent on to their comparison's own page.
  app.get(COMPARE_FORM_PATH, hide, function getCompareForm(request, reply) {
    const value = first((request.query as Record<string, unknown>).codes)
    if (value === undefined) return sendPage(request, reply, pages.compareForm(), cacheMaxAgeS)
    const shown = value.slice(0, COMPARE_MAX_LENGTH)
    try {
      if (value.length > COMPARE_MAX_LENGTH) throw new ProblemError('ERR_VALIDATION', `Give at most ${COMPARE_MAX_LENGTH} characters; that was ${value.length}.`)
      const codes = parseCodes(pages.site.catalog, value.split(/[\s,]+/).filter((p) => p !== '').join(','))
      reply.code(303).header('location', comparePath(codes)).header('cache-control', 'no-store').send()
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error
      sendErrorPage(reply, error.kind.status, renderCompareForm(pages.site, { value: shown, error: error.message }))
    }
  })

  /**
   * Every other page (/409, /499/esri, /4xx, /vendor/nginx, /401-vs-403) is looked up from one
   * wildcard route, which the router tries only after every API route: a route per page would cost
   * about 1.5 ms of startup each, and parametric routes would subject unknown paths to the router's
   * parameter length limit (a 414 where a 404 belongs). What is not a page gets the usual not-found
   * answer; methods other than GET and HEAD on a page get 405 with Allow, and OPTIONS 204.
   */
  const allow = 'GET, HEAD, OPTIONS'
  const pathOf = (request: FastifyRequest) => `/${(request.params as { '*': string })['*']}`
  /** Other methods are answered from onRequest, before any body is read: a body must not turn the 404 or 405 into a 400. */
  async function otherMethod(request: FastifyRequest, reply: FastifyReply) {
    const path = pathOf(request)
    if (!pages.fixed.has(path) && !COMPARISON.test(path.slice(1))) return notFoundPage(request, reply)
    reply.header('allow', allow)
    if (request.method !== 'OPTIONS') return sendProblem(request, reply, ERRORS.ERR_METHOD_NOT_ALLOWED, `${request.method} is not supported on ${path}. Allowed: ${allow}.`)
    if (isPreflight(request)) preflightHeaders(request, reply, allow)
    return reply.code(204).send()
  }
  // The handler is never reached (the hook has answered); Fastify requires one.
  app.route({ method: ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'], url: '/*', ...hide, onRequest: otherMethod, handler: otherMethod })
  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    exposeHeadRoute: false,
    ...hide,
    handler: async function getPage(request, reply) {
      const path = pathOf(request)
      const page = pages.fixed.get(path)
      const comparison = page === undefined && COMPARISON.test(path.slice(1)) ? path.slice(1) : undefined
      if (page === undefined && comparison === undefined) {
        // /499/nginx names the first meaning of 499, whose page is /499.
        const [, code, vendor] = /^\/([1-9][0-9]{2})\/([a-z0-9-]+)$/.exec(path) ?? []
        const primary = code === undefined ? undefined : pages.site.catalog.meaningsOf(Number(code))?.[0]
        if (primary !== undefined && (primary.vendor ?? 'iana') === vendor) return reply.code(301).header('location', `/${code}`).send()
        return notFoundPage(request, reply)
      }
      if (page !== undefined) return sendPage(request, reply, page(), cacheMaxAgeS)
      // A comparison of two to four codes; other orders redirect to the ascending one.
      const asked = comparison!.split('-vs-')
      let codes: number[]
      try {
        codes = parseCodes(pages.site.catalog, asked.join(','))
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error
        return notFoundPage(request, reply, `There is no comparison at ${path}: ${error.message}`)
      }
      const canonical = comparePath(codes)
      if (canonical !== path) return reply.code(301).header('location', canonical).send()
      sendPage(request, reply, pages.comparison(codes), cacheMaxAgeS)
    }
  })
}
