import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

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
