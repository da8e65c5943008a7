import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

describe('search in Chromium', () => {
  it('a query with more than 20 results reaches result 21 and beyond with 더 보기; titles unique, excerpts spaced', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('복지')}`, { waitUntil: 'networkidle' });
    const hits = page.locator('.search-hits > li');
    await expect.poll(() => hits.count()).toBe(20);
    const status = (await page.locator('.search-status').textContent()) ?? '';
    const total = Number(/검색 결과 (\d+)건 중 20건/.exec(status)?.[1]);
    expect(total, status).toBeGreaterThan(20);

    // Keep pressing 더 보기 until every result is listed.
    const more = page.locator('.search-more');
    while (await more.isVisible()) {
      const before = await hits.count();
      await more.click();
      // Each batch fetches its result fragments first (poll waits per vitest.config.ts's browser project).
      await expect.poll(() => hits.count()).toBeGreaterThan(before);
    }
    expect(await hits.count()).toBe(total);
    expect(await page.locator('.search-status').textContent()).toBe(`「복지」 검색 결과 ${total}건`);
    // Focus moves to the first newly shown result, so keyboard users continue where the list grew.
    expect(await page.evaluate(() => document.activeElement?.closest('li')?.parentElement?.className)).toBe(
      'search-hits',
    );
    expect(await hits.nth(20).locator('a').getAttribute('href')).toMatch(/^\//);

    const titles = await hits.locator('a').allTextContents();
    const dupes = titles.filter((t, i) => titles.indexOf(t) !== i);
    expect(dupes).toEqual([]);
    const excerpts = (await hits.locator('p').allTextContents()).join('\n');
    expect(excerpts).not.toMatch(/발행[^\s:·]|종류[^\s:·]|날짜날짜/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
