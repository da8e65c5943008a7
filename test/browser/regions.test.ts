import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { sweepPage } from '../support/axe.ts';

const site = useBuiltSite();

async function open(
  path: string,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const response = await page.goto(new URL(path.replace(/^\//, ''), site.server.url).href);
  expect(response?.status(), path).toBe(200);
  return { context, page };
}

/** Presses Tab until a map region link has focus (at most `limit` times); returns how many presses it took. */
async function tabToMapLink(page: Page, limit = 80): Promise<number> {
  for (let i = 1; i <= limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('a.map-link') ?? false)) return i;
  }
  throw new Error('no map link reached by Tab');
}

const focusedRegion = (page: Page) =>
  page.evaluate(() => {
    const link = document.activeElement as Element;
    const path = link.querySelector('.map-region') as SVGPathElement;
    const style = getComputedStyle(path);
    return {
      href: link.getAttribute('href'),
      code: path.dataset.code,
      stroke: style.stroke,
      width: style.strokeWidth,
      visible: (link.closest('figure') as HTMLElement).hidden === false,
    };
  });

describe('region pages in Chromium', () => {
  it('keyboard only: Tab reaches map regions with a visible focus stroke, Enter opens the region page', async () => {
    // The national map with region links is the home page's (the /regions/ index links to the indicator maps).
    const { context, page } = await open('/');
    await tabToMapLink(page);
    const first = await focusedRegion(page);
    expect(first.href).toMatch(/\/regions\/\d+\/$/);
    expect(first.visible).toBe(true);
    // The focus ring is the path's stroke in --ba-focus (#c2410c), 2 px; unfocused regions have a white .5 px stroke.
    expect(first.stroke).toBe('rgb(194, 65, 12)');
    expect(first.width).toBe('2px');
    await page.keyboard.press('Tab');
    const second = await focusedRegion(page);
    expect(second.code).not.toBe(first.code);
    const unfocused = await page.evaluate(
      (code) => getComputedStyle(document.querySelector(`.map-region[data-code="${code}"]`)!).stroke,
      first.code,
    );
    expect(unfocused).toBe('rgb(255, 255, 255)');
    await Promise.all([page.waitForURL(/\/regions\/\d+\/$/), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(second.href);
    await expect.poll(() => page.locator('h1').textContent()).toBeTruthy();
    await context.close();
  });

  it('indicator years: links without JavaScript; with it the year swaps in place and the URL follows', async () => {
    const plain = await open('/indicators/welfare-health-share/', { javaScriptEnabled: false });
    const years = (await plain.page.locator('.year-nav a').allTextContents()).map((t) => t.trim());
    expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => a - b));
    expect(years.length).toBeGreaterThanOrEqual(10);
    expect((await plain.page.locator('.year-nav a[aria-current="page"]').textContent())?.trim()).toBe(years.at(-1));
    await plain.context.close();
    const js = await open('/indicators/welfare-health-share/');
    await js.page.locator('.year-nav a', { hasText: years[0]! }).click();
    // history.pushState: no load event, so poll the address rather than wait for a navigation.
    await expect.poll(() => js.page.url()).toMatch(new RegExp(`/indicators/welfare-health-share/${years[0]}/$`));
    await expect.poll(() => js.page.locator('h1').textContent()).toContain(years[0]!);
    expect(await js.page.locator(`#ind-welfare-health-share-${years[0]}`).count()).toBe(1);
    // The ranking sorts by a column when JavaScript runs.
    await js.page.locator('table[data-sortable] th button').first().click();
    const first = await js.page.locator('table[data-sortable] tbody th').first().textContent();
    expect(first?.trim()).toMatch(/^강원/);
    await js.context.close();
  });

  it('compare: regions in the URL query become one table per indicator', async () => {
    const { context, page } = await open('/compare/?r=12130,51150');
    await expect.poll(() => page.locator('[data-result] section').count()).toBeGreaterThan(3);
    expect(await page.locator('[data-result] section').first().locator('tbody tr').count()).toBe(2);
    const plain = await site.browser.newContext({ javaScriptEnabled: false });
    const p2 = await plain.newPage();
    await p2.goto(new URL('compare/12130/', site.server.url).href);
    expect(await p2.locator('thead th').count()).toBeGreaterThanOrEqual(4);
    await plain.close();
    await context.close();
  });

  it('an old code redirects to the identity page (46130 → 12130)', async () => {
    const { context, page } = await open('/regions/46130/');
    await page.waitForURL(/\/regions\/12130\/$/);
    expect(await page.locator('h1').textContent()).toBe('여수시');
    await context.close();
    // The redirect page itself (meta refresh works without JS, so read it as a file): canonical and a visible link.
    const html = await (await fetch(new URL('regions/46130/', site.server.url))).text();
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/regions\/12130\/">/);
    expect(html).toMatch(/<link rel="canonical" href="[^"]*\/regions\/12130\/">/);
    expect(html).toMatch(/<a href="\/regions\/12130\/">[^<]+<\/a>/);
  });

  it('a 2026 인천 split unit lists its successors with the date', async () => {
    const { context, page } = await open('/regions/28110/');
    const rows = page.locator('table', { has: page.locator('caption', { hasText: '앞뒤 지역' }) }).locator('tbody tr');
    const text = await rows.allTextContents();
    expect(text.some((t) => t.includes('제물포구') && t.includes('2026-07-01'))).toBe(true);
    expect(text.some((t) => t.includes('영종구') && t.includes('2026-07-01'))).toBe(true);
    expect(await page.locator('a[href$="/regions/28125/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('search finds region pages by short forms (여수, 전남)', async () => {
    const { context, page } = await open('/regions/');
    // A string, so the test runner does not rewrite the dynamic import meant for the site.browser.
    const script = `(async () => {
      const pagefind = await import(${JSON.stringify(`${site.server.url}pagefind/pagefind.js`)});
      const find = async (q) => Promise.all((await pagefind.search(q)).results.slice(0, 60).map(async (r) => (await r.data()).url));
      return { yeosu: await find('여수'), jeonnam: await find('전남') };
    })()`;
    const urls = (await page.evaluate(script)) as { yeosu: string[]; jeonnam: string[] };
    expect(urls.yeosu.some((u: string) => u.endsWith('/regions/12130/'))).toBe(true);
    expect(urls.jeonnam.some((u: string) => /\/regions\/(46|12)\/$/.test(u))).toBe(true);
    await context.close();
  });

  for (const [label, path] of [
    ['/regions/', 'regions/'],
    ['no data', 'regions/28125/'],
    ['시도', 'regions/12/'],
  ] as const) {
    it(`axe: no violations on ${label} (light and dark)`, async () => {
      const { status, violations } = await sweepPage(site.browser, `${site.server.url}${path}`, `/${path}`);
      expect(status).toBe(200);
      expect(violations).toEqual([]);
    });
  }
});
