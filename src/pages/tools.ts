import { COMPARE_FORM_PATH, PLAYGROUND_PATH, URL_CHECKER_PATH } from './urls.js'

/** A tool the footer of every page and the home page list. */
export interface Tool {
  name: string
  description: string
  path: string
}

/** The tools, in the order the footer and the home page show them. */
export const TOOLS: readonly Tool[] = [
  { name: 'Cheat sheet', description: 'Every code on one page, to read, print or download as Markdown or CSV.', path: '/cheat-sheet' },
  { name: 'Status code quiz', description: 'Test what you know: what a code means, which code fits a scenario, how two codes differ.', path: '/quiz' },
  { name: 'URL checker', description: 'See the status and every redirect a URL answers with, or check a list of up to 20 URLs.', path: URL_CHECKER_PATH },
  { name: 'API playground', description: 'Compose a request to /echo, get its URL and curl command, and test how your client handles any status.', path: PLAYGROUND_PATH },
  { name: 'Compare codes', description: 'Put two to four codes side by side.', path: COMPARE_FORM_PATH }
]
