import { closeSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { setImmediate as turn } from 'node:timers/promises';
import { join, relative } from 'node:path';
import { siteLocation } from '../../src/astro-adapter/site.ts';
import { pagePath, sitemapXml } from '../../src/core/publish/sitemap.ts';
import { routes } from '../../src/core/site/routes.ts';

const buffer = Buffer.alloc(64 * 1024);

/**
 * A page's head, where a redirect's meta refresh is: the first 64 KB hold it on every page today (reading whole pages
 * took seconds on a national build); a page whose head runs longer is read whole. Synchronous reads: for thousands of
 * small files ~10× faster here than fs/promises (see search-index.ts).
 */
function head(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const bytesRead = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.toString('utf8', 0, bytesRead);
    const end = text.indexOf('</head>');
    if (end !== -1) return text.slice(0, end);
    return bytesRead < buffer.length ? text : readFileSync(file, 'utf8');
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes <out>/sitemap.xml listing every built page a search engine should index: not the embed frames (their
 * chart page is canonical), not the redirects of old region codes, not 404. Returns the number of pages listed.
 */
export async function writeSitemap(outDir: string): Promise<number> {
  const files = readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('index.html'));
  const embed = routes.embed('').replace(/\/+$/, '/');
  const paths: string[] = [];
  for (const [i, file] of files.entries()) {
    // The image step's workers get their next chart through this thread's event loop: let it turn now and then.
    if (i % 64 === 63) await turn();
    const path = pagePath(relative(outDir, join(outDir, file)));
    if (!path.startsWith(embed) && !/http-equiv="refresh"/i.test(head(join(outDir, file)))) paths.push(path);
  }
  const xml = sitemapXml(paths, siteLocation());
  if (xml === null) return 0;
  await writeFile(join(outDir, 'sitemap.xml'), xml);
  return paths.length;
}
