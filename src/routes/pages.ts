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
import { TOOLS } from '../pages/tools.js'
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
  PLAYGROUND_PATH,
  QUIZ_ANSWER_PATH,
  QUIZ_PATH,
  QUIZ_QUESTION_PATH,
  SEARCH_PATH,
  URL_CHECKER_PATH,
  categoryPath,
  comparePath,
  isApiPath,
  recordPath
} from '../pages/urls.js'
import { cheatSheetCsv, cheatSheetMarkdown, renderCheatSheet } from '../pages/cheat-sheet.js'
import { questionPath, renderQuizAnswer, renderQuizIntro, renderQuizQuestion, type QuizPlace } from '../pages/quiz.js'
import { CHOICE_KEYS, POSITION_MAX, Quiz, SEED_PATTERN, type ChoiceKey } from '../quiz/quiz.js'
import { randomBytes } from 'node:crypto'
import { renderPlayground } from '../pages/playground.js'
import { DRAFT_FIELD_MAX_LENGTH, EMPTY_DRAFT, composeEcho, type EchoDraft } from '../echo/compose.js'
import { EMPTY_FORM, renderUrlChecker, type CheckerForm, type CheckerOutcome } from '../pages/url-checker.js'
import { MAX_URL_LENGTH } from '../check/target.js'
import { MAX_BATCH, type Checks } from './check.js'
import { parseCodes } from './compare.js'
import { notFound, sendProblem } from '../plugins/problems.js'
import { isPreflight, preflightHeaders } from '../plugins/methods.js'
import { ERRORS, invalid } from '../errors.js'

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
  /** ECHO_MAX_DELAY_MS, for the playground's checks of a composed request. */
  echoMaxDelayMs?: number
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
  readonly urlChecker: () => Representation
  readonly playground: () => Representation
  readonly search: () => Representation
  readonly sitemap: () => Representation
  readonly robots: () => Representation
  readonly cheatSheetMarkdown: () => Representation
  readonly cheatSheetCsv: () => Representation
  readonly quiz: Quiz
  /** Every page the sitemap lists, in its order. */
  readonly paths: readonly string[]
  readonly echoMaxDelayMs: number
  private readonly remember: ReturnType<typeof representationMemo>

  constructor({ catalog, quiz = new Quiz(catalog), origin, memoEntries, assets = loadAssets(), echoMaxDelayMs = 10_000 }: SiteOptions) {
    const site: Site = { origin, assets, catalog, tools: TOOLS }
    this.site = site
    this.quiz = quiz
    const html = (render: () => string, vary: string | null = null) => lazy(() => representText(render(), HTML_TYPE, vary))
    // The home page is one of two representations of /, chosen by Accept.
    this.home = html(() => renderHome(site), 'Accept')
    this.compareForm = html(() => renderCompareForm(site, { value: '' }))
    this.search = html(() => renderSearch(site, { q: '', results: [] }))
    this.urlChecker = html(() => renderUrlChecker(site, { form: EMPTY_FORM, maxUrls: MAX_BATCH }))
    this.echoMaxDelayMs = echoMaxDelayMs
    this.playground = html(() => renderPlayground(site, { draft: EMPTY_DRAFT, maxDelayMs: echoMaxDelayMs }))
    for (const record of catalog.records) this.fixed.set(recordPath(catalog, record), html(() => renderCode(site, record)))
    for (const category of catalog.categories) this.fixed.set(categoryPath(category), html(() => renderCategory(site, category)))
    this.fixed.set(QUIZ_PATH, html(() => renderQuizIntro(site)))
    this.fixed.set(CHEAT_SHEET_PATH, html(() => renderCheatSheet(site)))
    this.cheatSheetMarkdown = lazy(() => representText(cheatSheetMarkdown(catalog, origin), 'text/markdown; charset=utf-8; variant=CommonMark'))
    this.cheatSheetCsv = lazy(() => representText(cheatSheetCsv(catalog, origin), 'text/csv; charset=utf-8; header=present'))
    this.assets = new Map(Object.values(assets).map((a) => [a.path, representText(a.text, a.type)]))
    this.remember = representationMemo(memoEntries)
    // Search pages are answers to a query, not content: they stay out.
    this.paths = ['/', ...this.fixed.keys(), ...catalog.comparisons.map((c) => comparePath(c.codes)), COMPARE_FORM_PATH, URL_CHECKER_PATH, PLAYGROUND_PATH]
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

  /** The playground page of a draft /echo accepts (a draft within /echo's bounds, so a few KB at most). */
  composedRequest(draft: EchoDraft, composed: string): Representation {
    return this.remember(`playground:${JSON.stringify(draft)}`, () =>
      representText(renderPlayground(this.site, { draft, maxDelayMs: this.echoMaxDelayMs, composed }), HTML_TYPE, null, 'fast')
    )
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

/** Sends a page that is made for one request (an error, a form with a mistake in it, a check's results): never cached. */
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
  /** The URL checker /check uses, for the URL checker page. */
  checks: Checks
}

/** The longest list the URL checker page takes: MAX_BATCH URLs of the longest length, one a line. */
export const URL_LIST_MAX_LENGTH = MAX_BATCH * (MAX_URL_LENGTH + 2)

/** The lines of a list of URLs, trimmed, blank ones dropped. */
export const urlLines = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '')

/** The playground's fields by the /echo parameter an error names, where the names differ. */
const DRAFT_FIELD_OF: ReadonlyMap<string, keyof EchoDraft> = new Map([
  ['codes', 'weights'],
  ['header', 'headers']
] as const)

/** The checker form's options: anything but what the form offers is a 400. */
function checkerOptions(query: Record<string, unknown>): Pick<CheckerForm, 'method' | 'follow'> {
  const method = first(query.method) ?? 'HEAD'
  const follow = first(query.follow) ?? 'true'
  if (method !== 'HEAD' && method !== 'GET') throw invalid('querystring', '/method', 'The method must be HEAD or GET.')
  if (follow !== 'true' && follow !== 'false') throw invalid('querystring', '/follow', 'Follow redirects must be true or false.')
  return { method, follow: follow === 'true' }
}

/**
 * The page routes. Every one is hidden from the OpenAPI document: the API's document describes the
 * API, and pages are for people. Query parameters a page does not use are ignored (links people share
 * carry tracking parameters); the canonical link names the page without them.
 */
export default async function pages(app: FastifyInstance, { pages, cacheMaxAgeS, checks }: PagesOptions) {
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
   * The URL checker: the same checker, policy, cache, slots and allowance as /check (one unit per URL
   * and per redirect followed), its answers rendered for people. Results are for the one who asked:
   * never cached, never indexed. A problem is the page with the form and the API's code and detail,
   * with the API's status (400, 403 for a refused destination, 429, 503).
   */
  async function answerChecker(request: FastifyRequest, reply: FastifyReply, query: Record<string, unknown>): Promise<void> {
    const field = query.urls === undefined ? 'url' : 'urls'
    const url = first(query.url) ?? ''
    const urls = first(query.urls) ?? ''
    // What the form shows again: as typed, cut to what the fields take.
    const outcome: CheckerOutcome = { form: { ...EMPTY_FORM, url: url.slice(0, MAX_URL_LENGTH), urls: urls.slice(0, URL_LIST_MAX_LENGTH) }, maxUrls: MAX_BATCH }
    let status = 200
    try {
      const options = checkerOptions(query)
      outcome.form = { ...outcome.form, ...options }
      const req = checks.request(options, 'querystring')
      if (field === 'urls') {
        if (urls.length > URL_LIST_MAX_LENGTH) throw invalid('querystring', '/urls', `The list must be at most ${URL_LIST_MAX_LENGTH} characters long.`)
        const list = urlLines(urls)
        if (list.length === 0) throw invalid('querystring', '/urls', 'Enter at least one URL, one a line.')
        if (list.length > MAX_BATCH) throw invalid('querystring', '/urls', `Check at most ${MAX_BATCH} URLs at once; that was ${list.length}.`)
        await checks.spend(request, reply, list.length)
        outcome.reports = await checks.many(request, reply, list, req)
      } else {
        await checks.spend(request, reply, 1)
        outcome.report = await checks.one(request, reply, checks.target(url.trim()), req)
      }
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error
      for (const [name, value] of Object.entries(error.headers)) reply.header(name, value)
      outcome.problem = { code: error.kind.code, title: error.kind.title, detail: error.message, field }
      status = error.kind.status
    }
    sendErrorPage(reply, status, renderUrlChecker(pages.site, outcome))
  }
  app.get(URL_CHECKER_PATH, hide, async function getUrlChecker(request, reply) {
    const query = request.query as Record<string, unknown>
    if (query.url === undefined && query.urls === undefined) return sendPage(request, reply, pages.urlChecker(), cacheMaxAgeS)
    await answerChecker(request, reply, query)
  })
  // The list's form posts (twenty long URLs do not fit in a request line); its results are rendered
  // directly. The form body is bounded by BODY_LIMIT_BYTES like any other (a 413 problem over it); pages
  // take no other body (a 415 problem).
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, function parseForm(_request, body, done) {
    done(null, Object.fromEntries(new URLSearchParams(body as string)))
  })
  app.post(URL_CHECKER_PATH, hide, async function postUrlChecker(request, reply) {
    const body = (request.body ?? {}) as Record<string, unknown>
    await answerChecker(request, reply, { ...body, urls: body.urls ?? '' })
  })

  /**
   * The API playground: without a draft, the page; with one, the page with the request composed (the
   * same for everyone who asks: kept in the memo and cached), or with what /echo would refuse about it
   * (a 400, not cached).
   */
  app.get(PLAYGROUND_PATH, hide, function getPlayground(request, reply) {
    const query = request.query as Record<string, unknown>
    const names = Object.keys(EMPTY_DRAFT) as Array<keyof EchoDraft>
    if (!names.some((name) => query[name] !== undefined)) return sendPage(request, reply, pages.playground(), cacheMaxAgeS)
    // A field left out is empty; the method is GET unless another is named.
    const given = (name: keyof EchoDraft) => first(query[name]) ?? (name === 'method' ? 'GET' : '')
    const draft = Object.fromEntries(names.map((name) => [name, given(name)])) as unknown as EchoDraft
    const shown = Object.fromEntries(names.map((name) => [name, draft[name].slice(0, DRAFT_FIELD_MAX_LENGTH)])) as unknown as EchoDraft
    try {
      const composed = composeEcho(draft, pages.echoMaxDelayMs)
      sendPage(request, reply, pages.composedRequest(draft, composed), cacheMaxAgeS)
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error
      const named = (error.errors?.[0]?.field ?? '/code').slice(1)
      const field = (DRAFT_FIELD_OF.get(named) ?? named) as keyof EchoDraft
      sendErrorPage(reply, 400, renderPlayground(pages.site, { draft: shown, maxDelayMs: pages.echoMaxDelayMs, error: { field: names.includes(field) ? field : 'code', message: error.message } }))
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
