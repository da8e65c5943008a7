import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { KINDS } from '../support/page-kinds.ts';

const site = useBuiltSite();

// Its own file so the browser project can run it beside the layout checks of mobile.test.ts.
describe('axe at 390 px', () => {
  for (const [kind, path] of Object.entries(KINDS)) {
    it(`axe: zero violations on the ${kind} page at 390 px in light and dark`, async () => {
      const found: string[] = [];
      for (const colorScheme of ['light', 'dark'] as const) {
        const context = await site.browser.newContext({ colorScheme, viewport: { width: 390, height: 844 } });
        const page = await context.newPage();
        const response = await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
        expect(response?.status(), path).toBe(200);
        // Open every citation and table so that hidden content is checked too.
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
        found.push(...(await axeViolations(page, colorScheme, path)));
        await context.close();
      }
      expect(found).toEqual([]);
    }, 120_000);
  }
});
