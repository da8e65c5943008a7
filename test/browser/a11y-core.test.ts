import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

// One page of each kind not swept elsewhere. The home page, a program with conflicts and awards
// (jeonnam-gidongdae), a source with many records, a region page, /awards/, /budgets/ and the map embed are swept at
// 390 px in light and dark by mobile.test.ts; /regions/ and the 시도 and no-data region pages by regions.test.ts.
const PAGES = [
  'programs/',
  'programs/senior-jobs/',
  'sources/',
  'about/',
  'data/',
  'quality/',
  'search/',
  '404.html',
  'indicators/',
  'indicators/basic-livelihood-rate/2025/',
  'indicators/depopulation-area/',
  'regions/41110/',
  'compare/',
  'compare/51150/',
  'programs/basic-pension/',
];
// The heading check is cheap: it covers the pages swept elsewhere too.
const HEADED = ['', 'programs/jeonnam-gidongdae/', 'sources/jeonnam-20231214-gidongdae/', 'regions/', ...PAGES];

async function violations(path: string, colorScheme: 'light' | 'dark', width = 1280) {
  const context = await site.browser.newContext({ colorScheme, viewport: { width, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(`${site.server.url}${path}`, { waitUntil: 'networkidle' });
  if (path !== '404.html') expect(response?.status(), path).toBe(200);
  // Open every citation and table so that hidden content is checked too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  const found = await axeViolations(page, colorScheme, `/${path}`);
  await context.close();
  return found;
}

describe('axe: zero violations on home, program, source, data, quality, search pages', () => {
  for (const path of PAGES) {
    it(`/${path} in light and dark`, async () => {
      expect([...(await violations(path, 'light')), ...(await violations(path, 'dark'))]).toEqual([]);
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
