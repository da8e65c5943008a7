import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';

/**
 * Search lists pages by their title (Pagefind's: the h1, or what components/SearchTitle.astro marks). Two indexed pages with one title are one result shown twice: an
 * indicator's latest year is both /indicators/<id>/ and /indicators/<id>/<year>/, so the year page stays out of the
 * index and points to the indicator page as canonical.
 */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : [],
  );
}
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe('pages in the search index', () => {
  const pages = htmlFiles(DIST).map((file) => ({ path: `/${relative(DIST, file)}`, html: readFileSync(file, 'utf8') }));
  const indexed = pages.filter((p) => /<main[^>]*data-pagefind-body/.test(p.html));

  it('each have a title no other indexed page has', () => {
    // Regions, compare pages, sources, indicators and their years, programs, awards and budgets: well over 800.
    expect(indexed.length).toBeGreaterThan(800);
    const byTitle = new Map<string, string[]>();
    for (const p of indexed) {
      // The search title: an element marked data-pagefind-meta="title" (components/SearchTitle.astro), else the h1.
      const meta = /<(\w+)[^>]*data-pagefind-meta="title"[^>]*>([\s\S]*?)<\/\1>/.exec(p.html);
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(p.html);
      const title = text((meta ? meta[2] : h1?.[1]) ?? '');
      expect(title, p.path).not.toBe('');
      byTitle.set(title, [...(byTitle.get(title) ?? []), p.path]);
    }
    expect([...byTitle].filter(([, paths]) => paths.length > 1)).toEqual([]);
  });

  it('leave out the per-region pages of datasets (/sources/<dataset>/<region>/), which region pages link', () => {
    const perRegion = pages.filter((p) => /^\/sources\/[^/]+\/[^/]+\/index\.html$/.test(p.path));
    expect(perRegion.length).toBeGreaterThan(1000);
    expect(perRegion.filter((p) => indexed.includes(p)).map((p) => p.path)).toEqual([]);
  });

  it("leave out an indicator's latest-year page, which names the indicator page as canonical", () => {
    const latest = pages.filter(
      (p) => /^\/indicators\/[^/]+\/\d{4}\/index\.html$/.test(p.path) && !indexed.includes(p),
    );
    expect(latest.length).toBeGreaterThan(20);
    for (const p of latest) {
      const indicator = p.path.replace(/\d{4}\/index\.html$/, '');
      expect(/<link rel="canonical" href="([^"]+)"/.exec(p.html)?.[1], p.path).toMatch(new RegExp(`${indicator}$`));
    }
  });
});
