import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/domain/dataset/types.ts';
import { awardGroups, otherCategoryWordings } from '../../src/core/views/awardGroups.ts';
import { conflictSets } from '../../src/core/views/budgetConflicts.ts';
import { DATA_OUT } from '../support/paths.ts';
import { sweepPage } from '../support/axe.ts';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();
const dataset = JSON.parse(readFileSync(join(DATA_OUT, 'dataset.json'), 'utf8')) as Dataset;
// The table lists awards, not reports of them: one row per group (its first record's id is the row's id).
const groups = awardGroups(dataset.awards);
const count = (keep: (a: Dataset['awards'][number]) => boolean) => groups.filter((g) => keep(g.award)).length;

/** Values of a data attribute over the rows the table shows. */
async function visibleRows(page: Page, attribute: string): Promise<string[]> {
  return page
    .locator('table.award-table tbody tr:not([hidden])')
    .evaluateAll((rows, a) => rows.map((r) => r.getAttribute(a) ?? ''), attribute);
}

describe('awards explorer in Chromium', () => {
  it('filters without JavaScript: the year link leads to a page listing only that year', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}awards/`);
    expect(await page.locator('table.award-table tbody tr').count()).toBe(groups.length);
    // No select boxes without JavaScript: they would do nothing.
    expect(await page.locator('select').count()).toBe(0);
    await page.locator('nav.award-views a', { hasText: /^\s*2018/ }).click();
    await page.waitForURL(/\/awards\/2018\/$/);
    const years = await visibleRows(page, 'data-year');
    expect(years.length).toBe(count((a) => a.year === 2018));
    expect(new Set(years)).toEqual(new Set(['2018']));
    expect(await page.locator('nav.award-views a[aria-current="page"]').innerText()).toMatch(/^2018/);
    // The year's map is server-rendered with its legend in grade words.
    const map = page.locator('#awards-mohw-local-welfare-evaluation-2018-map svg.choropleth');
    expect(await map.count()).toBe(1);
    expect(await map.locator('.map-legend').innerHTML()).toContain('최우수');
    await context.close();
  });

  it('lines up the columns of every yearly table, at 390 and 1280 px, and puts other category wordings in a note', async () => {
    for (const width of [390, 1280]) {
      const context = await site.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${site.server.url}awards/`);
      // Skipped (content-visibility) tables have no layout to compare: draw them all first.
      await page.addStyleTag({ content: '.award-table-wrap { content-visibility: visible !important; }' });
      const edges = await page
        .locator('table.award-table')
        .evaluateAll((tables) =>
          tables.map((t) =>
            [...t.querySelectorAll('thead th')].map((th) =>
              Math.round(th.getBoundingClientRect().left - t.getBoundingClientRect().left),
            ),
          ),
        );
      expect(edges.length).toBeGreaterThan(5);
      for (const e of edges) expect(e).toEqual(edges[0]);
      await context.close();
    }
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}awards/`);
    const withVariant = groups.find((g) => otherCategoryWordings(g).length > 0)!;
    const cell = page.locator(`tr[id="${withVariant.award.id}"] td`).nth(1);
    expect((await cell.locator('.award-note').textContent())?.startsWith('다른 표기: ')).toBe(true);
    await page.close();
  });

  it('filters with JavaScript, keyboard only: a grade chosen in the select hides other rows and goes into the URL', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.server.url}awards/`);
    const year = page.locator('#award-filter-year');
    await year.waitFor();
    await year.focus();
    // year → evaluation → category → grade, by Tab; then the first grade (the best: 대상) by arrow key.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('award-filter-grade');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.locator('#award-filter-grade').inputValue()).toBe('대상');
    const grades = await visibleRows(page, 'data-grade');
    expect(grades.length).toBe(count((a) => a.grade === '대상'));
    expect(new Set(grades)).toEqual(new Set(['대상']));
    expect(new URL(page.url()).searchParams.get('grade')).toBe('대상');
    expect(await page.locator('.award-count').innerText()).toContain(`${grades.length}건`);

    // The reset button (after the 시도 select), reached by keyboard, shows everything again and clears the query.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('모두 보기');
    await page.keyboard.press('Enter');
    await expect.poll(() => visibleRows(page, 'data-grade').then((r) => r.length)).toBe(groups.length);
    expect(new URL(page.url()).search).toBe('');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads ?year=&grade= on load, so a filtered view can be shared', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}awards/?year=2018&grade=${encodeURIComponent('대상')}`);
    await page.locator('#award-filter-year').waitFor();
    expect(await page.locator('#award-filter-year').inputValue()).toBe('2018');
    const rows = await visibleRows(page, 'id');
    const expected = groups.filter((g) => g.award.year === 2018 && g.award.grade === '대상').map((g) => g.award.id);
    expect(rows.sort()).toEqual(expected.sort());
    expect(expected.length).toBeGreaterThan(0);
    await context.close();
  });

  it('2023 + 전남 복지기동대 평가 shows 6 awards (9 reports), each listing all its sources', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.server.url}awards/?year=2023&evaluation=jeonnam-gidongdae-evaluation`);
    await page.locator('#award-filter-year').waitFor();
    await expect.poll(() => visibleRows(page, 'id').then((r) => r.length)).toBe(6);
    expect(await page.locator('.award-count').innerText()).toContain('6건');
    const yeonggwang = page.locator('table.award-table tbody tr:not([hidden])', { hasText: '영광군' });
    expect(await yeonggwang.locator('.award-source a').count()).toBe(3);
    await context.close();
  });

  // /awards/ and /budgets/ themselves are swept at 390 px by mobile-axe.test.ts.
  for (const path of ['awards/2018/', 'budgets/12130/']) {
    it(`has no axe violations on /${path} (light and dark)`, async () => {
      const { status, violations } = await sweepPage(site.browser, `${site.server.url}${path}`, `/${path}`);
      expect(status).toBe(200);
      expect(violations).toEqual([]);
    });
  }

  it('budget pages draw a line chart per basis, list every figure, and show each conflict set side by side', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}budgets/12130/`);
    const chart = page.locator('#budget-12130-welfare-budget-basis-unstated');
    // One drawing for wide containers, one for phones (shown by width, never both).
    expect(await chart.locator('.chart-wide svg[role="img"]').count()).toBe(1);
    expect(await chart.locator('.chart-narrow svg[role="img"]').count()).toBe(1);
    expect(await chart.locator('svg[role="img"]:visible').count()).toBe(1);
    expect(await chart.locator('.chart-subtitle').innerText()).toContain('회계 기준 미기재');
    const yeosu = dataset.budgets.filter((b) => b.region.identity === '12130');
    expect(await page.locator('table.budget-table tbody tr[id]').count()).toBe(yeosu.length);
    await page.goto(`${site.server.url}budgets/`);
    const sets = conflictSets(dataset.budgets);
    expect(await page.locator('.budget-conflict').count()).toBe(sets.length);
    for (const set of sets) {
      const cards = page
        .locator('.budget-conflict')
        .filter({ has: page.locator(`a[href$="#${set[0]!.id}"]`) })
        .locator('.budget-conflict-cards > li');
      expect(await cards.count()).toBe(set.length);
    }
    // Every national figure is listed with its source wording.
    const national = dataset.budgets.filter((b) => b.region.identity === '00');
    for (const b of national) expect(await page.locator(`tr[id="${b.id}"]`).innerText()).toContain(b.metric);
    await context.close();
  });
});
