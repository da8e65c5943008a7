import { open, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { siteLocation } from '../../src/astro-adapter/site.ts';
import { mapInBatches } from './fs-utils.ts';
import { pagePath, sitemapXml } from '../../src/core/publish/sitemap.ts';
import { routes } from '../../src/core/site/routes.ts';

/**
 * A page's head, where a redirect's meta refresh is: the first 64 KB hold it on every page today (reading whole pages
 * took seconds on a national build); a page whose head runs longer is read whole.
 */
async function head(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.toString('utf8', 0, bytesRead);
    const end = text.indexOf('</head>');
    if (end !== -1) return text.slice(0, end);
    return bytesRead < buffer.length ? text : await readFile(file, 'utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Writes <out>/sitemap.xml listing every built page a search engine should index: not the embed frames (their
 * chart page is canonical), not the redirects of old region codes, not 404. Returns the number of pages listed.
 */
export async function writeSitemap(outDir: string): Promise<number> {
  const files = (await readdir(outDir, { recursive: true })).map(String).filter((f) => f.endsWith('index.html'));
  const embed = routes.embed('').replace(/\/+$/, '/');
  const listed = await mapInBatches(files, async (file) => {
    const path = pagePath(relative(outDir, join(outDir, file)));
    if (path.startsWith(embed)) return null;
    return /http-equiv="refresh"/i.test(await head(join(outDir, file))) ? null : path;
  });
  const paths = listed.filter((p): p is string => p !== null);
  const xml = sitemapXml(paths, siteLocation());
  if (xml === null) return 0;
  await writeFile(join(outDir, 'sitemap.xml'), xml);
  return paths.length;
}
