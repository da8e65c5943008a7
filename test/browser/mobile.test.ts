import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';
import { checkLayout } from '../support/layout-checks.ts';
import { KINDS } from '../support/page-kinds.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

const site = useBuiltSite();

const WIDTHS = [390, 768, 1280] as const;
// Screenshots for review (gitignored): test/.tmp/mobile/<kind>-<width>.png.
const SHOTS = join(import.meta.dirname, '..', '.tmp', 'mobile');

let host: StaticServer;
let hostDir: string;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  hostDir = mkdtempSync(join(tmpdir(), 'bokji-host-'));
  host = await serveStatic(hostDir);
});
afterAll(async () => {
  await host?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

async function openAll(page: Page, path: string) {
  const response = await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
}

describe('readable at 390, 768 and 1280 px', () => {
  for (const width of WIDTHS) {
    it(`every page kind at ${width} px: SVG text ≥ 11 px, no page scroll, no overlapping labels, cells ≤ 2 lines`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      const problems: string[] = [];
      let minText = Infinity;
      for (const [kind, path] of Object.entries(KINDS)) {
        await openAll(page, path);
        await page.screenshot({ path: join(SHOTS, `${kind}-${width}.png`) });
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
        const r = await checkLayout(page);
        minText = Math.min(minText, r.minTextPx);
        problems.push(
          ...r.smallText.map((s) => `${kind} small text ${s}`),
          ...(r.pageScroll ? [`${kind} page scroll ${r.pageScroll}`] : []),
          ...r.overlaps.map((s) => `${kind} overlap ${s}`),
          ...r.tallCells.map((s) => `${kind} cell ${s}`),
        );
      }
      console.log(`${width} px: smallest SVG text on screen ${minText.toFixed(1)} px`);
      await context.close();
      expect(problems).toEqual([]);
    }, 120_000);
  }
});

describe('filters and map tooltips', () => {
  it('the awards filter is within the first two screens at 390 px and reachable by keyboard', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openAll(page, KINDS.awards);
    const top = await page.locator('#award-filter-year').evaluate((el) => el.getBoundingClientRect().top + scrollY);
    expect(top).toBeLessThan(2 * 844);
    let reached = false;
    for (let i = 0; i < 80 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'award-filter-year');
    }
    expect(reached).toBe(true);
    await context.close();
  });

  it('a map region shows its full name, value and rank on hover and on keyboard focus; Escape hides it', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await openAll(page, KINDS.home);
    const region = page.locator('.chart-body .map-region[data-rank]').first();
    // The tooltip's name is the region's <title> up to its colon (the renderer writes no separate data-name).
    const name = (await region.locator('title').textContent())?.split(': ')[0];
    expect(name).toMatch(/^\S+ \S+/); // 시도 and 시군구
    await region.hover();
    await expect.poll(() => page.locator('.map-tip').isVisible()).toBe(true);
    const text = await page.locator('.map-tip').innerText();
    expect(text).toContain(name!);
    expect(text).toMatch(/위 \/ \d+곳/);
    expect(await page.locator('.map-tip a').getAttribute('href')).toMatch(/\/regions\//);
    await page.keyboard.press('Escape');
    expect(await page.locator('.map-tip').isVisible()).toBe(false);
    await page.mouse.move(0, 0);
    const link = page.locator('.chart-body a.map-link:has(.map-region[data-rank])').nth(3);
    await link.focus();
    const focused = (await link.locator('.map-region title').textContent())?.split(': ')[0];
    await expect.poll(() => page.locator('.map-tip').innerText()).toContain(focused!);
    await context.close();
  });
});

describe('the map embed in a host page on another origin', () => {
  for (const width of [390, 1280]) {
    it(`at ${width} px: light by default in a dark-mode reader, links leave the frame, height close to the map's`, async () => {
      writeFileSync(
        join(hostDir, 'index.html'),
        `<!doctype html><html lang="ko"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>기사</title></head>
<body style="margin:0"><main><h1>기사</h1>
<iframe id="light" src="${site.server.url}${KINDS.embed}" title="지도" style="border:0;width:100%;max-width:720px" height="300" data-bokji-atlas></iframe>
<iframe id="dark" src="${site.server.url}${KINDS.embed}?theme=dark" title="지도 (어둡게)" style="border:0;width:100%;max-width:720px" height="300" data-bokji-atlas></iframe>
</main><script src="${site.server.url}embed.js"></script></body></html>`,
      );
      const context = await site.browser.newContext({ colorScheme: 'dark', viewport: { width, height: 844 } });
      const page = await context.newPage();
      await page.goto(host.url, { waitUntil: 'networkidle' });
      const frame = (id: string) => page.frameLocator(`#${id}`);
      const bg = (id: string) =>
        frame(id)
          .locator('body')
          .evaluate((b) => getComputedStyle(b).backgroundColor);
      expect(await bg('light')).toBe('rgb(255, 255, 255)');
      expect(await bg('dark')).not.toBe('rgb(255, 255, 255)');
      // Every link opens outside the iframe: its own target or the page's <base target>.
      const targets = await frame('light')
        .locator('a[href]')
        .evaluateAll((as) => as.map((a) => a.getAttribute('target') ?? document.querySelector('base')?.target));
      expect(targets.length).toBeGreaterThan(10);
      expect(targets.every((t) => t === '_blank' || t === '_top')).toBe(true);
      // Auto-resize still works, and the frame is the map plus a few lines, not a page of sources.
      await expect
        .poll(() => page.locator('#light').evaluate((el) => el.getBoundingClientRect().height))
        .toBeGreaterThan(350);
      const iframe = await page.locator('#light').evaluate((el) => el.getBoundingClientRect().height);
      const map = await frame('light')
        .locator('.chart-body')
        .evaluate((el) => el.getBoundingClientRect().height);
      console.log(`embed at ${width} px: iframe ${Math.round(iframe)} px, map ${Math.round(map)} px`);
      expect(iframe - map).toBeLessThan(width < 500 ? 700 : 450);
      await page.screenshot({ path: join(SHOTS, `embed-host-${width}.png`), fullPage: true });
      await context.close();
    });
  }
});
