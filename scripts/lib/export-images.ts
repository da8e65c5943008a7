// Build step between Astro and the search index: for every chart of allCharts(), the files behind the "퍼가기·내려받기"
// panel — standalone SVG, PNG at 2×, print PNG (16 cm at 300 dpi), CSV and JSON — plus the default social card.
// Every chart gets PNGs: every chart has an embed page, and its panel links all five files.
// The Korean font (Noto Sans KR from @embedpdf/fonts-kr) is only read here, never copied into the site.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { composeSiteCard, SITE_CARD } from '../../src/core/present/render/exportSvg.ts';
import { drawnCharacters } from '../../src/core/present/render/svgText.ts';
import { chartCsv, chartExportSvg, chartJson, chartSourcesCsv } from '../../src/core/publish/chartExport.ts';
import { routes } from '../../src/core/site/routes.ts';
import { dataDate } from '../../src/core/publish/cite.ts';
import { exportFontSubset } from './export-fonts.ts';
import { openPngCache } from './png-cache.ts';
import { renderPng } from './png-render.ts';
import { runPngJobs, type PngJob } from './png-workers.ts';
import { siteLocation } from '../../src/astro-adapter/site.ts';
import { glossary } from '../../src/astro-adapter/english.ts';

export { exportFontFiles } from './export-fonts.ts';
export { flattenText, PRINT_WIDTH_PX, renderPng, SCREEN_SCALE, withPngMetadata, type PngSize } from './png-render.ts';

/**
 * Writes /charts/<id>.{svg,png,-print.png,csv,json} for every chart and the social card; returns the files written.
 * Cache folder (PNGs and font subsets): BOKJI_EXPORT_CACHE, else `export-cache` beside the data folder.
 */
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
  const all: PngJob[] = [];
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
    await write(
      `${chart.id}.json`,
      `${JSON.stringify(chartJson(chart, sources, where, accessed, glossary()), null, 2)}\n`,
    );
    all.push({ svg, dir: out, id: chart.id, title: chart.title, description: chart.description });
    written += 2;
  }
  const card = composeSiteCard({
    title: '복지 아틀라스',
    tagline: '지역 복지사업의 성과·수상·예산을 출처 문서와 원래 표기 그대로',
    facts: `수치 ${dataset.figures.length}건 · 수상 ${dataset.awards.length}건 · 예산 ${dataset.budgets.length}건 · 출처 문서 ${dataset.sources.length}건`,
  });
  const cacheDir = resolve(process.env.BOKJI_EXPORT_CACHE ?? join(dirname(dataDir), 'export-cache'));
  const drawn = [...all, { id: SITE_CARD.path, svg: card.svg }].map((j) => ({
    id: j.id,
    chars: drawnCharacters(j.svg),
  }));
  const font = await exportFontSubset(drawn, join(cacheDir, 'fonts'));
  const cache = await openPngCache(cacheDir, font.glyphsId);
  const jobs: PngJob[] = [];
  for (const job of all) if (!(await cache.restore(job))) jobs.push(job);
  await runPngJobs(jobs, font.files);
  await cache.save(jobs);
  await mkdir(join(distDir, dirname(SITE_CARD.path)), { recursive: true });
  await writeFile(join(distDir, SITE_CARD.path), renderPng(card.svg, { mode: 'zoom', value: 1 }, font.files).png);
  return written + 1;
}
