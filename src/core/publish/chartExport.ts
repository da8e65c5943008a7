import type { SourceRecord } from '../domain/dataset/types.ts';
import { composeExportSvg, type ExportedSvg } from '../present/render/exportSvg.ts';
import type { Chart } from '../present/charts/chartModel.ts';
import { shortSources } from './citation.ts';
import { IMAGE_SOURCES_IN_FULL } from '../site/sourceLists.ts';
import { citeText } from './cite.ts';
import { SITE_NAME_KO } from '../site/wording.ts';
import { chartSubject } from './citeSubject.ts';
import type { Glossary } from './english.ts';
import { chartUrls } from './embedSnippets.ts';
import { siteUrl, type SiteLocation } from '../site/siteLocation.ts';
import { routes } from '../site/routes.ts';

export { chartCsv, chartSourcesCsv } from './chartTidy.ts';

/**
 * The JSON download of a chart: title, subtitle, alt text, permalink, columns, rows, sources and citation
 * (`dataAsOf`: the data's reference date the site's citations print as 자료 기준일, never the clock).
 */
export function chartJson(
  chart: Chart,
  sources: readonly SourceRecord[],
  where: SiteLocation,
  dataAsOf: string | null,
  glossary: Glossary,
) {
  const urls = chartUrls(chart, where);
  return {
    id: chart.id,
    title: chart.title,
    subtitle: chart.subtitle,
    description: chart.description,
    site: SITE_NAME_KO,
    permalink: urls.page,
    embed: urls.embed,
    columns: chart.columns.map((c) => ({ key: c.key, label: c.label, numeric: c.numeric ?? false })),
    rows: chart.rows.map((r) => ({
      ...Object.fromEntries(chart.columns.map((c) => [c.key, r.cells[c.key] ?? null])),
      links: Object.fromEntries(Object.entries(r.links).map(([k, path]) => [k, siteUrl(path, where)])),
    })),
    notes: chart.notes,
    sources: sources.map((s) => ({
      id: s.id,
      title: s.title,
      issuer: s.issuer,
      date: s.published,
      url: s.url,
      page: siteUrl(routes.source(s.id), where),
    })),
    citation: chartCitation(chart, sources, where, dataAsOf, glossary),
  };
}

/**
 * The citation of a chart in Korean and English: its title, its documents (a long list: the first ones, then the
 * address of the chart's -sources.csv, which lists every one), then this site and the chart's permalink.
 */
export function chartCitation(
  chart: Pick<Chart, 'id' | 'page' | 'title'>,
  sources: readonly SourceRecord[],
  where: SiteLocation,
  dataAsOf: string | null,
  glossary: Glossary,
) {
  const urls = chartUrls(chart, where);
  const subject = chartSubject(chart.title);
  return citeText({ sources, subject, permalink: urls.page, sourceList: urls.sourcesCsv, dataAsOf, glossary });
}

/**
 * The 출처 line drawn in an image: every source up to IMAGE_SOURCES_IN_FULL, else the first ones and `외 N건`. A map of
 * thirty documents would otherwise carry fifteen lines of citations, unreadable in print (and each glyph costs
 * export time); the full list is one click away at the permalink in the image's last line, and in the CSV/JSON.
 */
export function imageSourceLine(sources: readonly SourceRecord[]): string {
  const { line, more } = shortSources(sources, IMAGE_SOURCES_IN_FULL);
  return more ? `${line} (전체 출처는 아래 주소)` : line;
}

/** The standalone image of a chart (the .svg download and the source of its PNGs): title, unit, chart, 출처, permalink. */
export function chartExportSvg(chart: Chart, sources: readonly SourceRecord[], where: SiteLocation): ExportedSvg {
  const credit = `${SITE_NAME_KO} · ${chartUrls(chart, where).page}`;
  return composeExportSvg({
    id: chart.id,
    svg: chart.svg,
    title: chart.title,
    subtitle: chart.subtitle,
    description: chart.description,
    sourceLine: imageSourceLine(sources),
    notes: chart.notes,
    credit,
  });
}
