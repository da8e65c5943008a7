import { describe, expect, it } from 'vitest';
import { sweepPage } from '../support/axe.ts';
import { useBuiltSite } from '../support/built-site.ts';

const site = useBuiltSite();

// The national pages (indicator maps, rankings, comparisons): the heaviest documents of the site, so a file of their
// own that the browser project runs beside the others.
const PAGES = [
  'indicators/',
  'indicators/basic-livelihood-rate/2025/',
  'indicators/depopulation-area/',
  'regions/41110/',
  'compare/',
  'compare/51150/',
  'programs/basic-pension/',
];

describe('axe: zero violations on the national indicator, comparison and program-map pages', () => {
  for (const path of PAGES) {
    it(`/${path} in light and dark`, async () => {
      const { status, violations } = await sweepPage(site.browser, `${site.server.url}${path}`, `/${path}`);
      expect(status, path).toBe(200);
      expect(violations).toEqual([]);
    });
  }
});
