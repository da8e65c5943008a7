import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

const pathOf = (page: Page) => new URL(page.url()).pathname.slice(new URL(site.server.url).pathname.length - 1);

describe('navigation: home → program → region → source and back', () => {
  it('follows real links, lands on permalink anchors and returns with the back button', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.server.url);
    await expect.poll(() => page.locator('h1').textContent()).toBe('복지 아틀라스');

    // Home → the first headline program.
    const programLink = page.locator('.headline-program').first();
    const programName = (await programLink.textContent())!.trim();
    await programLink.click();
    await page.waitForURL(/\/programs\/[a-z0-9-]+\/$/);
    expect((await page.locator('h1').textContent())!.trim()).toBe(programName);
    const programPath = pathOf(page);

    // Program → a region page when the regions pages exist, then back.
    const regionLink = page.locator('main .figure-table a[href*="/regions/"]').first();
    if ((await regionLink.count()) > 0) {
      const target = await regionLink.getAttribute('href');
      const response = await page.request.get(new URL(target!, site.server.url).href);
      if (response.status() === 200) {
        await regionLink.click();
        await page.waitForURL(/\/regions\/[0-9]+\/$/);
        expect(await page.locator('h1').count()).toBe(1);
        await page.goBack();
        await page.waitForURL((u) => u.pathname.endsWith(programPath));
      }
    }

    // Program → a figure's permalink on its source page: the anchor exists and is the target.
    const valueLink = page.locator('main a.figure-value').first();
    const href = (await valueLink.getAttribute('href'))!;
    const anchor = href.split('#')[1]!;
    await valueLink.click();
    await page.waitForURL(/\/sources\/[a-z0-9-]+\/#/);
    const record = page.locator(`[id="${anchor}"]`);
    expect(await record.count()).toBe(1);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(anchor);
    // The record shows the value as written and offers a citation that names the original issuer.
    expect(await record.locator('.record-written').textContent()).toContain('원문 표기');
    await record.locator('.cite summary').click();
    const ko = (await record.locator('.cite-text').first().textContent())!;
    const issuer = (await page.locator('.facts dd').first().textContent())!.trim();
    expect(ko.startsWith('') && ko.includes(issuer)).toBe(true);
    expect(ko).toContain(`#${anchor}`);
    expect(await record.locator('ba-copy button').first().isVisible()).toBe(true);

    // Back to the program page.
    await page.goBack();
    await page.waitForURL((u) => u.pathname.endsWith(programPath));
    expect((await page.locator('h1').textContent())!.trim()).toBe(programName);
    await context.close();
  });

  it('the home search box is a plain GET form to /search/?q= that works without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.fill('#home-search', '여수');
    await page.press('#home-search', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(decodeURIComponent(new URL(page.url()).search)).toBe('?q=여수');
    // Without JS the search page explains itself and links to the indexes.
    expect(await page.locator('main a[href$="/programs/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href$="/sources/"]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('search (pagefind index, loaded on the first query)', () => {
  const search = async (term: string) => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const loaded: string[] = [];
    page.on('request', (r) => r.url().includes('/pagefind/') && loaded.push(r.url()));
    await page.goto(`${site.server.url}search/`);
    // The index engine is not part of the page: it loads on the first query only.
    expect(loaded).toEqual([]);
    const input = page.getByLabel('사이트 검색');
    await input.fill(term);
    await input.press('Enter');
    const results = page.locator('.search-hits li');
    await results.first().waitFor({ timeout: 15_000 });
    const titles = await page.locator('.search-hits li > a').allTextContents();
    const excerpts = await results.allTextContents();
    await context.close();
    expect(errors).toEqual([]);
    return { titles: titles.map((t) => t.trim()), text: excerpts.join('\n') };
  };

  it('finds 복지기동대', async () => {
    const { titles } = await search('복지기동대');
    expect(titles).toContain('전라남도 우리동네 복지기동대');
  });

  it('finds 여수 (prefix of 여수시)', async () => {
    const { text } = await search('여수');
    expect(text).toContain('여수');
  });

  it('finds 지역복지사업', async () => {
    const { titles } = await search('지역복지사업');
    expect(titles.some((t) => t.includes('지역복지사업'))).toBe(true);
  });

  it('finds the program by the infix 기동대 and 전라남도 pages by 전남 (hidden keywords), not the search page itself', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/`);
    const bundle = new URL('pagefind/pagefind.js', site.server.url).pathname;
    // A string, not a function: the test runner would rewrite a dynamic import() inside a function.
    const urls = (term: string): Promise<string[]> =>
      page.evaluate(`(async () => {
        const pagefind = await import(${JSON.stringify(bundle)});
        // The ranking the search page uses (src/core/site/searchRanking.ts, on the <site-search> element).
        await pagefind.options({ ranking: JSON.parse(document.querySelector('site-search').dataset.ranking) });
        const found = await pagefind.search(${JSON.stringify(term)});
        return Promise.all(found.results.map(async (r) => (await r.data()).url));
      })()`);
    const base = new URL(site.server.url).pathname;
    const gidongdae = await urls('기동대');
    expect(gidongdae).toContain(`${base}programs/jeonnam-gidongdae/`);
    expect(gidongdae).not.toContain(`${base}search/`);
    const jeonnam = await urls('전남');
    expect(jeonnam).toContain(`${base}programs/jeonnam-gidongdae/`);
    // A region's name leads to that region's own page first, then its comparison; chart drawings and tables are not
    // indexed, so the indicator pages whose rankings list every 시군구 do not bury them. Names with a budget page put
    // the region page no lower than second (the budget page's chart titles repeat the name).
    const gangneung = await urls('강릉시');
    expect(gangneung.slice(0, 2)).toEqual([`${base}regions/51150/`, `${base}compare/51150/`]);
    for (const [name, code] of [
      ['여수시', '12130'],
      ['순천', '12150'],
      ['종로구', '11110'],
      ['달서구', '27290'],
      ['창녕군', '48740'],
    ] as const)
      expect((await urls(name)).slice(0, 2), name).toContain(`${base}regions/${code}/`);
    expect(gangneung.filter((u) => u.startsWith(`${base}indicators/`))).toEqual([]);
    // Nor do the comparisons of 강릉시's neighbours, whose tables name it.
    expect(gangneung.filter((u) => /\/compare\/\d+\/$/.test(u) && u !== `${base}compare/51150/`)).toEqual([]);
    // The embed panels under every chart (snippets, downloads) and the budget and indicator tables repeat the same
    // words on hundreds of pages: not indexed, so an indicator's name finds the indicator first.
    expect(await urls('퍼가기')).toEqual([]);
    expect((await urls('재정자립도'))[0]).toMatch(new RegExp(`^${base}indicators/fiscal-self-reliance-`));
    await context.close();
    // And the UI shows them.
    expect((await search('기동대')).titles.length).toBeGreaterThan(0);
  });

  it('runs the query from ?q= (the home search form)', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}search/?q=${encodeURIComponent('복지기동대')}`);
    await page.locator('.search-hits li').first().waitFor({ timeout: 15_000 });
    expect(await page.getByLabel('사이트 검색').inputValue()).toBe('복지기동대');
    expect(await page.locator('.search-status').textContent()).toMatch(/「복지기동대」 검색 결과 \d+건/);
    await context.close();
  });
});
