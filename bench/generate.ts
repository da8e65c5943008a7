// Synthetic national data for the scaling benchmarks: ~230 자치단체 × 20 years × (30 × scale) metrics, with awards
// and budgets, written as a complete data folder in the project's own format plus 지방재정365-style CP949 files with
// descriptors under published/. Deterministic (seeded). Usage: npx node bench/generate.ts --scale 1,2,4 [--out dir] [--years N]
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { addAwards } from './generate-awards.ts';
import { addBudgets } from './generate-budgets.ts';
import { addIndicatorPanel } from './generate-panel.ts';
import { INDICATOR_HEADER } from './lib/synth-indicators.ts';
import { addPrograms } from './generate-programs.ts';
import { csvLine } from './lib/csv-write.ts';
import { createPrng } from './lib/prng.ts';
import { loadRegistry, unitsOfYear } from './lib/regions-by-year.ts';
import type { SynthContext } from './lib/synth.ts';

const REPO = resolve(import.meta.dirname, '..');
/** Years of data: 20 fiscal years, all published before the registry's last date. */
export const YEARS = Array.from({ length: 20 }, (_, i) => 2006 + i);
const SOURCE_HEADER = ['id', 'kind', 'title', 'issuer', 'published', 'url', 'locator', 'reliability', 'note'];

export interface GeneratedCounts {
  scale: number;
  figures: number;
  awards: number;
  budgets: number;
  publishedRows: number;
  sources: number;
  bytes: number;
  seconds: number;
}

const url = (id: string) => `https://example.com/bokji-bench/${id}`;

/** Writes the synthetic data folder for one scale into `outDir/data` (optionally fewer years, to profile) and returns what it wrote. */
export async function generateScale(
  scale: number,
  outDir: string,
  seed = 20261123,
  years: readonly number[] = YEARS,
): Promise<GeneratedCounts> {
  const started = performance.now();
  const random = createPrng(seed * 31 + scale);
  const dataDir = join(outDir, 'data');
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  await cp(join(REPO, 'data', 'regions'), join(dataDir, 'regions'), { recursive: true });
  await cp(join(REPO, 'data', 'geo'), join(dataDir, 'geo'), { recursive: true });
  const registry = loadRegistry(REPO + '/data');
  const units = new Map(years.map((y) => [y, unitsOfYear(registry, y)]));
  const files = new Map<string, string[] | Buffer>();
  const add = (path: string, line: string) => {
    const lines = files.get(path);
    if (Array.isArray(lines)) lines.push(line);
    else files.set(path, [line]);
  };
  const sources = new Set<string>();
  const source = (id: string, kind: string, title: string, issuer: string, published: string, reliability = '원문') => {
    if (sources.has(id)) return id;
    sources.add(id);
    add(
      'sources/synthetic.csv',
      csvLine([id, kind, title, issuer, published, url(id), '보도자료 게시판', reliability, '']),
    );
    return id;
  };
  add('sources/synthetic.csv', csvLine(SOURCE_HEADER));
  add('indicators.csv', csvLine(INDICATOR_HEADER));
  // No editorial maps: the synthetic nation's maps are its indicators' (one per indicator and year).
  add('maps.csv', csvLine(['id', 'kind', 'subject', 'sido', 'page']));
  // A stable base level per (region, metric) so each series is a smooth line with noise, as real ones are.
  const base = new Map<string, number>();
  const levelOf = (key: string) => base.get(key) ?? (base.set(key, 0.05 + 0.9 * random() ** 2), base.get(key)!);

  const ctx: SynthContext = {
    scale,
    years,
    units,
    add,
    put: (path, content) => files.set(path, content),
    source,
    level: levelOf,
    random,
    counts: { figures: 0, awards: 0, budgets: 0, publishedRows: 0 },
  };
  // In this order: every generator draws from the one seeded sequence.
  addPrograms(ctx);
  addAwards(ctx);
  addBudgets(ctx);
  const { counts } = ctx;
  for (let copy = 0; copy < scale; copy++) {
    const values = addIndicatorPanel({ copy, years, units, add, put: ctx.put, source, level: levelOf, random });
    counts.budgets += values;
    counts.publishedRows += values;
  }

  let bytes = 0;
  for (const [path, content] of files) {
    const full = join(dataDir, path);
    await mkdir(dirname(full), { recursive: true });
    const data = Array.isArray(content) ? content.join('') : content;
    bytes += Buffer.byteLength(data);
    await writeFile(full, data);
  }
  return { scale, ...counts, sources: sources.size, bytes, seconds: (performance.now() - started) / 1000 };
}

if (import.meta.main) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  for (const scale of (arg('--scale') ?? '1').split(',').map(Number)) {
    const out = resolve(arg('--out') ?? join(REPO, 'bench', '.tmp', `scale-${scale}`));
    const years = arg('--years') ? YEARS.slice(-Number(arg('--years'))) : YEARS;
    const c = await generateScale(scale, out, undefined, years);
    console.log(
      `${scale}×: ${out}/data — figures ${c.figures}, awards ${c.awards}, budgets ${c.budgets} (published rows ${c.publishedRows}), sources ${c.sources}; ${(c.bytes / 2 ** 20).toFixed(1)} MB in ${c.seconds.toFixed(1)} s`,
    );
  }
}
