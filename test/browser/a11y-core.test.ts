import { describe, expect, it } from 'vitest';
import { sweepPage } from '../support/axe.ts';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

// One page of each kind not swept elsewhere (the national pages are in a11y-national.test.ts). The home page, a program
// with conflicts and awards (jeonnam-gidongdae), a source with many records, a region page, /awards/, /budgets/ and
// the map embed are swept at 390 px by mobile-axe.test.ts; /regions/ and the 시도 and no-data region pages by
// regions.test.ts.
const PAGES = ['programs/', 'programs/senior-jobs/', 'sources/', 'about/', 'data/', 'quality/', 'search/', '404.html'];
// The heading check is cheap: it covers the pages swept elsewhere too.
const HEADED = [
  '',
  'programs/jeonnam-gidongdae/',
  'sources/jeonnam-20231214-gidongdae/',
  'regions/',
  'indicators/',
  'indicators/basic-livelihood-rate/2025/',
  'compare/51150/',
  ...PAGES,
];

describe('axe: zero violations on program, source, about, data, quality, search and 404 pages', () => {
  for (const path of PAGES) {
    it(`/${path} in light and dark`, async () => {
      const { status, violations } = await sweepPage(site.browser, `${site.server.url}${path}`, `/${path}`);
      if (path !== '404.html') expect(status, path).toBe(200);
      expect(violations).toEqual([]);
    });
  }

  it('has one h1 and headings in order on each page', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    for (const path of HEADED) {
      await page.goto(`${site.server.url}${path}`);
      const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
      expect(
        levels.filter((l) => l === 1),
        path,
      ).toHaveLength(1);
      for (let i = 1; i < levels.length; i++)
        expect(levels[i]! - levels[i - 1]!, `${path} heading ${i}`).toBeLessThanOrEqual(1);
    }
    await context.close();
  });
});
