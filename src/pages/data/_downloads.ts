// Shared by the /data/ page and its download files (the leading underscore keeps Astro from routing this file).
import { siteData } from '../../astro-adapter/data.ts';
import { permalink } from '../../astro-adapter/site.ts';
import { dataDate } from '../../core/publish/cite.ts';
import { compactJsonPieces } from '../../core/publish/compactJson.ts';
import { csvPieces } from '../../core/publish/csvOut.ts';
import { dataPackage } from '../../core/publish/dataPackage.ts';
import { downloadTables, type DownloadTable } from '../../core/publish/downloadTables.ts';

let cached: DownloadTable[] | undefined;

/**
 * The download tables, permalinks absolute (site.config.json, or BOKJI_SITE); made once per build for their fields and
 * row counts. Do not read their rows: those would then be kept for the rest of the build (csvFile makes its own).
 */
export function tables(): DownloadTable[] {
  cached ??= downloadTables(siteData().dataset, permalink);
  return cached;
}

const json = (body: string) => new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });

/**
 * A response whose body is `pieces`, UTF-8 encoded about 1 MB at a time. Astro collects the body into one buffer
 * anyway; never holding the file as one string as well (twice its UTF-8 size, plus the encoder's copies) is what
 * kept the process that wrote dataset.json about 1 GB above the others at the 1× synthetic scale.
 */
function streamed(pieces: Iterable<string>, type: string): Response {
  const next = pieces[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let batch = '';
      for (let piece = next.next(); !piece.done; piece = next.next()) {
        batch += piece.value;
        if (batch.length >= 1 << 20) {
          controller.enqueue(encoder.encode(batch));
          return;
        }
      }
      if (batch !== '') controller.enqueue(encoder.encode(batch));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'content-type': type } });
}

/** `/data/<name>.csv`: UTF-8 with BOM, CRLF. */
function csvFile(name: DownloadTable['name']): Response {
  // Fresh tables, of which only this one's rows are made: they are garbage once Astro has the file.
  const table = downloadTables(siteData().dataset, permalink).find((t) => t.name === name)!;
  return streamed(
    csvPieces(
      table.fields.map((f) => f.name),
      table.rows,
    ),
    'text/csv; charset=utf-8',
  );
}

/**
 * Every file of /data/ by name. One dynamic route serves them all, so the build's Astro processes share them out
 * like any other pages instead of each writing every one.
 */
export const downloadFiles: Record<string, () => Response> = {
  'figures.csv': () => csvFile('figures'),
  'awards.csv': () => csvFile('awards'),
  'budgets.csv': () => csvFile('budgets'),
  'categories.csv': () => csvFile('categories'),
  'sources.csv': () => csvFile('sources'),
  // Frictionless Data Package describing the five CSV files.
  'datapackage.json': () => {
    const { dataset } = siteData();
    const descriptor = dataPackage(tables(), {
      dataDate: dataDate(dataset.sources),
      sourceCount: dataset.sources.length,
    });
    return json(`${JSON.stringify(descriptor, null, 2)}\n`);
  },
  // Every record exactly as the pages use it (sources, programs, measures, evaluations, figures, awards, budgets).
  'dataset.json': () =>
    streamed(compactJsonPieces(siteData().dataset as unknown as Record<string, unknown>), 'application/json; charset=utf-8'),
};
