// Region maps: time to render every region page's locator (or 시도) map, as the build does (target: ≤ 10 s for all),
// their sizes, and the gzip size of the largest region page of a built site.
// Usage: npx node bench/region-maps.ts [--dist /tmp/x/dist]   (default dist: BOKJI_DIST or ./dist; skipped if absent)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { KoreaTopology } from '../src/core/present/map/types.ts';
import { listIdentities, parseRegistry, regionHistory } from '../src/core/domain/regions/index.ts';
import { locatorContext, locatorMap } from '../src/core/views/region/regionLocator.ts';

const REPO = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const distArg = args.indexOf('--dist') >= 0 ? args[args.indexOf('--dist') + 1] : undefined;
const dist = resolve(distArg ?? process.env.BOKJI_DIST ?? join(REPO, 'dist'));

const read = (path: string) => readFileSync(join(REPO, path), 'utf8');
const registry = parseRegistry(read('data/regions/regions.csv'), read('data/regions/changes.csv'));
const regions = listIdentities(registry).map((r) => ({ ...r, history: regionHistory(registry, r.identity) }));

const t0 = performance.now();
const topology = JSON.parse(read('data/geo/korea.topo.json')) as KoreaTopology;
const context = locatorContext(topology, regions, '');
const t1 = performance.now();
const sizes: Array<{ identity: string; kind: string; bytes: number }> = [];
for (const entry of regions) {
  const map = locatorMap(context, entry);
  sizes.push({ identity: entry.identity, kind: map.kind, bytes: map.svg ? Buffer.byteLength(map.svg) : 0 });
}
const t2 = performance.now();

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const largest = (kind: string) => sizes.filter((s) => s.kind === kind).sort((a, b) => b.bytes - a.bytes)[0];
const locators = sizes.filter((s) => s.kind === 'locator');
console.log(
  `region maps: ${regions.length} identities — ${locators.length} locator, ${sizes.filter((s) => s.kind === 'sido').length} 시도, ${sizes.filter((s) => s.kind === 'none').length} without polygon`,
);
console.log(
  `  load topology + index: ${(t1 - t0).toFixed(0)} ms; render all: ${(t2 - t1).toFixed(0)} ms (${((t2 - t1) / regions.length).toFixed(1)} ms per page; target ≤ 10 s in total)`,
);
const maxLocator = largest('locator');
const maxSido = largest('sido');
console.log(
  `  largest locator: ${maxLocator?.identity} ${kb(maxLocator?.bytes ?? 0)} raw (budget 15 KB); mean ${kb(locators.reduce((s, l) => s + l.bytes, 0) / Math.max(1, locators.length))}`,
);
console.log(`  largest 시도 map: ${maxSido?.identity} ${kb(maxSido?.bytes ?? 0)} raw`);

const regionsDir = join(dist, 'regions');
if (existsSync(regionsDir)) {
  const pages = readdirSync(regionsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(regionsDir, d.name, 'index.html')))
    .map((d) => {
      const html = readFileSync(join(regionsDir, d.name, 'index.html'));
      return { page: `/regions/${d.name}/`, raw: html.length, gz: gzipSync(html, { level: 9 }).length };
    })
    .sort((a, b) => b.gz - a.gz);
  const index = join(regionsDir, 'index.html');
  console.log(`  built pages in ${regionsDir}: ${pages.length}`);
  for (const p of pages.slice(0, 3)) console.log(`  ${p.page}: ${kb(p.raw)} raw, ${kb(p.gz)} gzip`);
  if (existsSync(index)) {
    const html = readFileSync(index);
    console.log(`  /regions/: ${kb(html.length)} raw, ${kb(gzipSync(html, { level: 9 }).length)} gzip`);
  }
} else {
  console.log(`  (no built site at ${dist}: page sizes skipped)`);
}
