/** /sitemap.xml (sitemaps.org 0.9) over every page path, and /robots.txt pointing at it. */

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

export function sitemapXml(origin: string, paths: readonly string[]): string {
  const urls = paths.map((p) => `  <url><loc>${xmlEscape(origin + p)}</loc></url>`)
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`
}

/** Crawlers may read every page; the echo and check endpoints answer with made-up statuses or fetch other sites, so they stay out. */
export function robotsTxt(origin: string): string {
  return `User-agent: *\nDisallow: /echo/\nDisallow: /check\nAllow: /\n\nSitemap: ${origin}/sitemap.xml\n`
}
