import { escapeXml } from '../domain/text/escape.ts';
import { siteUrl, type SiteLocation } from '../site/siteLocation.ts';

/**
 * sitemap.xml (sitemaps.org 0.9) of the given site paths: absolute addresses are required, so a build without a site
 * address gets none (null). Sorted, without dates: the file depends only on the pages, so builds stay identical.
 */
export function sitemapXml(paths: readonly string[], where: SiteLocation): string | null {
  if (!where.site) return null;
  const urls = [...new Set(paths)].sort().map((p) => `  <url><loc>${escapeXml(siteUrl(p, where))}</loc></url>`);
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    `${urls.join('\n')}\n</urlset>\n`
  );
}

/** Site path of a built `…/index.html` relative to the output folder (`regions/11/index.html` → `/regions/11/`). */
export function pagePath(file: string): string {
  return `/${file.replace(/\\/g, '/').replace(/index\.html$/, '')}`;
}
