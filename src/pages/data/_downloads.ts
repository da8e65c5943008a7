// Shared by the /data/ endpoints (the leading underscore keeps Astro from routing this file).
import { siteData } from '../../astro-adapter/data.ts';
import { href } from '../../astro-adapter/paths.ts';
import { absoluteUrl } from '../../core/publish/cite.ts';
import { toCsv } from '../../core/publish/csvOut.ts';
import { downloadTables, type DownloadTable } from '../../core/publish/downloadTables.ts';

/** The download tables with permalinks absolute when the site URL is configured. */
export function tables(site: URL | undefined): DownloadTable[] {
  return downloadTables(siteData().dataset, (path) => absoluteUrl(href(path), site));
}

/** `/data/<name>.csv` as a response: UTF-8 with BOM, CRLF. */
export function csvResponse(name: DownloadTable['name'], site: URL | undefined): Response {
  const table = tables(site).find((t) => t.name === name)!;
  const body = toCsv(table.fields.map((f) => f.name), table.rows);
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
