import { describe, expect, it } from 'vitest';
import { sweepPage } from '../support/axe.ts';
import { useBuiltSite } from '../support/built-site.ts';
import { KINDS } from '../support/page-kinds.ts';

const site = useBuiltSite();

// Its own file so the browser project can run it beside the layout checks of mobile.test.ts. Closed <details> are
// opened on the home, program and source pages, whose citations and tables are not swept anywhere else; the awards
// and budgets tables behind <details> are the same components, swept open on /awards/2018/ and /budgets/12130/.
const OPEN_DETAILS = new Set(['home', 'program', 'source']);
describe('axe at 390 px', () => {
  for (const [kind, path] of Object.entries(KINDS)) {
    it(`axe: zero violations on the ${kind} page at 390 px in light and dark`, async () => {
      const { status, violations } = await sweepPage(
        site.browser,
        `${site.server.url}${path}`,
        path,
        390,
        OPEN_DETAILS.has(kind),
      );
      expect(status, path).toBe(200);
      expect(violations).toEqual([]);
    });
  }
});
