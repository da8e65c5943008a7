import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QualityReport, RegionEntry } from '../core/site/siteData.ts';
import type { Dataset } from '../core/domain/dataset/types.ts';
import type { Indicator } from '../core/domain/indicators/schema.ts';
import type { MapDecl } from '../core/domain/indicators/mapList.ts';
import { existsSync } from 'node:fs';
import { reportedDataset } from '../core/domain/dataset/statistical.ts';
import { indexDatasets, type DatasetIndex } from '../core/views/datasetSourceView.ts';

// Pages render from the JSON that `npm run data` wrote; read once per build, shared by every page.
// BOKJI_DATA_DIR lets parallel builds (tests, benchmarks) keep separate data folders.
let dir = process.env.BOKJI_DATA_DIR ?? join(process.cwd(), 'build', 'data');
let cache:
  | {
      dataset: Dataset;
      /** Only records transcribed from documents: what press-release charts, budget pages, region lists and feeds show. */
      reported: Dataset;
      regions: RegionEntry[];
      report: QualityReport;
      indicators: Indicator[];
      maps: MapDecl[];
    }
  | undefined;
let datasets: DatasetIndex | undefined;

/**
 * The validated dataset (every record), the reported part of it, region identities and data-quality report. Pages that
 * present press-release figures read `reported`; downloads, source pages and indicators read `dataset`.
 */
export function siteData() {
  if (!cache) {
    const read = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
    const dataset = read('dataset') as Dataset;
    cache = {
      dataset,
      reported: reportedDataset(dataset),
      regions: read('regions') as RegionEntry[],
      report: read('report') as QualityReport,
      // Older data folders (fixtures) have no indicators file: no national indicators then.
      indicators: existsSync(join(dir, 'indicators.json')) ? (read('indicators') as Indicator[]) : [],
      maps: existsSync(join(dir, 'maps.json')) ? (read('maps') as MapDecl[]) : [],
    };
  }
  return cache;
}

/** Statistical records grouped by source and region, for the dataset source pages (built once per build). */
export function datasetIndex(): DatasetIndex {
  datasets ??= indexDatasets(siteData().dataset);
  return datasets;
}

/** Points the loader at another data folder before first use (the image exporter reads the staged build data). */
export function useDataDir(folder: string): void {
  if (cache && folder !== dir) throw new Error('useDataDir() must be called before siteData() is first used.');
  dir = folder;
}

/** The committed date of the last data change (data/VERSION.json), read from the repository, not the clock. */
export function dataVersion(): { changed: string } {
  return JSON.parse(readFileSync(join(process.cwd(), 'data', 'VERSION.json'), 'utf8')) as { changed: string };
}
