// Default dataset: a cold full build (empty image cache, no previous dist) and then the rebuild after one data row
// changed, with the caches that first build left (the image cache keeps every unchanged chart's PNGs). The cold build's
// dist/ becomes bench/.tmp/default/dist, the build the page-weight and Lighthouse benchmarks measure.
// Usage: npx node bench/rebuild.ts [--json file]
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { mb, measure, seconds, type Measured } from './lib/measure.ts';
import { emit, type Row } from './lib/report.ts';

const REPO = resolve(import.meta.dirname, '..');
const DIR = join(REPO, 'bench', '.tmp', 'rebuild');
const started = performance.now();
await rm(DIR, { recursive: true, force: true });
await cp(join(REPO, 'data'), join(DIR, 'data'), { recursive: true });
const env = {
  ...process.env,
  BOKJI_DATA_SRC: join(DIR, 'data'),
  BOKJI_DIST: join(DIR, 'dist'),
  BOKJI_DATA_DIR: join(DIR, 'build-data'),
  BOKJI_EXPORT_CACHE: join(DIR, 'export-cache'),
};
const build = () =>
  measure(process.execPath, [join(REPO, 'scripts', 'build.ts')], { cwd: REPO, env, timeoutMs: 600_000, scratch: DIR });
const phases = (m: Measured) => /s \(([^)]*)\), node/.exec(m.stdout)?.[1] ?? '—';
const done = (m: Measured) => m.status === 0 && !m.timedOut;
const cold = await build();
const defaultDir = join(REPO, 'bench', '.tmp', 'default');
await rm(join(defaultDir, 'dist'), { recursive: true, force: true });
await mkdir(defaultDir, { recursive: true });
if (done(cold)) await rename(join(DIR, 'dist'), join(defaultDir, 'dist'));
// One budget row gets another value (the first data row of the first budgets file): its chart and pages change.
const file = join(DIR, 'data', 'budgets', 'press-releases.csv');
const text = await readFile(file, 'utf8');
const changed = text.replace('"2,659억 원"', '"2,660억 원"');
if (changed === text)
  throw new Error('bench/rebuild.ts: the row to change is no longer in data/budgets/press-releases.csv');
await writeFile(file, changed);
const warm = await build();
const row = (figure: string, m: Measured, limitS: number): Row => ({
  figure,
  value: done(m) ? `${seconds(m.wallMs)}, peak ${mb(m.peakRss)} (${phases(m)})` : `FAILED (exit ${m.status})`,
  target: `≤ ${limitS} s`,
  met: done(m) && m.wallMs <= limitS * 1000,
});
await emit({
  title: 'Default dataset: cold build and one-row rebuild',
  seconds: (performance.now() - started) / 1000,
  rows: [
    row('default dataset, cold full build (empty image cache)', cold, 90),
    row('rebuild after changing one data row (warm image cache)', warm, 25),
  ],
  notes: [
    'The changed row: data/budgets/press-releases.csv, 여수시 2016 사회복지 예산 "2,659억 원" → "2,660억 원" (a copy of data/).',
    'Astro keeps no cache between builds here; the image cache (PNGs by content, font subset) is what a warm rebuild reuses.',
    "The cold build is also the default dataset's full build of the scaling table, and the build the page-weight and Lighthouse benchmarks measure.",
  ],
});
await rm(DIR, { recursive: true, force: true });
