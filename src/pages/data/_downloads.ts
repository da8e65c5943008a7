// Shared by the /data/ page and its download files (the leading underscore keeps Astro from routing this file).
import { siteData } from '../../astro-adapter/data.ts';
import { permalink } from '../../astro-adapter/site.ts';
import { dataDate } from '../../core/publish/cite.ts';
import { toCsv } from '../../core/publish/csvOut.ts';
import { dataPackage } from '../../core/publish/dataPackage.ts';
import { downloadTables, type DownloadTable } from '../../core/publish/downloadTables.ts';

let cached: DownloadTable[] | undefined;

/** The download tables, permalinks absolute (site.config.json, or BOKJI_SITE); made once per build. */
export function tables(): DownloadTable[] {
  cached ??= downloadTables(siteData().dataset, permalink);
  return cached;
}

const json = (body: string) => new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });

/** `/data/<name>.csv`: UTF-8 with BOM, CRLF. */
function csvFile(name: DownloadTable['name']): Response {
  const table = tables().find((t) => t.name === name)!;
  const body = toCsv(
    table.fields.map((f) => f.name),
    table.rows,
  );
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}

/**
 * Every file of /data/ by name. One dynamic route serves them all, so the build's Astro processes share them out
 * like any other pages instead of each writing every one.
 */
export const downloadFiles: Record<string, () => Response> = {
  'figures.csv': () => csvFile('figures'),
  'awards.csv': () => csvFile('awards'),
  'budgets.csv': () => csvFile('budgets'),
  'sources.csv': () => csvFile('sources'),
  // Frictionless Data Package describing the four CSV files.
  'datapackage.json': () => {
    const { dataset } = siteData();
    const descriptor = dataPackage(tables(), {
      dataDate: dataDate(dataset.sources),
      sourceCount: dataset.sources.length,
    });
    return json(`${JSON.stringify(descriptor, null, 2)}\n`);
  },
  // Every record exactly as the pages use it (sources, programs, measures, evaluations, figures, awards, budgets).
  'dataset.json': () => json(JSON.stringify(siteData().dataset)),
};
