/**
 * The tools the footer and the home page list. Issue 15 builds a page for each of the four tools; until
 * then these point at the API operations that do the work, in the API's docs.
 */
export interface Tool {
  name: string
  description: string
  path: string
}

export const TOOLS: readonly Tool[] = [
  { name: 'Echo any status', description: 'Get a real response with any status code, correct on the wire, to test an HTTP client.', path: '/docs#/echo' },
  { name: 'Check a URL', description: 'See the status and the redirect chain a URL answers with, from our server.', path: '/docs#/check' },
  { name: 'Cheat sheet', description: 'Every code on one page, one line each, to print on two sheets or download.', path: '/cheat-sheet' },
  { name: 'Status code quiz', description: 'Test what you know: which code means what, and which fits a scenario.', path: '/quiz' },
  { name: 'Compare codes', description: 'Put two to four codes side by side.', path: '/vs' }
]
