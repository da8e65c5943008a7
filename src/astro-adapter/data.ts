import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QualityReport, RegionEntry } from '../core/site/siteData.ts';
import type { Dataset } from '../core/domain/dataset/types.ts';
import type { Indicator } from '../core/domain/indicators/schema.ts';
import type { MapDecl } from '../core/domain/indicators/mapList.ts';
import { shareRepeatedParts } from '../core/domain/dataset/shareRepeated.ts';
import { reportedDataset } from '../core/domain/dataset/statistical.ts';
import { buildSiteIndex, type SiteIndex } from '../core/site/siteIndex.ts';
import { feedList, type FeedInfo } from '../core/publish/atom.ts';

/** What the pages render from: the JSON files `npm run data` wrote into one data folder. */
export interface SiteData {
  dataset: Dataset;
  /** Only records transcribed from documents: what press-release charts, budget pages, region lists and feeds show. */
  reported: Dataset;
  regions: RegionEntry[];
  report: QualityReport;
  indicators: Indicator[];
  maps: MapDecl[];
}

/** Reads the data folder `dir` (every call reads the files again: callers keep the result). */
export function readSiteData(dir: string): SiteData {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
  // Equal region and period objects and ids become one each: every Astro process of the build holds the dataset.
  const dataset = shareRepeatedParts(read('dataset') as Dataset);
  return {
    dataset,
    reported: reportedDataset(dataset),
    regions: read('regions') as RegionEntry[],
    report: read('report') as QualityReport,
    // Older data folders (fixtures) have no indicators file: no national indicators then.
    indicators: existsSync(join(dir, 'indicators.json')) ? (read('indicators') as Indicator[]) : [],
    maps: existsSync(join(dir, 'maps.json')) ? (read('maps') as MapDecl[]) : [],
  };
}

// The pages' data and its index, made once per Astro build and shared by every page. Measured (a trace of each
// builder during `npm run build`): Vite puts this module in one prerender chunk, so the module state below is made
// once per build; what ran twice was the image step, a second process that rebuilt every chart to export it. That
// step now reads the files Astro wrote (src/pages/charts/[file].ts) instead.
// BOKJI_DATA_DIR lets parallel builds (tests, benchmarks, the staged data of `npm run build`) use their own folder.
let data: SiteData | undefined;
let index: SiteIndex | undefined;

/**
 * The validated dataset (every record), the reported part of it, region identities and data-quality report. Pages that
 * present press-release figures read `reported`; downloads, source pages and indicators read `dataset`.
 */
export function siteData(): SiteData {
  data ??= readSiteData(process.env.BOKJI_DATA_DIR ?? join(process.cwd(), 'build', 'data'));
  return data;
}

/** Lookups by id, region identity, program, source and indicator over every record (shared: do not modify). */
export function siteIndex(): SiteIndex {
  if (!index) {
    const { dataset, regions, indicators } = siteData();
    index = buildSiteIndex(dataset, regions, indicators);
  }
  return index;
}

/** The committed date of the last data change (data/VERSION.json), read from the repository, not the clock. */
export function dataVersion(): { changed: string } {
  return JSON.parse(readFileSync(join(process.cwd(), 'data', 'VERSION.json'), 'utf8')) as { changed: string };
}

let feeds: FeedInfo[] | undefined;

/** Every Atom feed of the site (over the reported records), listed once per build: every page links some of them. */
export function siteFeeds(): readonly FeedInfo[] {
  if (!feeds) {
    const { reported, regions } = siteData();
    feeds = feedList(reported, new Set(regions.map((r) => r.identity)));
  }
  return feeds;
}
