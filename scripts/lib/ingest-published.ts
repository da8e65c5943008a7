import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DatasetDeps } from '../../src/core/domain/dataset/deps.ts';
import { error, type Problem } from '../../src/core/domain/dataset/problem.ts';
import type { SourceRecord } from '../../src/core/domain/dataset/types.ts';
import { descriptorSchema, type Descriptor } from '../../src/core/domain/ingest/descriptor.ts';
import { createIngester, type IngestCatalog, type IngestStats } from '../../src/core/domain/ingest/ingester.ts';
import { jsonRows } from '../../src/core/domain/ingest/jsonRows.ts';
import type { IngestedRecord } from '../../src/core/domain/ingest/makeRecord.ts';
import { referencedColumns } from '../../src/core/domain/ingest/rowRules.ts';
import { streamRows } from './read-published.ts';

/**
 * Reads one descriptor, checks it, and streams its published file (CSV row by row, JSON as one document) through
 * the ingester; records go to `emit` as they are made. Returns the file's stats, or null when nothing could be read.
 */
export async function ingestPublished(
  dataDir: string,
  descriptorPath: string,
  sources: ReadonlyMap<string, SourceRecord>,
  deps: DatasetDeps,
  catalog: IngestCatalog,
  problems: Problem[],
  emit: (r: IngestedRecord) => void,
): Promise<IngestStats | null> {
  const at = { file: descriptorPath };
  const descriptor = await readDescriptor(join(dataDir, descriptorPath), descriptorPath, problems);
  if (!descriptor) return null;
  const source = sources.get(descriptor.source);
  if (!source) {
    problems.push(
      error(
        { ...at, column: 'source' },
        'unknown-source',
        `출처 "${descriptor.source}"이(가) sources/*.csv에 없습니다. 기술서의 source를 고치거나 출처를 등록하세요.`,
        `Source "${descriptor.source}" is not in sources/*.csv. Fix source in the descriptor or register the source.`,
        { value: descriptor.source },
      ),
    );
    return null;
  }
  if (basename(descriptorPath) !== `${descriptor.file}.descriptor.json`) {
    problems.push(
      error(
        { ...at, column: 'file' },
        'descriptor-name',
        `기술서 이름은 "${descriptor.file}.descriptor.json"이어야 합니다.`,
        `The descriptor must be named "${descriptor.file}.descriptor.json".`,
      ),
    );
    return null;
  }
  const file = `${dirname(descriptorPath)}/${descriptor.file}`;
  const ingester = createIngester(descriptor, { file, descriptor: descriptorPath }, source, deps, catalog, emit);
  try {
    if (descriptor.json) {
      const columns = referencedColumns(descriptor);
      const read = jsonRows(JSON.parse(await readFile(join(dataDir, file), 'utf8')), descriptor.json, columns);
      if (read.problem)
        problems.push(
          error(
            { file, column: 'json' },
            'json-shape',
            `JSON 구조가 기술서의 json 항목과 다릅니다: ${read.problem}`,
            `The JSON does not have the shape the descriptor's "json" option says: ${read.problem}`,
          ),
        );
      ingester.header(columns);
      read.rows.forEach((cells, i) => ingester.row(cells, i + 1));
    } else {
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
      return result.stats;
    }
    const result = ingester.finish();
    problems.push(...result.problems);
    return result.stats;
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

async function readDescriptor(full: string, path: string, problems: Problem[]): Promise<Descriptor | null> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(full, 'utf8'));
  } catch (e) {
    problems.push(
      error(
        { file: path, line: 1 },
        'descriptor-json',
        `기술서가 올바른 JSON이 아닙니다: ${(e as Error).message}`,
        `The descriptor is not valid JSON: ${(e as Error).message}`,
      ),
    );
    return null;
  }
  const parsed = descriptorSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const column = issue.path.join('.');
    problems.push(
      error(
        { file: path, column },
        'descriptor-invalid',
        `기술서의 "${column}" 항목이 잘못되었습니다: ${issue.message}`,
        `Descriptor field "${column}" is invalid: ${issue.message}`,
      ),
    );
  }
  return null;
}
