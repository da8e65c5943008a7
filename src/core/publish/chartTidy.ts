import type { SourceRecord } from '../domain/dataset/types.ts';
import type { Chart, ChartRow } from '../present/charts/chartModel.ts';
import { BOM, csvCell, type CsvCell } from './csvOut.ts';
import { siteUrl, type SiteLocation } from '../site/siteLocation.ts';

/**
 * The per-chart CSV is one tidy table (one value per row, the same columns for every chart) so that pandas, R and
 * Excel read it without cutting it up; the sources are a second file (`<id>-sources.csv`), joined on `source_id`.
 *
 * `region_code` is text. RFC 4180 quoting is forced on it ("00", "12130"), which pandas (`dtype={'region_code': str}`)
 * and R (`col_types = cols(region_code = 'c')`) keep as text. Excel still drops a leading zero when it opens a CSV by
 * double-click, whatever the quoting; `="00"` or a leading apostrophe would fix Excel but put junk into every other
 * reader, so we do neither: README tells Excel users to import the file (데이터 > 텍스트/CSV) with that column as 텍스트,
 * and `region_name` is there to check against.
 */
export const TIDY_COLUMNS = [
  'region_code',
  'region_name',
  'period_start',
  'period_end',
  'measure',
  'value',
  'unit',
  'basis',
  'written',
  'source_id',
  'permalink',
] as const;

/** Sources file columns: `source_id` joins it to the chart's CSV. */
export const SOURCE_COLUMNS = ['source_id', 'issuer', 'title', 'published', 'url', 'page'] as const;

const line = (fields: readonly CsvCell[]) => fields.map(csvCell).join(',');
const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Rows of a chart whose builder set no tidy datum: a chart must never export a partial table silently. */
export function rowsWithoutDatum(chart: Pick<Chart, 'rows'>): ChartRow[] {
  return chart.rows.filter((r) => r.datum === undefined);
}

/** The chart's values as one tidy CSV (UTF-8 with BOM, CRLF). Throws when a row has no datum. */
export function chartCsv(chart: Pick<Chart, 'id' | 'rows'>, where: SiteLocation): string {
  if (rowsWithoutDatum(chart).length) throw new Error(`Chart ${chart.id}: rows without a tidy datum.`);
  const lines = [line(TIDY_COLUMNS)];
  for (const { datum: d } of chart.rows) {
    const rest = line([
      d!.regionName,
      d!.periodStart,
      d!.periodEnd,
      d!.measure,
      d!.value,
      d!.unit,
      d!.basis,
      d!.written,
      d!.sourceIds.join(';'),
      siteUrl(d!.link, where),
    ]);
    lines.push(`${quoted(d!.regionCode)},${rest}`);
  }
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The documents a chart cites, one per row: the `<id>-sources.csv` beside the chart's CSV. */
export function chartSourcesCsv(sources: readonly SourceRecord[], where: SiteLocation, page: (id: string) => string) {
  const lines = [line(SOURCE_COLUMNS)];
  for (const s of sources) lines.push(line([s.id, s.issuer, s.title, s.published, s.url, siteUrl(page(s.id), where)]));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
