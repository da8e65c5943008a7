import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseIndicators } from '../../src/core/domain/indicators/schema.ts';
import { parseMaps } from '../../src/core/domain/indicators/mapList.ts';
import { readCsv } from '../../src/core/domain/csv/readCsv.ts';
import { join } from 'node:path';
import { buildDataset } from '../../src/core/domain/dataset/buildDataset.ts';
import type { InputFile } from '../../src/core/domain/dataset/loadTables.ts';
import { createDatasetDeps } from '../../src/core/domain/dataset/defaultDeps.ts';
import { error, sortProblems, type Problem } from '../../src/core/domain/dataset/problem.ts';
import type { Dataset } from '../../src/core/domain/dataset/types.ts';
import type { IngestedRecord } from '../../src/core/domain/ingest/makeRecord.ts';
import { ingestPublished } from './ingest-published.ts';
import { relinkConflicts } from './relink-conflicts.ts';
import { parseRegistry } from '../../src/core/domain/regions/index.ts';
import { buildSiteData, type QualityReport } from '../../src/core/site/siteData.ts';
import { jsonPieces, listFiles, writeFolderAtomically } from './fs-utils.ts';

export interface DataBuildOptions {
  dataDir: string;
  outDir: string;
  asOf: string;
  /** Region registry folder; defaults to `<dataDir>/regions` (tests point fixtures at the real registry). */
  regionsDir?: string;
}

export interface DataBuildResult {
  ok: boolean;
  problems: Problem[];
  stats: QualityReport['stats'];
  dataset: Dataset | null;
}

/**
 * Reads data/, validates everything, ingests published files through their descriptors and, only if no error was
 * found, replaces the output folder in one step. Returns every problem either way.
 */
export async function runDataBuild(options: DataBuildOptions): Promise<DataBuildResult> {
  const { dataDir, outDir, asOf } = options;
  const problems: Problem[] = [];
  const paths = await listFiles(dataDir);
  const own: InputFile[] = [];
  for (const path of paths.filter((p) => /^(sources|figures|awards|budgets)\/[^/]+\.csv$|^[^/]+\.csv$/.test(p))) {
    const text = await readUtf8(join(dataDir, path), path, problems);
    if (text !== null) own.push({ path, text });
  }
  const regionsDir = options.regionsDir ?? join(dataDir, 'regions');
  const registry = parseRegistry(
    await readFile(join(regionsDir, 'regions.csv'), 'utf8'),
    await readFile(join(regionsDir, 'changes.csv'), 'utf8'),
    await readFile(join(regionsDir, 'lofin-codes.csv'), 'utf8'),
  );
  const deps = createDatasetDeps(registry, asOf);
  const built = buildDataset(own, deps, asOf);
  problems.push(...built.problems);
  const stats: DataBuildResult['stats'] = [...built.stats];
  const dataset = built.dataset;

  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const catalog = {
    measures: new Map(dataset.measures.map((m) => [m.id, m])),
    programs: new Set(dataset.programs.map((p) => p.id)),
  };
  const emit = (r: IngestedRecord) => {
    if ('category' in r) dataset.categories.push(r);
    else if ('fiscalYear' in r) dataset.budgets.push(r);
    else dataset.figures.push(r);
  };
  for (const path of paths.filter((p) => p.startsWith('published/') && p.endsWith('.descriptor.json'))) {
    const s = await ingestPublished(dataDir, path, sources, deps, catalog, problems, emit);
    if (s)
      stats.push({
        file: s.file,
        read: s.read,
        written: s.written,
        rejected: s.rejected,
        skipped: s.skipped,
        ...(s.skippedRows.length ? { skippedRows: s.skippedRows } : {}),
        ...(s.merged ? { merged: s.merged, mergedRows: s.mergedRows } : {}),
      });
  }
  problems.push(...relinkConflicts(dataset, problems));
  const indicatorFile = join(dataDir, 'indicators.csv');
  const indicatorText = existsSync(indicatorFile) ? await readFile(indicatorFile, 'utf8') : null;
  const indicators = indicatorText ? parseIndicators(indicatorText) : { indicators: [], problems: [] };
  problems.push(...indicators.problems);
  const mapFile = join(dataDir, 'maps.csv');
  const mapText = existsSync(mapFile) ? await readFile(mapFile, 'utf8') : null;
  const maps = mapText ? parseMaps(mapText) : { maps: [], problems: [] };
  problems.push(...maps.problems);
  // The editorial tables are input rows too: every row is accounted for in the report like any data file's.
  for (const [file, text, written] of [
    ['indicators.csv', indicatorText, indicators.indicators.length],
    ['maps.csv', mapText, maps.maps.length],
  ] as const) {
    if (text === null) continue;
    const read = readCsv(text, file).rows.length;
    stats.push({ file, read, written, rejected: read - written, skipped: 0 });
  }
  checkIngestedIds(dataset, problems);
  const sorted = sortProblems(problems);
  const ok = !sorted.some((p) => p.severity === 'error');
  if (ok) {
    const site = buildSiteData(dataset, registry, { problems: sorted, stats }, indicators.indicators, maps.maps);
    const files = new Map<string, Iterable<string>>();
    for (const [name, value] of Object.entries(site))
      files.set(`${name}.json`, Array.isArray(value) ? [`${JSON.stringify(value, null, 1)}\n`] : jsonPieces(value));
    await writeFolderAtomically(outDir, files);
  }
  return { ok, problems: sorted, stats, dataset: ok ? dataset : null };
}

async function readUtf8(full: string, path: string, problems: Problem[]): Promise<string | null> {
  const bytes = await readFile(full);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.push(
      error(
        { file: path, line: 1 },
        'not-utf8',
        '이 프로젝트의 자료 파일은 UTF-8이어야 합니다 (CP949 등 기관 원본은 published/에 기술서와 함께 두세요).',
        "The project's own data files must be UTF-8 (put agency files in CP949 and the like under published/ with a descriptor).",
      ),
    );
    return null;
  }
}

function checkIngestedIds(dataset: Dataset, problems: Problem[]): void {
  const seen = new Map<string, string>();
  for (const r of [...dataset.figures, ...dataset.awards, ...dataset.budgets]) {
    const first = seen.get(r.id);
    if (first && first !== r.origin) {
      const [file, line] = [
        r.origin.slice(0, r.origin.lastIndexOf(':')),
        Number(r.origin.slice(r.origin.lastIndexOf(':') + 1)),
      ];
      problems.push(
        error(
          { file, line, column: 'id' },
          'duplicate-id',
          `식별자 "${r.id}"이(가) 이미 ${first}에서 쓰였습니다.`,
          `Id "${r.id}" is already used at ${first}.`,
          { value: r.id },
        ),
      );
    }
    seen.set(r.id, r.origin);
  }
}
