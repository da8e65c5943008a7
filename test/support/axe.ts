import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';

export type ColorScheme = 'light' | 'dark';

/**
 * The axe rules whose outcome depends on colours. The dark palette only redefines colour custom properties (proved by
 * test/site/dark-palette.test.ts), so a dark page has the light page's structure and only these can differ; the
 * other ~90 rules run once, in light.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * axe violations on the page as it is now, one line each: every rule in light, the colour rules in dark. The page
 * must have been opened in a context with that colorScheme.
 */
export async function axeViolations(page: Page, scheme: ColorScheme, label = page.url()): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (scheme === 'dark') builder.withRules([...COLOUR_RULES]);
  const result = await builder.analyze();
  return result.violations.map(
    (v) =>
      `${label} [${scheme}] ${v.id}: ${v.nodes.length} × ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')} — ${v.help}`,
  );
}

/**
 * Both schemes on one loaded page: every rule in light, then the colour rules with the page switched to dark (the
 * same document, so nothing but the palette differs). Leaves the page in light.
 */
export async function axeBothSchemes(page: Page, label = page.url()): Promise<string[]> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page, 'light', label);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, 'dark', label);
  await page.emulateMedia({ colorScheme: 'light' });
  return [...light, ...dark];
}

/**
 * Opens `url` at `width` px, opens every <details> (citations, tables) unless told not to and draws content that
 * waits for the screen, so hidden content is checked too, and sweeps it in both schemes. Returns the violations and the HTTP status.
 */
export async function sweepPage(
  browser: Browser,
  url: string,
  label: string,
  width = 1280,
  openDetails = true,
): Promise<{ status: number | undefined; violations: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (openDetails)
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
  // Content laid out only near the screen (content-visibility: auto: chart drawings, the yearly award tables) is
  // drawn when a reader scrolls to it; axe checks it drawn, as it would be read, not skipped and unmeasured.
  await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
  const violations = await axeBothSchemes(page, label);
  await context.close();
  return { status: response?.status(), violations };
}
