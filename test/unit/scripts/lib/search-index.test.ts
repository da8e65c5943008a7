import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../../../scripts/lib/search-index.ts';

const page = (title: string, body: boolean) =>
  `<!doctype html><html lang="ko"><head><title>${title}</title></head><body><main${body ? ' data-pagefind-body' : ''}>` +
  `<h1>${title}</h1><p>${title} 노인일자리 예산</p></main></body></html>`;

describe('the search index step', () => {
  it('indexes exactly the pages that carry data-pagefind-body, at their own URLs, and leaves no staging folder', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'search-index-'));
    const site = join(parent, 'site');
    const pages: Record<string, string> = {
      'index.html': page('홈', true),
      'regions/46130/index.html': page('여수시', true),
      'sources/a/46130/index.html': page('출처 표', false),
      'embed/chart-1/index.html': page('임베드', false),
    };
    for (const [file, html] of Object.entries(pages)) {
      await mkdir(dirname(join(site, file)), { recursive: true });
      await writeFile(join(site, file), html);
    }
    expect(await writeSearchIndex(site)).toEqual({ pages: 4, indexed: 2 });
    const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8'));
    expect(entry.languages.ko.page_count).toBe(2);
    // Each fragment (gzip; pagefind's signature, then JSON) holds its page's URL: as on the site, not under staging.
    const urls = await Promise.all(
      (await readdir(join(site, 'pagefind', 'fragment'))).map(async (f) => {
        const text = gunzipSync(await readFile(join(site, 'pagefind', 'fragment', f))).toString('utf8');
        return (JSON.parse(text.slice(text.indexOf('{'))) as { url: string }).url;
      }),
    );
    expect(urls.sort()).toEqual(['/', '/regions/46130/']);
    expect(await readdir(parent)).toEqual(['site']);
  }, 60_000);
});
