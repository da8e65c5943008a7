import type { SourceRecord } from '../dataset/types.ts';
import type { Chart } from './chartModel.ts';
import { chartCitation, SITE_NAME } from './chartCite.ts';
import { chartUrls, siteUrl, type SiteLocation } from './embedSnippets.ts';

/** Byte order mark: Excel opens UTF-8 CSV as Korean text only when the file starts with it. */
const BOM = '\uFEFF';

/** One CSV field, quoted when it holds a comma, quote or line break (RFC 4180); a leading =+-@ is neutralised. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // Spreadsheets run cells that start with = + - @ as formulas; numbers keep their sign.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The chart's data as CSV (UTF-8 with BOM, CRLF): a header of column labels and exactly the chart's rows, then an
 * empty line and a second block listing the sources (id, issuer, title, date, URL).
 */
export function chartCsv(chart: Pick<Chart, 'columns' | 'rows'>, sources: readonly SourceRecord[]): string {
  const line = (fields: Array<string | number | null | undefined>) => fields.map(csvField).join(',');
  const lines = [line(chart.columns.map((c) => c.label)), ...chart.rows.map((r) => line(chart.columns.map((c) => r.cells[c.key])))];
  lines.push('', line(['출처 id', '발행 기관', '문서 제목', '발표일', 'URL']));
  for (const s of sources) lines.push(line([s.id, s.issuer, s.title, s.published, s.url]));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The JSON download of a chart: title, subtitle, alt text, permalink, columns, rows, sources and citation. */
export function chartJson(chart: Chart, sources: readonly SourceRecord[], where: SiteLocation) {
  const urls = chartUrls(chart, where);
  return {
    id: chart.id,
    title: chart.title,
    subtitle: chart.subtitle,
    description: chart.description,
    site: SITE_NAME.ko,
    permalink: urls.page,
    embed: urls.embed,
    columns: chart.columns.map((c) => ({ key: c.key, label: c.label, numeric: c.numeric ?? false })),
    rows: chart.rows.map((r) => ({
      ...Object.fromEntries(chart.columns.map((c) => [c.key, r.cells[c.key] ?? null])),
      links: Object.fromEntries(Object.entries(r.links).map(([k, path]) => [k, siteUrl(path, where)])),
    })),
    notes: chart.notes,
    sources: sources.map((s) => ({ id: s.id, title: s.title, issuer: s.issuer, date: s.published, url: s.url, page: siteUrl(`/sources/${s.id}/`, where) })),
    citation: chartCitation({ title: chart.title, permalink: urls.page }, sources),
  };
}
