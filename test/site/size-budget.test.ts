import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assetFile,
  gzipSize,
  listPages,
  median,
  pageKind,
  referencedAssets,
  weighPage,
  type PageWeight,
} from '../../bench/lib/page-assets.ts';
import { DIST } from '../support/paths.ts';

const KB = 1024;

const BASE = process.env.BOKJI_BASE || '/';

/**
 * Size budgets over the built site (npm test builds dist/ first; BOKJI_DIST points at another build): every page ≤ 60 KB
 * gzip with its CSS and JS, the median HTML page ≤ 60 KB gzip, every page's client JS (its scripts and the modules they import) ≤ 10 KB gzip, the embed host
 * script ≤ 1 KB gzip. gzip level 9, the way a static host's precompression would serve them.
 */
describe('size budgets over dist/', () => {
  const built = existsSync(join(DIST, 'index.html'));
  const weights: PageWeight[] = [];
  if (built) {
    const sizes = new Map<string, number>();
    for (const path of listPages(DIST)) weights.push(weighPage(DIST, path, sizes, BASE));
  }

  it('dist/ is built (npm test builds it; run `npm run build` first)', () => {
    expect(built, `${DIST}/index.html is missing: build the site first (npm run build)`).toBe(true);
    expect(weights.length).toBeGreaterThan(0);
  });

  it('every page ≤ 60 KB gzip (HTML + CSS + JS), /regions/ and the indicator pages included', () => {
    const byKind = new Map<string, PageWeight>();
    for (const w of weights) if ((byKind.get(w.kind)?.total ?? -1) < w.total) byKind.set(w.kind, w);
    console.log(
      [...byKind.values()].map((w) => `largest ${w.kind}: ${w.path} ${(w.total / KB).toFixed(1)} KB`).join('\n'),
    );
    const over = weights
      .filter((w) => w.total > 60 * KB)
      .sort((a, b) => b.total - a.total)
      .map((w) => `${w.path}: ${(w.total / KB).toFixed(1)} KB (HTML ${(w.html / KB).toFixed(1)})`);
    expect(over, `pages over 60 KB gzip:\n${over.slice(0, 30).join('\n')}`).toEqual([]);
  });

  it('median HTML page ≤ 60 KB gzip', () => {
    const m = median(weights.map((w) => w.html));
    console.log(
      `pages ${weights.length}; median HTML ${(m / KB).toFixed(1)} KB gzip; largest ${[...weights].sort((a, b) => b.html - a.html)[0]?.path} ${(Math.max(...weights.map((w) => w.html)) / KB).toFixed(1)} KB`,
    );
    expect(m).toBeLessThanOrEqual(60 * KB);
  });

  it('client JS per page ≤ 10 KB gzip', () => {
    const over = weights
      .filter((w) => w.js > 10 * KB)
      .map((w) => `${w.path}: ${(w.js / KB).toFixed(1)} KB (${w.scripts.join(', ')})`);
    expect(over, `pages over the JS budget:\n${over.slice(0, 20).join('\n')}`).toEqual([]);
  });

  it('every stylesheet and script a page references exists in dist/', () => {
    const missing = weights.flatMap((w) =>
      [...w.stylesheets, ...w.scripts].filter((f) => !existsSync(join(DIST, f))).map((f) => `${w.path} → ${f}`),
    );
    expect(missing).toEqual([]);
  });

  it('embed host script ≤ 1 KB gzip', () => {
    const file = join(DIST, 'embed.js');
    expect(existsSync(file), 'dist/embed.js is missing').toBe(true);
    const size = gzipSize(readFileSync(file));
    console.log(`embed.js ${size} B gzip`);
    expect(size).toBeLessThanOrEqual(1 * KB);
  });

  it('no meta description or card image alt text runs past 420 characters (a national chart once put 118 KB there)', () => {
    const long = weights.flatMap((w) => {
      const html = readFileSync(join(DIST, w.path), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      return [...head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)]
        .filter((m) => /description|image:alt/.test(m[1]!) && m[2]!.length > 420)
        .map((m) => `${w.path} ${m[1]}: ${m[2]!.length} characters`);
    });
    expect(long, long.slice(0, 20).join('\n')).toEqual([]);
  });

  it('reports the total size of dist/', () => {
    let files = 0;
    let bytes = 0;
    for (const e of readdirSync(DIST, { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      files += 1;
      bytes += statSync(join(e.parentPath, e.name)).size;
    }
    console.log(`dist/: ${files} files, ${(bytes / KB / KB).toFixed(2)} MB; HTML pages ${weights.length}`);
    expect(files).toBeGreaterThanOrEqual(weights.length);
  });
});

describe('page assets: what a page makes the reader download', () => {
  it('finds linked stylesheets and external scripts, not inline ones or preloads', () => {
    const html =
      `<link rel="preload" href="/a.css"><link rel=stylesheet href=/_astro/x.css><link href='/_astro/y.css' rel='stylesheet'>` +
      `<script type="module" src="/_astro/p.js"></script><script>inline()</script>`;
    expect(referencedAssets(html)).toEqual({
      stylesheets: ['/_astro/x.css', '/_astro/y.css'],
      scripts: ['/_astro/p.js'],
    });
  });

  it('maps URLs under a base path and relative URLs to dist files; external URLs to nothing', () => {
    expect(assetFile('/d', 'sources/x/index.html', '/bokji/_astro/a.js?v=1', '/bokji')).toBe('/d/_astro/a.js');
    expect(assetFile('/d', 'sources/x/index.html', '../../_astro/a.css')).toBe('/d/_astro/a.css');
    expect(assetFile('/d', 'index.html', 'https://cdn.example.com/x.js')).toBeNull();
  });

  it('names page kinds from the URL scheme and takes true medians', () => {
    expect(
      [
        'index.html',
        'programs/a/index.html',
        'regions/12130/index.html',
        'awards/index.html',
        'sources/s/index.html',
        'sources/s/12130/index.html',
        'embed/c/index.html',
        'data/index.html',
        'indicators/population/2026/index.html',
        'compare/12130/index.html',
      ].map(pageKind),
    ).toEqual([
      'home',
      'program',
      'region',
      'awards',
      'source',
      'source-region',
      'embed',
      'other',
      'indicator',
      'compare',
    ]);
    expect([median([3, 1, 2]), median([4, 1, 3, 2])]).toEqual([2, 2.5]);
  });
});
