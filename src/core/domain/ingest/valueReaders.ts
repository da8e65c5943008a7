import type { AmountLookup, DatasetDeps } from '../dataset/deps.ts';
import { INVISIBLE } from '../text/escape.ts';
import type { Descriptor } from './descriptor.ts';
import type { IngestCatalog } from './ingester.ts';
import { MARKUP } from './schema/common.ts';
import { createCellReader } from './valueCell.ts';

/**
 * One cell reader per value of the descriptor (categories are text, checked to be safe to show). A measure or program missing
 * from the catalog is the descriptor's fault, so it is reported against the descriptor, not the data file.
 */
export function createValueReaders(
  d: Descriptor,
  deps: DatasetDeps,
  catalog: IngestCatalog,
  failDescriptor: (column: string, code: string, ko: string, en: string, value?: string) => void,
) {
  return d.values.map((v, i) => {
    const measure = catalog.measures.get(v.measure);
    if (!measure)
      failDescriptor(
        `values.${i}.measure`,
        'unknown-measure',
        `측정 항목 "${v.measure}"이(가) measures.csv에 없습니다.`,
        `Measure "${v.measure}" is not in measures.csv.`,
        v.measure,
      );
    const program = v.program ?? d.program;
    if ((v.target ?? d.target) === 'figures' && program && !catalog.programs.has(program))
      failDescriptor(
        `values.${i}.program`,
        'unknown-program',
        `사업 "${program}"이(가) programs.csv에 없습니다.`,
        `Program "${program}" is not in programs.csv.`,
        program,
      );
    return d.target === 'categories' ? readCategory : createCellReader(v, deps, measure?.unit ?? null);
  });
}

/** A category cell is text shown as written: invisible characters, markup and long text are refused. */
function readCategory(cell: string): string | Extract<AmountLookup, { ok: false }> {
  if (INVISIBLE.test(cell) || MARKUP.test(cell) || cell.length > 100)
    return {
      ok: false,
      code: 'unsafe-text',
      ko: '보이지 않는 문자, 마크업, 또는 100자를 넘는 글은 받지 않습니다.',
      en: 'Invisible characters, markup or text over 100 characters are refused.',
    };
  return cell;
}
