// Shared by the /data/ endpoints (the leading underscore keeps Astro from routing this file).
import { siteData } from '../../astro-adapter/data.ts';
import { permalink } from '../../astro-adapter/site.ts';
import { toCsv } from '../../core/publish/csvOut.ts';
import { downloadTables, type DownloadTable } from '../../core/publish/downloadTables.ts';

/** The download tables, permalinks absolute (site.config.json, or BOKJI_SITE). */
export function tables(): DownloadTable[] {
  return downloadTables(siteData().dataset, permalink);
}

/** `/data/<name>.csv` as a response: UTF-8 with BOM, CRLF. */
export function csvResponse(name: DownloadTable['name']): Response {
  const table = tables().find((t) => t.name === name)!;
  const body = toCsv(table.fields.map((f) => f.name), table.rows);
  return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
}
