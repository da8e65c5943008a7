import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../core/domain/csv/readCsv.ts';
import type { FigureScope } from '../core/publish/citeSubject.ts';
import { glossaryKey, type Glossary, type NameKind } from '../core/publish/english.ts';

// English names and figure scopes for citations, read once from the committed data folder (not the clock, not the
// network). Both files are small hand-kept tables; test/unit/publish/englishData.test.ts checks them (the data build does not read them yet).
let names: Glossary | undefined;
let scopes: ReadonlyMap<string, FigureScope> | undefined;

function rows(file: string, header: readonly string[]): Array<Record<string, string>> {
  const path = join(process.cwd(), 'data', 'english', file);
  const table = readCsv(readFileSync(path, 'utf8'), file, header);
  if (table.problems.length > 0)
    throw new Error(`${file}: ${table.problems.map((p) => `${p.line ?? ''}:${p.code}`).join('; ')}`);
  return table.rows.map((r) => r.cells as Record<string, string>);
}

/** data/english/names.csv as a lookup `kind:ko` → English. */
export function glossary(): Glossary {
  names ??= new Map(
    rows('names.csv', ['kind', 'ko', 'en']).map((r) => [glossaryKey(r.kind as NameKind, r.ko!), r.en!]),
  );
  return names;
}

/** data/english/figure-scope.csv: what a figure counts beyond its metric (campaign, comparison period), by figure id. */
export function figureScopes(): ReadonlyMap<string, FigureScope> {
  scopes ??= new Map(
    rows('figure-scope.csv', ['figure', 'scope', 'scope_en']).map((r) => [
      r.figure!,
      { ko: r.scope!, en: r.scope_en! },
    ]),
  );
  return scopes;
}
