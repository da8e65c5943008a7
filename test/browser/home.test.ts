import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

describe('home page in Chromium', () => {
  it('shows the server-rendered chart and its data table with JavaScript disabled', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(site.server.url);
    expect(response?.status()).toBe(200);
    const chart = page.locator('figure.chart svg[role="img"]').first();
    await expect.poll(() => chart.count()).toBeGreaterThan(0);
    expect(await chart.getAttribute('aria-labelledby')).toMatch(/-title .*-desc$/);
    const box = await chart.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(100);
    // The page leads with its national map, whose table links each region's page.
    const mapTable = page.locator('figure.chart:has(.map-region) table').first();
    expect(await mapTable.locator('tbody tr').count()).toBeGreaterThan(10);
    expect(await mapTable.locator('tbody a').first().getAttribute('href')).toMatch(/\/regions\/\d+\//);
    // The featured program chart: every value cell links to the figure's permalink on its source page.
    const table = page.locator('figure.chart:not(:has(.map-region)) table').first();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(1);
    const link = await table.locator('tbody td a').first().getAttribute('href');
    expect(link).toMatch(/\/sources\/[a-z0-9-]+\/#[a-z0-9-]+$/);
    await context.close();
  });

  it('with JavaScript enabled: no console errors and no request leaves 127.0.0.1', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    const foreign: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.origin !== site.server.origin) foreign.push(r.url());
    });
    await page.goto(site.server.url, { waitUntil: 'networkidle' });
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
