// PNG export cost per chart on one core, measured on exactly what a build worker does per chart (chartPng in
// scripts/lib/png-render.ts: text layout with the build's font subset, one 2× render, RGB/zlib encoding with the
// metadata chunks), for the default dataset's charts; and, on a sample, with the full 4.5 MB fonts instead of the
// subset. Usage: npx node bench/png-export.ts [--json file]   (needs build/data from `npm run data` or a build)
import { Resvg } from '@resvg/resvg-js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { exportFontFiles, exportFontSubset } from '../scripts/lib/export-fonts.ts';
import { encodePng } from '../scripts/lib/png-encode.ts';
import { chartPng, PNG_SCALE, printDensity } from '../scripts/lib/png-render.ts';
import { chartExportSvg } from '../src/core/publish/chartExport.ts';
import { drawnCharacters } from '../src/core/present/render/svgText.ts';
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
// CPU time of the process (user + system), not wall time: other engineers' builds share the cores, and a wall-clock
// figure on a machine at load 6 says more about them than about the renderer.
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
/** CPU s per chart of the build's per-chart work, and the PNG bytes it wrote. */
const perChart = (list: typeof charts, fonts: string[]) => {
  let bytes = 0;
  const t0 = cpuSeconds();
  for (const c of list) bytes += chartPng(c.svg, fonts, c.alt).length;
  return { s: (cpuSeconds() - t0) / list.length, bytes };
};
const sample = charts.filter((_, i) => i % Math.ceil(charts.length / 12) === 0);
const full = perChart(sample, exportFontFiles()).s;
const all = perChart(charts, subset.files);
const maps = perChart(
  charts.filter((c) => c.map),
  subset.files,
).s;
const others = perChart(
  charts.filter((c) => !c.map),
  subset.files,
).s;
const cutSample = perChart(sample, subset.files).s;
// The same work step by step (chartPng's three calls, timed apart).
const steps = { layout: 0, render: 0, encode: 0 };
for (const c of charts) {
  const t0 = cpuSeconds();
  const resvg = new Resvg(c.svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#ffffff',
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
    font: { fontFiles: subset.files, loadSystemFonts: false, defaultFontFamily: 'Noto Sans KR' },
  });
  const t1 = cpuSeconds();
  const image = resvg.render();
  const pixels = image.pixels;
  const t2 = cpuSeconds();
  encodePng(pixels, image.width, image.height, { ...c.alt, pixelsPerMetre: printDensity(image.width) });
  steps.layout += t1 - t0;
  steps.render += t2 - t1;
  steps.encode += cpuSeconds() - t2;
}
await rm(dir, { recursive: true, force: true });
const fmt = (s: number) => `${(s / charts.length).toFixed(3)} s`;
await emit({
  title: 'PNG export (one core)',
  rows: [
    {
      figure: `PNG export, CPU s per chart per core (${charts.length} charts, what the build does per chart: text layout + one 2× render + PNG encoding)`,
      value: `${all.s.toFixed(3)} s`,
      target: '≤ 0.03 s (an order of magnitude under ~0.3 s)',
      met: all.s <= 0.03,
    },
    {
      figure: `same ${sample.length}-chart sample: full fonts → subset`,
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
          `${(all.bytes / 1e6).toFixed(1)} MB (${Math.round(all.bytes / charts.length / 1024)} KB a chart)`,
        ],
      ],
    },
  ],
  notes: [
    'Single thread, CPU time; no file writes. The build runs one such worker per core and one PNG per chart.',
    'The sample takes every n-th chart, so it holds proportionally as many (large, slow) maps as the site.',
  ],
});
