// What a reader downloads for one built page: its HTML, the stylesheets it links and the scripts it loads (with the
// modules those import), each gzip-compressed at level 9. Shared by bench/page-weight.ts and the size-budget test.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The page kinds the budgets and Lighthouse runs are reported for. */
export type PageKind =
  'home' | 'program' | 'region' | 'awards' | 'source' | 'source-region' | 'embed' | 'indicator' | 'compare' | 'other';

export interface PageWeight {
  /** Path of the page below dist/, e.g. `programs/jeonnam-gidongdae/index.html`. */
  path: string;
  kind: PageKind;
  html: number;
  css: number;
  js: number;
  total: number;
  scripts: string[];
  stylesheets: string[];
}

/** gzip -9 size of some bytes. */
export function gzipSize(data: Uint8Array | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/** Every HTML page below `dist`, as paths relative to it with forward slashes, sorted. */
export function listPages(dist: string): string[] {
  return (
    readdirSync(dist, { recursive: true, withFileTypes: true }) as Array<{
      name: string;
      parentPath: string;
      isFile(): boolean;
    }>
  )
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => relative(dist, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter((p) => !p.startsWith('pagefind/'))
    .sort();
}

/** The kind of a page from its path (the site's URL scheme). */
export function pageKind(path: string): PageKind {
  if (path === 'index.html') return 'home';
  if (path === 'awards/index.html') return 'awards';
  // A dataset source's records for one region (/sources/<id>/<identity>/).
  if (/^sources\/[^/]+\/[^/]+\/index\.html$/.test(path)) return 'source-region';
  if (/^indicators\/[^/]+\/(\d{4}\/)?index\.html$/.test(path)) return 'indicator';
  if (/^compare\/[^/]+\/index\.html$/.test(path)) return 'compare';
  const m = /^(programs|regions|sources|embed)\/[^/]+\/index\.html$/.exec(path);
  if (!m) return 'other';
  return ({ programs: 'program', regions: 'region', sources: 'source', embed: 'embed' } as const)[
    m[1] as 'programs' | 'regions' | 'sources' | 'embed'
  ];
}

/** URLs of the stylesheets and external scripts an HTML page references. */
export function referencedAssets(html: string): { stylesheets: string[]; scripts: string[] } {
  const attr = (tag: string, name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
      .exec(tag)
      ?.slice(1)
      .find((v) => v !== undefined);
  const stylesheets = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((t) => /\brel\s*=\s*["']?stylesheet/i.test(t))
    .map((t) => attr(t, 'href'))
    .filter((v): v is string => !!v);
  const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => attr(m[0], 'src')).filter((v): v is string => !!v);
  return { stylesheets, scripts };
}

/** Maps a URL used in a page to a file in dist (same-origin, base path stripped); null for external URLs. */
export function assetFile(dist: string, pagePath: string, url: string, base = '/'): string | null {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return null;
  const clean = url.split(/[?#]/)[0] ?? '';
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const local = clean.startsWith('/')
    ? clean.startsWith(prefix)
      ? clean.slice(prefix.length)
      : clean.slice(1)
    : join(dirname(pagePath), clean);
  return resolve(dist, local);
}

/** A script plus every module it statically imports (relative specifiers), each once. */
export function scriptClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g))
    scriptClosure(resolve(dirname(file), m[1]!), seen);
  return seen;
}

/** Weighs one page; `sizes` caches gzip sizes of shared assets across pages. */
export function weighPage(dist: string, path: string, sizes: Map<string, number>, base = '/'): PageWeight {
  const html = readFileSync(join(dist, path));
  const refs = referencedAssets(html.toString('utf8'));
  const size = (file: string) => {
    let n = sizes.get(file);
    if (n === undefined) sizes.set(file, (n = existsSync(file) ? gzipSize(readFileSync(file)) : 0));
    return n;
  };
  const css = refs.stylesheets.map((u) => assetFile(dist, path, u, base)).filter((f): f is string => f !== null);
  const js = new Set<string>();
  for (const u of refs.scripts) {
    const f = assetFile(dist, path, u, base);
    if (f) scriptClosure(f, js);
  }
  const htmlSize = gzipSize(html);
  const cssSize = css.reduce((s, f) => s + size(f), 0);
  const jsSize = [...js].reduce((s, f) => s + size(f), 0);
  const rel = (f: string) => relative(dist, f).split(sep).join('/');
  return {
    path,
    kind: pageKind(path),
    html: htmlSize,
    css: cssSize,
    js: jsSize,
    total: htmlSize + cssSize + jsSize,
    scripts: [...js].map(rel),
    stylesheets: css.map(rel),
  };
}

/** Median of a non-empty list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
