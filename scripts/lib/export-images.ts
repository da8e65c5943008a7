// Build step between Astro and the search index: the PNG behind the "퍼가기·내려받기" panel of every chart (2×, with
// the density that places it 16 cm wide in a word processor) plus the default social card. Astro has already written each chart's SVG, CSV
// and JSON (src/pages/charts/); this step rasterises those SVGs, so it never builds the charts again.
// The Korean font (Noto Sans KR from @embedpdf/fonts-kr) is only read here, never copied into the site.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { composeSiteCard, SITE_CARD } from '../../src/core/present/render/exportSvg.ts';
import { drawnCharacters } from '../../src/core/present/render/svgText.ts';
import { exportFontSubset } from './export-fonts.ts';
import { openPngCache } from './png-cache.ts';
import { renderPng } from './png-render.ts';
import { runPngJobs, type PngJob } from './png-workers.ts';
import type { DatasetCounts } from './data-build-thread.ts';
import { SITE_NAME_KO, SITE_TAGLINE } from '../../src/core/site/wording.ts';

export { exportFontFiles } from './export-fonts.ts';
export { chartPng, PNG_SCALE, printDensity, PRINT_WIDTH_CM, renderPng, type PngSize } from './png-render.ts';

/**
 * Writes /charts/<id>.png for every chart whose <id>.svg and <id>.json Astro wrote into `distDir`,
 * and the social card, which states `counts` (the data build's: this step never reads the dataset, which at national
 * scale would hold ~1 GB while the images render); `dataDir` is the data Astro was built from (staged until the whole
 * build succeeds). Returns the files written. Cache folder (PNGs and font subsets): BOKJI_EXPORT_CACHE, else
 * `export-cache` beside the data.
 */
export async function exportChartImages(distDir: string, dataDir: string, counts: DatasetCounts): Promise<number> {
  const out = join(distDir, 'charts');
  await mkdir(out, { recursive: true });
  // Synchronous reads: for thousands of small files ~10× faster here than fs/promises (see search-index.ts).
  const names = readdirSync(out)
    .filter((n) => n.endsWith('.json'))
    .sort();
  const all: PngJob[] = names.map((name) => {
    const { id, title, description } = JSON.parse(readFileSync(join(out, name), 'utf8')) as {
      id: string;
      title: string;
      description: string;
    };
    return { svg: readFileSync(join(out, `${id}.svg`), 'utf8'), dir: out, id, title, description };
  });
  const card = composeSiteCard({
    title: SITE_NAME_KO,
    tagline: SITE_TAGLINE,
    facts: `수치 ${counts.figures}건 · 수상 ${counts.awards}건 · 예산 ${counts.budgets}건 · 출처 문서 ${counts.sources}건`,
  });
  const cacheDir = resolve(process.env.BOKJI_EXPORT_CACHE ?? join(dirname(dataDir), 'export-cache'));
  const drawn = [...all, { id: SITE_CARD.path, svg: card.svg }].map((j) => ({
    id: j.id,
    chars: drawnCharacters(j.svg),
  }));
  const font = await exportFontSubset(drawn, join(cacheDir, 'fonts'));
  const cache = await openPngCache(cacheDir, font.glyphsId);
  const restored = all.map((job) => cache.restore(job));
  const jobs = all.filter((_, i) => !restored[i]);
  await runPngJobs(jobs, font.files);
  cache.save(jobs);
  await mkdir(join(distDir, dirname(SITE_CARD.path)), { recursive: true });
  await writeFile(join(distDir, SITE_CARD.path), renderPng(card.svg, { mode: 'zoom', value: 1 }, font.files).png);
  return all.length + 1;
}
