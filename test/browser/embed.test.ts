import { axeViolations } from '../support/axe.ts';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { resolveSiteLocation } from '../../src/core/site/siteLocation.ts';
import { DIST } from '../support/paths.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';

// The site on one 127.0.0.1 port, a third-party host page embedding one chart on another.
let site: StaticServer;
let host: StaticServer;
let hostDir: string;
let browser: Browser;
const chartIds = readdirSync(join(DIST, 'embed')).sort();
// The snippet a reader copies from the home page's first 퍼가기 panel, exactly as built: absolute addresses on the
// site's canonical origin (site.config.json or BOKJI_SITE). The test serves the build elsewhere, so only that origin
// is swapped for the test server's; the host page stays on a third origin.
const canonical = resolveSiteLocation(
  JSON.parse(readFileSync(new URL('../../site.config.json', import.meta.url), 'utf8')),
  process.env,
).site;
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
const snippet = unescape(
  /<textarea id="[^"]+-share-iframe"[^>]*>([^<]*)<\/textarea>/.exec(
    readFileSync(join(DIST, 'index.html'), 'utf8'),
  )?.[1] ?? '',
);
const id = /\/embed\/([^/"]+)\//.exec(snippet)?.[1] ?? chartIds[0]!;
const shots = process.env.BOKJI_SHOTS;

beforeAll(async () => {
  site = await serveStatic(DIST);
  // A default build hands out absolute addresses; a build without one would fail the snippet here.
  expect(snippet).toMatch(
    /^<iframe src="https?:\/\/[^"]+\/embed\/[^"]+\/(?:\?theme=light)?"[^>]*data-bokji-atlas><\/iframe>\n<script src="https?:\/\/[^"]+\/embed\.js" async><\/script>$/,
  );
  const hostSnippet = canonical ? snippet.split(new URL(canonical).origin + '/').join(site.url) : snippet;
  expect(hostSnippet).toContain(`src="${site.url}embed/${id}/?theme=light"`);
  hostDir = mkdtempSync(join(tmpdir(), 'bokji-host-'));
  writeFileSync(
    join(hostDir, 'index.html'),
    `<!doctype html><html lang="ko"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>지역 신문</title>
<script>window.__messages = []; window.addEventListener('message', function (e) { window.__messages.push({ origin: e.origin, data: e.data }); });</script>
</head><body style="margin:0;font-family:sans-serif"><main><h1>기사</h1><p>본문 앞.</p>
${hostSnippet.replace(/height="\d+"/, 'height="300"')}
<p>본문 뒤.</p></main></body></html>`,
  );
  host = await serveStatic(hostDir);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await host?.close();
  await site?.close();
  if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

/** The iframe's height on the host page and the height of the document inside it. */
async function heights(page: Page) {
  const frame = page.frames().find((f) => f.url().includes(`/embed/${id}/`));
  if (!frame) return { iframe: 0, content: -1 };
  const iframe = await page.locator('iframe[data-bokji-atlas]').evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.evaluate(() =>
    Math.max(document.documentElement.scrollHeight, Math.ceil(document.body.getBoundingClientRect().height)),
  );
  return { iframe, content };
}

describe('embedding a chart on another site', () => {
  it('resizes the iframe to its content after load and after a viewport resize; ignores forged messages', async () => {
    const context = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(host.url, { waitUntil: 'networkidle' });

    await expect
      .poll(
        async () => {
          const h = await heights(page);
          return Math.abs(h.iframe - h.content);
        },
        { timeout: 10_000 },
      )
      .toBeLessThanOrEqual(4);
    const wide = await heights(page);
    expect(wide.iframe).not.toBe(300);
    if (shots) await page.screenshot({ path: join(shots, 'host-1000.png'), fullPage: true });

    await page.setViewportSize({ width: 400, height: 900 });
    await expect
      .poll(
        async () => {
          const h = await heights(page);
          return h.content !== wide.content && Math.abs(h.iframe - h.content) <= 4
            ? 'ok'
            : JSON.stringify({ wide, now: h });
        },
        { timeout: 10_000 },
      )
      .toBe('ok');
    if (shots) await page.screenshot({ path: join(shots, 'host-400.png'), fullPage: true });

    // A message of the right shape from the host page itself (not the iframe's window/origin) changes nothing.
    const before = (await heights(page)).iframe;
    await page.evaluate(
      (chart) => window.postMessage({ type: 'bokji-atlas:resize', id: chart, height: 2345 }, '*'),
      id,
    );
    await page.waitForTimeout(300);
    expect((await heights(page)).iframe).toBe(before);

    const messages = (
      await page.evaluate(
        () => (window as unknown as { __messages: Array<{ origin: string; data: unknown }> }).__messages,
      )
    ).filter((m) => m.origin !== host.origin);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) {
      expect(m.origin).toBe(site.origin);
      expect(Object.keys(m.data as object).sort()).toEqual(['height', 'id', 'type']);
      const d = m.data as { type: string; id: string; height: number };
      expect(d.type).toBe('bokji-atlas:resize');
      expect(d.id).toBe(id);
      expect(Number.isFinite(d.height) && d.height >= 50 && d.height <= 10000).toBe(true);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('without JavaScript the iframe still shows the chart at its default height', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 800, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}embed/${id}/`);
    const svg = page.locator('figure.chart svg').first();
    expect((await svg.boundingBox())?.height ?? 0).toBeGreaterThan(100);
    expect(await page.locator('a[href*="#"]').last().textContent()).toContain('복지 아틀라스에서');
    await context.close();
  });
});

describe('embed page and 퍼가기 panel accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`embed pages have no axe violations (${scheme})`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const chart of [id, chartIds.find((c) => c.startsWith('map')) ?? id]) {
        await page.goto(`${site.url}embed/${chart}/`, { waitUntil: 'networkidle' });
        expect(await axeViolations(page, scheme)).toEqual([]);
      }
      await context.close();
    });
  }

  it('the panel opens with snippets, downloads that exist, and citations; no axe violations', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(site.url, { waitUntil: 'networkidle' });
    const panel = page.locator('details.embed-panel').first();
    expect(await panel.count()).toBe(1);
    await panel.locator(':scope > summary').click();
    await panel.locator('details.cite summary').click();
    const iframeCode = await panel.locator('textarea').first().inputValue();
    expect(iframeCode).toMatch(/<iframe src="[^"]*\/embed\/[^"]+\/\?theme=light"[^>]*data-bokji-atlas/);
    for (const href of await panel
      .locator('.embed-downloads a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
    }
    if (shots) await panel.screenshot({ path: join(shots, 'panel-375.png') });
    expect(await axeViolations(page, 'light')).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
