import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { buildDataset, type InputFile } from '../../src/core/domain/dataset/buildDataset.ts';
import { createDatasetDeps } from '../../src/core/domain/dataset/defaultDeps.ts';
import { error, sortProblems, type Problem } from '../../src/core/domain/dataset/problem.ts';
import type {
  BudgetRecord,
  Dataset,
  FigureRecord,
  FileStats,
  SourceRecord,
} from '../../src/core/domain/dataset/types.ts';
import { descriptorSchema } from '../../src/core/domain/ingest/descriptor.ts';
import { createIngester, type IngestStats } from '../../src/core/domain/ingest/ingester.ts';
import { parseRegistry } from '../../src/core/domain/regions/index.ts';
import { buildSiteData } from '../../src/core/site/siteData.ts';
import { jsonPieces, listFiles, writeFolderAtomically } from './fs-utils.ts';
import { streamRows } from './read-published.ts';

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
  stats: Array<FileStats & { skipped?: number }>;
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
  for (const path of paths.filter((p) => p.startsWith('published/') && p.endsWith('.descriptor.json'))) {
    const ingested = await ingestPublished(dataDir, path, sources, deps, problems);
    if (!ingested) continue;
    stats.push({
      file: ingested.stats.file,
      read: ingested.stats.read,
      written: ingested.stats.written,
      rejected: ingested.stats.rejected,
      skipped: ingested.stats.skipped,
    });
    for (const r of ingested.records) {
      if ('fiscalYear' in r) dataset.budgets.push(r as BudgetRecord);
      else dataset.figures.push(r as FigureRecord);
    }
  }
  checkIngestedIds(dataset, problems);
  const sorted = sortProblems(problems);
  const ok = !sorted.some((p) => p.severity === 'error');
  if (ok) {
    const site = buildSiteData(dataset, registry, { problems: sorted, stats });
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

async function ingestPublished(
  dataDir: string,
  descriptorPath: string,
  sources: Map<string, SourceRecord>,
  deps: ReturnType<typeof createDatasetDeps>,
  problems: Problem[],
): Promise<{ records: Array<FigureRecord | BudgetRecord>; stats: IngestStats } | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(dataDir, descriptorPath), 'utf8'));
  } catch (e) {
    problems.push(
      error(
        { file: descriptorPath, line: 1 },
        'descriptor-json',
        `기술서가 올바른 JSON이 아닙니다: ${(e as Error).message}`,
        `The descriptor is not valid JSON: ${(e as Error).message}`,
      ),
    );
    return null;
  }
  const parsed = descriptorSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = issue.path.join('.');
      problems.push(
        error(
          { file: descriptorPath, column },
          'descriptor-invalid',
          `기술서의 "${column}" 항목이 잘못되었습니다: ${issue.message}`,
          `Descriptor field "${column}" is invalid: ${issue.message}`,
        ),
      );
    }
    return null;
  }
  const descriptor = parsed.data;
  const source = sources.get(descriptor.source);
  if (!source) {
    problems.push(
      error(
        { file: descriptorPath, column: 'source' },
        'unknown-source',
        `출처 "${descriptor.source}"이(가) sources/*.csv에 없습니다.`,
        `Source "${descriptor.source}" is not in sources/*.csv.`,
        { value: descriptor.source },
      ),
    );
    return null;
  }
  const file = `${dirname(descriptorPath)}/${descriptor.file}`;
  if (basename(descriptorPath) !== `${descriptor.file}.descriptor.json`) {
    problems.push(
      error(
        { file: descriptorPath, column: 'file' },
        'descriptor-name',
        `기술서 이름은 "${descriptor.file}.descriptor.json"이어야 합니다.`,
        `The descriptor must be named "${descriptor.file}.descriptor.json".`,
      ),
    );
    return null;
  }
  const ingester = createIngester(descriptor, file, source, deps);
  try {
    const read = await streamRows(join(dataDir, file), descriptor.encoding, descriptor.delimiter, (cells, line) =>
      ingester.row(cells, line),
    );
    for (const e of read.syntaxErrors)
      problems.push(
        error({ file, line: e.line }, 'csv-syntax', `CSV 문법 오류: ${e.message}`, `CSV syntax error: ${e.message}`),
      );
    const result = ingester.finish();
    result.stats.read += read.syntaxErrors.length;
    result.stats.rejected += read.syntaxErrors.length;
    problems.push(...result.problems);
    return result;
  } catch (e) {
    problems.push(
      error(
        { file },
        'unreadable-file',
        `파일을 읽을 수 없습니다: ${(e as Error).message}`,
        `The file cannot be read: ${(e as Error).message}`,
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
