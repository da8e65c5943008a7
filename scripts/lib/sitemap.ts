import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { siteLocation } from '../../src/astro-adapter/site.ts';
import { pagePath, sitemapXml } from '../../src/core/publish/sitemap.ts';
import { routes } from '../../src/core/site/routes.ts';

/**
 * Writes <out>/sitemap.xml listing every built page a search engine should index: not the embed frames (their
 * chart page is canonical), not the redirects of old region codes, not 404. Returns the number of pages listed.
 */
export async function writeSitemap(outDir: string): Promise<number> {
  const files = (await readdir(outDir, { recursive: true })).map(String).filter((f) => f.endsWith('index.html'));
  const embed = routes.embed('').replace(/\/+$/, '/');
  const paths: string[] = [];
  for (const file of files) {
    const path = pagePath(relative(outDir, join(outDir, file)));
    if (path.startsWith(embed)) continue;
    if (/http-equiv="refresh"/i.test(await readFile(join(outDir, file), 'utf8'))) continue;
    paths.push(path);
  }
  const xml = sitemapXml(paths, siteLocation());
  if (xml === null) return 0;
  await writeFile(join(outDir, 'sitemap.xml'), xml);
  return paths.length;
}
