// PNG export cost per chart on one core, measured on exactly what a build worker does per chart (chartPng in
// scripts/lib/png-render.ts: text layout with the build's font subset, one 2× render, RGB/zlib encoding with the
// metadata chunks), for the default dataset's charts; and, on a sample, with the full 4.5 MB fonts instead of the
// subset. Usage: npx node bench/png-export.ts [--json file]   (needs build/data from `npm run data` or a build)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { exportFontFiles, exportFontSubset } from '../scripts/lib/export-fonts.ts';
import { chartExportSvg } from '../src/core/publish/chartExport.ts';
import { drawnCharacters } from '../src/core/present/render/svgText.ts';
import type { PngTimingInput, PngTimings } from './lib/png-timing.ts';
import { emit } from './lib/report.ts';

const REPO = resolve(import.meta.dirname, '..');
// The charts are built from BOKJI_DATA_DIR (default build/data in the working directory): this repository's.
process.env.BOKJI_DATA_DIR ??= join(REPO, 'build', 'data');
const { siteIndex } = await import('../src/astro-adapter/data.ts');
const { allCharts } = await import('../src/astro-adapter/charts.ts');
const { sources } = siteIndex();
const charts = allCharts().map((c) => ({
  svg: chartExportSvg(
    c,
    c.sourceIds.map((id) => sources.get(id)!),
    { base: '/', site: undefined },
  ).svg,
  alt: { title: c.title, description: c.description },
  map: c.kind === 'map',
}));
const dir = await mkdtemp(join(tmpdir(), 'png-bench-'));
const subsetStart = performance.now();
const subset = await exportFontSubset(
  charts.map((c, i) => ({ id: String(i), chars: drawnCharacters(c.svg) })),
  dir,
);
const subsetMs = performance.now() - subsetStart;
const timings = await new Promise<PngTimings>((done, fail) => {
  const input: PngTimingInput = { charts, subset: subset.files, full: exportFontFiles() };
  const worker = new Worker(new URL('./lib/png-timing.ts', import.meta.url), {
    workerData: { role: 'png-timing', input },
  });
  worker.once('message', done);
  worker.once('error', fail);
});
const { all, sampleFull: full, sampleSubset: cutSample, maps, others, steps } = timings;
await rm(dir, { recursive: true, force: true });
const fmt = (s: number) => `${s.toFixed(3)} s`;
await emit({
  title: 'PNG export (one core)',
  rows: [
    {
      figure: `PNG export, CPU s per chart per core (${charts.length} charts, what the build does per chart: text layout + one 2× render + PNG encoding)`,
      value: `${all.toFixed(3)} s`,
      target: '≤ 0.03 s (an order of magnitude under ~0.3 s)',
      met: all <= 0.03,
    },
    {
      figure: `same ${timings.sampleSize}-chart sample: full fonts → subset`,
      value: `${full.toFixed(3)} s → ${cutSample.toFixed(3)} s (${(full / cutSample).toFixed(1)}× faster)`,
      target: '—',
      met: null,
    },
    {
      figure: 'making the font subset (once per build)',
      value: `${(subsetMs / 1000).toFixed(2)} s`,
      target: '—',
      met: null,
    },
  ],
  tables: [
    {
      caption: 'Where the time goes (CPU s per chart) and what it writes',
      header: ['figure', 'value'],
      rows: [
        ['maps / other charts', `${maps.toFixed(3)} s / ${others.toFixed(3)} s`],
        ['parse + text layout (new Resvg)', fmt(steps.layout)],
        ['render at 2× (+ copying the pixels out)', fmt(steps.render)],
        ['encode: RGB, no filter, zlib level 1, pHYs + iTXt', fmt(steps.encode)],
        [
          'PNG bytes, all charts',
          `${(timings.bytes / 1e6).toFixed(1)} MB (${Math.round(timings.bytes / charts.length / 1024)} KB a chart)`,
        ],
      ],
    },
  ],
  notes: [
    "Timed in a worker thread holding only the SVGs, as the build's workers do; CPU time of the process (the main thread waits); no file writes. The build runs one such worker per core and one PNG per chart.",
    'The sample takes every n-th chart, so it holds proportionally as many (large, slow) maps as the site.',
  ],
});
