// Build step between Astro and the search index: for every chart of allCharts(), the files behind the "퍼가기·내려받기"
// panel — standalone SVG, PNG at 2×, print PNG (16 cm at 300 dpi), CSV and JSON — plus the default social card.
// The Korean font (Noto Sans KR from @embedpdf/fonts-kr) is only read here, never copied into the site.
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { crc32 } from 'node:zlib';
import { composeSiteCard, SITE_CARD } from '../../src/core/present/render/exportSvg.ts';
import { chartCsv, chartExportSvg, chartJson, chartSourcesCsv } from '../../src/core/publish/chartExport.ts';
import { routes } from '../../src/core/site/routes.ts';
import { dataDate } from '../../src/core/publish/cite.ts';
import type { SiteLocation } from '../../src/core/publish/embedSnippets.ts';

/** Print PNG: 16 cm wide at 300 dpi. */
export const PRINT_WIDTH_PX = Math.round((16 / 2.54) * 300);
/** Screen PNG scale. */
export const SCREEN_SCALE = 2;

let fonts: string[] | undefined;

/** Noto Sans KR Regular and Bold: the package hides its files behind `exports`, so find them next to its main entry. */
export function exportFontFiles(): string[] {
  if (fonts) return fonts;
  const main = createRequire(import.meta.url).resolve('@embedpdf/fonts-kr');
  const dir = join(dirname(main), '..', 'fonts');
  const files = ['NotoSansKR-Regular.otf', 'NotoSansKR-Bold.otf'].map((f) => join(dir, f));
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length) throw new Error(`한글 글꼴이 없습니다. Korean font missing: ${missing.join(', ')}`);
  fonts = files;
  return files;
}

/** How big a PNG is: `zoom` multiplies the SVG size, `width` scales to a pixel width. */
export type PngSize = { mode: 'zoom'; value: number } | { mode: 'width'; value: number };

/** A rendered image: PNG bytes, raw RGBA pixels and size. */
export interface RenderedPng {
  png: Buffer;
  pixels: Buffer;
  width: number;
  height: number;
}

const textOptions = (): ResvgRenderOptions['font'] => ({
  fontFiles: exportFontFiles(),
  loadSystemFonts: false,
  defaultFontFamily: 'Noto Sans KR',
  sansSerifFamily: 'Noto Sans KR',
});
const drawOptions = (size: PngSize): ResvgRenderOptions => ({
  fitTo: size,
  background: '#ffffff',
  shapeRendering: 2,
  textRendering: 1,
  logLevel: 'off',
});

/**
 * Lays out the text of an SVG with the bundled Korean font only (no system fonts: the same output on every machine)
 * and returns it with every glyph turned into a path. Text layout is the slow part (~1 ms per text element with a
 * CJK font), so it is done once per chart; both PNG sizes are then drawn from the flat SVG.
 */
export function flattenText(svg: string): string {
  return new Resvg(svg, { ...drawOptions({ mode: 'zoom', value: 1 }), font: textOptions() }).toString();
}

/** Renders SVG (text included) to PNG synchronously with the bundled Korean font. */
export function renderPng(svg: string, size: PngSize): RenderedPng {
  const image = new Resvg(svg, { ...drawOptions(size), font: textOptions() }).render();
  return { png: image.asPng(), pixels: image.pixels, width: image.width, height: image.height };
}

/** One chart's PNGs, rendered in a worker thread: both sizes from one text layout, written straight to disk. */
interface PngJob {
  svg: string;
  dir: string;
  id: string;
  title: string;
  description: string;
}

function renderChartPngs(job: PngJob): Promise<unknown> {
  const flat = flattenText(job.svg);
  const draw = (size: PngSize) =>
    new Resvg(flat, { ...drawOptions(size), font: { loadSystemFonts: false } }).render().asPng();
  const meta = { title: job.title, description: job.description };
  return Promise.all([
    writeFile(join(job.dir, `${job.id}.png`), withPngMetadata(draw({ mode: 'zoom', value: SCREEN_SCALE }), meta)),
    writeFile(
      join(job.dir, `${job.id}-print.png`),
      withPngMetadata(draw({ mode: 'width', value: PRINT_WIDTH_PX }), { ...meta, dpi: 300 }),
    ),
  ]);
}

const WORKER_ROLE = 'bokji-atlas:png-export';

// In a worker started by runPngJobs: render each job sent, answer when its files are written.
if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  parentPort!.on('message', (job: PngJob) => {
    renderChartPngs(job).then(
      () => parentPort!.postMessage({ ok: true }),
      (error: unknown) => parentPort!.postMessage({ ok: false, error: `${job.id}: ${String(error)}` }),
    );
  });
}

/** Runs PNG jobs on one worker per core (text layout with a CJK font is CPU-bound: ~0.1 s per chart). */
async function runPngJobs(jobs: readonly PngJob[]): Promise<void> {
  const count = Math.max(1, Math.min(availableParallelism(), jobs.length));
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL(import.meta.url), { workerData: { role: WORKER_ROLE } }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => (next < jobs.length ? worker.postMessage(jobs[next++]) : resolve());
            worker.on('message', (m: { ok: boolean; error?: string }) => (m.ok ? feed() : reject(new Error(m.error))));
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/**
 * Adds metadata chunks after IHDR: pHYs (pixels per metre, so word processors place the print PNG at 16 cm) and
 * iTXt Title/Description (UTF-8 alt text that travels with the file).
 */
export function withPngMetadata(png: Buffer, meta: { dpi?: number; title?: string; description?: string }): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const chunks: Buffer[] = [];
  if (meta.dpi) {
    const ppm = Math.round(meta.dpi / 0.0254);
    const data = Buffer.alloc(9);
    data.writeUInt32BE(ppm, 0);
    data.writeUInt32BE(ppm, 4);
    data.writeUInt8(1, 8);
    chunks.push(chunk('pHYs', data));
  }
  const text = (keyword: string, value: string) =>
    chunk('iTXt', Buffer.concat([Buffer.from(`${keyword}\0\0\0ko\0\0`, 'latin1'), Buffer.from(value, 'utf8')]));
  if (meta.title) chunks.push(text('Title', meta.title));
  if (meta.description) chunks.push(text('Description', meta.description));
  const ihdrEnd = 8 + 8 + 13 + 4;
  return Buffer.concat([png.subarray(0, ihdrEnd), ...chunks, png.subarray(ihdrEnd)]);
}

/** Site URL and base path as Astro sees them (same environment variables as astro.config.mjs). */
export function siteLocation(): SiteLocation {
  return { site: process.env.BOKJI_SITE || undefined, base: process.env.BOKJI_BASE || '/' };
}

/**
 * PNGs of unchanged charts are copied from the previous build: rendering Hangul is the slow part of the build (resvg
 * re-reads the 4.5 MB font file for every glyph). The key covers everything the PNG depends on; entries not used by
 * this build are removed. Folder: BOKJI_EXPORT_CACHE, else `export-cache` beside the data folder (build/export-cache).
 */
async function openPngCache(dataDir: string) {
  const dir = resolve(process.env.BOKJI_EXPORT_CACHE ?? join(dirname(dataDir), 'export-cache'));
  await mkdir(dir, { recursive: true });
  const fontSizes = exportFontFiles().map((f) => statSync(f).size);
  const used = new Set<string>();
  const keyOf = (job: PngJob) => {
    const key = createHash('sha256')
      .update(JSON.stringify(['v1', SCREEN_SCALE, PRINT_WIDTH_PX, fontSizes, job.title, job.description, job.svg]))
      .digest('hex')
      .slice(0, 32);
    used.add(key);
    return key;
  };
  const files = (job: PngJob, key: string) =>
    [
      [join(dir, `${key}.png`), join(job.dir, `${job.id}.png`)],
      [join(dir, `${key}-print.png`), join(job.dir, `${job.id}-print.png`)],
    ] as const;
  return {
    async restore(job: PngJob): Promise<boolean> {
      const pairs = files(job, keyOf(job));
      if (!pairs.every(([cached]) => existsSync(cached))) return false;
      for (const [cached, target] of pairs) await copyFile(cached, target);
      return true;
    },
    async save(jobs: readonly PngJob[]): Promise<void> {
      for (const job of jobs) for (const [cached, target] of files(job, keyOf(job))) await copyFile(target, cached);
      for (const name of await readdir(dir))
        if (!used.has(name.replace(/(-print)?\.png$/, ''))) await rm(join(dir, name), { force: true });
    },
  };
}

/** Writes /charts/<id>.{svg,png,-print.png,csv,json} and <id>-sources.csv for every chart and the social card; returns the files written. */
export async function exportChartImages(distDir: string, dataDir: string): Promise<number> {
  // Imported here, not at the top, so that tests of the renderer do not load the site's data and chart modules.
  const { allCharts } = await import('../../src/astro-adapter/charts.ts');
  const { siteData, useDataDir } = await import('../../src/astro-adapter/data.ts');
  // The data Astro was built from (staged until the whole build succeeds), not whatever build/data holds now.
  useDataDir(dataDir);
  const { dataset } = siteData();
  const where = siteLocation();
  const accessed = dataDate(dataset.sources);
  const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
  const out = join(distDir, 'charts');
  await mkdir(out, { recursive: true });
  let written = 0;
  const write = async (name: string, data: string | Buffer) => {
    await writeFile(join(out, name), data);
    written += 1;
  };
  const cache = await openPngCache(dataDir);
  const jobs: PngJob[] = [];
  for (const chart of allCharts()) {
    const sources = chart.sourceIds.map((id) => {
      const s = sourceById.get(id);
      if (!s) throw new Error(`Chart "${chart.id}" cites an unknown source "${id}".`);
      return s;
    });
    const { svg } = chartExportSvg(chart, sources, where);
    await write(`${chart.id}.svg`, svg);
    await write(`${chart.id}.csv`, chartCsv(chart, where));
    await write(`${chart.id}-sources.csv`, chartSourcesCsv(sources, where, routes.source));
    await write(`${chart.id}.json`, `${JSON.stringify(chartJson(chart, sources, where, accessed), null, 2)}\n`);
    const job = { svg, dir: out, id: chart.id, title: chart.title, description: chart.description };
    if (!(await cache.restore(job))) jobs.push(job);
    written += 2;
  }
  await runPngJobs(jobs);
  await cache.save(jobs);
  const card = composeSiteCard({
    title: '복지 아틀라스',
    tagline: '지역 복지사업의 성과·수상·예산을 출처 문서와 원래 표기 그대로',
    facts: `수치 ${dataset.figures.length}건 · 수상 ${dataset.awards.length}건 · 예산 ${dataset.budgets.length}건 · 출처 문서 ${dataset.sources.length}건`,
  });
  await mkdir(join(distDir, dirname(SITE_CARD.path)), { recursive: true });
  await writeFile(join(distDir, SITE_CARD.path), renderPng(card.svg, { mode: 'zoom', value: 1 }).png);
  return written + 1;
}
