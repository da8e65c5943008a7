/**
 * Every address of the site, as a root-relative path (no base, no origin). Pages, components, views, charts and
 * publishing formats build their links here and nowhere else, so a renamed page is one edit and every permalink
 * a journalist copied keeps its shape. `siteLocation.ts` turns these paths into base-aware or absolute URLs.
 */
export const routes = {
  home: () => '/',
  programs: () => '/programs/',
  program: (id: string) => `/programs/${id}/`,
  regions: () => '/regions/',
  regionMaps: () => '/regions/#maps',
  region: (identity: string) => `/regions/${identity}/`,
  awards: () => '/awards/',
  awardsYear: (year: number | string) => `/awards/${year}/`,
  awardsEvaluation: (id: string) => `/awards/evaluation/${id}/`,
  awardsSido: (identity: string) => `/awards/sido/${identity}/`,
  budgets: () => '/budgets/',
  budget: (identity: string) => `/budgets/${identity}/`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  /** A dataset source's records for one region (statistical sources have one such page per region). */
  sourceRegion: (id: string, identity: string) => `/sources/${id}/${identity}/`,
  /** A statistical record's anchor on its source's region page; use `recordPermalink` rather than this directly. */
  sourceRegionRecord: (id: string, identity: string, recordId: string) => `/sources/${id}/${identity}/#${recordId}`,
  /** A transcribed record's anchor on its source's page; use `recordPermalink` (site/permalink.ts), which picks. */
  record: (sourceId: string, recordId: string) => `/sources/${sourceId}/#${recordId}`,
  embed: (chartId: string) => `/embed/${chartId}/`,
  /** A chart's exported file: suffix `.svg`, `.png`, `.csv`, `-sources.csv` or `.json`. */
  chartFile: (chartId: string, suffix: string) => `/charts/${chartId}${suffix}`,
  embedScript: () => '/embed.js',
  feedAll: () => '/feeds/all.atom',
  feedProgram: (id: string) => `/feeds/program/${id}.atom`,
  feedRegion: (identity: string) => `/feeds/region/${identity}.atom`,
  data: () => '/data/',
  download: (name: string) => `/data/${name}.csv`,
  datasetJson: () => '/data/dataset.json',
  dataPackage: () => '/data/datapackage.json',
  search: () => '/search/',
  about: () => '/about/',
  aboutSection: (anchor: string) => `/about/#${anchor}`,
  quality: () => '/quality/',
  indicators: () => '/indicators/',
  /** An indicator's page: its latest year. */
  indicator: (id: string) => `/indicators/${id}/`,
  /** One year of an indicator: map, ranking and distribution (the no-JavaScript year view). */
  indicatorYear: (id: string, year: number | string) => `/indicators/${id}/${year}/`,
  compare: () => '/compare/',
  /** A region beside its peer group, pre-rendered so the comparison works without JavaScript. */
  compareRegion: (identity: string) => `/compare/${identity}/`,
  /** One region's indicator series as JSON, fetched by the comparison script for the regions a reader picks. */
  compareData: (identity: string) => `/compare/${identity}.json`,
} as const;
