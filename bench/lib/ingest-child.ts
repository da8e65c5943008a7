// One side of the ingestion benchmark, in its own process so that its peak RSS is its own.
// Usage: node bench/lib/ingest-child.ts pipeline|papaparse <file.csv> <data dir with regions/>
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import Papa from 'papaparse';
import { createDatasetDeps } from '../../src/core/domain/dataset/defaultDeps.ts';
import { descriptorSchema } from '../../src/core/domain/ingest/descriptor.ts';
import { createIngester } from '../../src/core/domain/ingest/ingester.ts';
import { streamRows } from '../../scripts/lib/read-published.ts';
import { INGEST_DESCRIPTOR } from './ingest-file.ts';

// The synthetic file's one program and measure, as measures.csv and programs.csv would declare them.
const BENCH_CATALOG = {
  measures: new Map([
    [
      'amount-supported',
      { id: 'amount-supported', label: '지원액', unit: '원', aggregation: 'annual', description: null },
    ],
  ]),
  programs: new Set(['syn-monthly']),
};
import { loadRegistry } from './regions-by-year.ts';

const [mode, file, dataDir] = process.argv.slice(2) as [string, string, string];
const started = performance.now();
let result: Record<string, number>;
if (mode === 'pipeline') {
  const descriptor = descriptorSchema.parse(INGEST_DESCRIPTOR);
  const deps = createDatasetDeps(loadRegistry(dataDir), '2026-11-23');
  const source = {
    id: descriptor.source,
    kind: '통계',
    title: '월별 복지사업 집행 현황',
    issuer: '합성',
    published: '2026-02-15',
    url: null,
    locator: null,
    reliability: '원문',
    note: null,
  };
  const setup = performance.now() - started;
  let records = 0;
  const ingester = createIngester(
    descriptor,
    { file: 'published/bench/monthly-spend.csv', descriptor: 'published/bench/monthly-spend.csv.descriptor.json' },
    source,
    deps,
    BENCH_CATALOG,
    () => (records += 1),
  );
  const read = await streamRows(file, descriptor.encoding, descriptor.delimiter, (cells, line) =>
    ingester.row(cells, line),
  );
  const out = ingester.finish();
  const errors = out.problems.filter((p) => p.severity === 'error');
  if (errors.length) console.error(JSON.stringify(errors.slice(0, 5)));
  result = {
    rows: out.stats.read,
    written: out.stats.written,
    skipped: out.stats.skipped,
    rejected: out.stats.rejected,
    emptyCells: out.stats.emptyCells,
    records,
    syntaxErrors: read.syntaxErrors.length,
    errors: errors.length,
    setupMs: setup,
  };
} else {
  let rows = 0;
  const decoder = new TextDecoder('euc-kr');
  const decode = new Transform({
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk, { stream: true }));
    },
    flush(done) {
      done(null, decoder.decode());
    },
  });
  await new Promise<void>((resolve, reject) => {
    Papa.parse<string[]>(createReadStream(file, { highWaterMark: 1 << 20 }).pipe(decode) as unknown as File, {
      step: () => {
        rows++;
      },
      complete: () => resolve(),
      error: (e: Error) => reject(e),
    });
  });
  result = { rows: rows - 2 };
}
const ms = performance.now() - started;
const cpu = process.cpuUsage();
console.log(
  JSON.stringify({
    mode,
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    maxRss: process.resourceUsage().maxRSS * 1024,
    heapUsed: process.memoryUsage().heapUsed,
    ...result,
  }),
);
