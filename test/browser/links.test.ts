import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';

// Site-wide link check without a browser: every internal href/src of every built page must reach a file, and every
// #anchor must be an id on the target page. BOKJI_BASE (sub-path builds) is stripped from links before lookup.
const BASE = (process.env.BOKJI_BASE ?? '/').replace(/\/?$/, '/');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** Site path of a built file: dist/a/b/index.html → /a/b/. */
function pagePath(file: string): string {
  const rel = relative(DIST, file).split('\\').join('/');
  return `/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** The file a site path is served from, or null when it is missing (the static server's rules). */
function fileFor(path: string): string | null {
  const clean = decodeURIComponent(path);
  const candidate = join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const html = readFileSync(file, 'utf8');
    ids = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((m) => decode(m[1]!)));
    idCache.set(file, ids);
  }
  return ids;
}

let pages: string[] = [];
beforeAll(() => {
  pages = htmlFiles(DIST);
});

describe('links in the built site', () => {
  it('finds the built pages (home, programs, sources, data, quality, search, 404)', () => {
    const paths = new Set(pages.map(pagePath));
    for (const p of ['/', '/programs/', '/sources/', '/about/', '/data/', '/quality/', '/search/', '/404.html'])
      expect(paths, p).toContain(p);
    expect(pages.length).toBeGreaterThan(50);
  });

  it('every internal href and src resolves, and every #anchor exists on its target page', () => {
    const broken: string[] = [];
    let checked = 0;
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const from = pagePath(file);
      for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const raw = decode(m[2]!);
        if (/^(https?:|mailto:|tel:|data:|javascript:)/i.test(raw) || raw.startsWith('//')) continue;
        checked++;
        const [pathAndQuery, anchor] = raw.split('#', 2) as [string, string | undefined];
        const path = pathAndQuery.split('?')[0]!;
        let target: string | null;
        if (path === '') target = file;
        else {
          const absolute = path.startsWith('/')
            ? path
            : posix.join(posix.dirname(from.endsWith('/') ? `${from}x` : from), path);
          if (!absolute.startsWith(BASE)) {
            broken.push(`${from}: ${raw} (outside base ${BASE})`);
            continue;
          }
          target = fileFor(`/${absolute.slice(BASE.length)}`);
        }
        if (!target) broken.push(`${from}: ${raw}`);
        else if (anchor && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(anchor)))
          broken.push(`${from}: ${raw} (no #${anchor})`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect([...new Set(broken)].slice(0, 50)).toEqual([]);
  });

  it('external links open without leaking the opener', () => {
    const bad: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/<a\s[^>]*href="https?:[^"]*"[^>]*>/g))
        if (!/rel="[^"]*noopener[^"]*"/.test(m[0])) bad.push(`${pagePath(file)}: ${m[0]}`);
    }
    expect(bad.slice(0, 20)).toEqual([]);
  });
});
