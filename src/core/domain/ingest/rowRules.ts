import type { Descriptor } from './descriptor.ts';
import { literalPatternTest } from './literalPattern.ts';

/** What the row rules decided: leave the row out (with the reason to list), or keep it, possibly as residual. */
export type RowVerdict = { readonly skip: string } | { readonly skip: null; readonly residual: boolean };

// The two keep verdicts, shared by every row (no object per row).
const KEEP: RowVerdict = Object.freeze({ skip: null, residual: false });
const RESIDUAL: RowVerdict = Object.freeze({ skip: null, residual: true });

/**
 * The descriptor's row rules bound to column positions: fill-down of blank merged cells, `select` (keep rows whose
 * cell is one of the values), `skip` (leave out, with reason) and `residual`. `index` maps a column name to its
 * position (-1 when missing; the caller has reported that already).
 */
export function compileRowRules(d: Descriptor, index: (column: string) => number) {
  const fill = d.fillDown.map(index);
  const last = fill.map(() => '');
  const select = d.select.map((s) => ({ at: index(s.column), values: new Set(s.equals), column: s.column }));
  const skip = d.skip.map((s) => ({
    at: index(s.column),
    test: s.equals
      ? (
          (set) => (v: string) =>
            set.has(v)
        )(new Set(s.equals))
      : (literalPatternTest(s.pattern ?? '') ??
        (
          (re) => (v: string) =>
            re.test(v)
        )(new RegExp(s.pattern ?? ''))),
    reason: s.reason,
  }));
  const residual = d.residual ? { at: index(d.residual.column), values: new Set(d.residual.equals) } : null;
  const cell = (cells: string[], at: number) => (cells[at] ?? '').trim();
  return (cells: string[]): RowVerdict => {
    for (let i = 0; i < fill.length; i++) {
      const at = fill[i]!;
      if (at < 0) continue;
      const value = cell(cells, at);
      if (value === '') cells[at] = last[i] ?? '';
      else last[i] = value;
    }
    for (const s of select)
      if (!s.values.has(cell(cells, s.at)))
        return { skip: `select: ${s.column} ∉ {${[...s.values].join(', ')}} (선택 조건 밖 / not selected)` };
    for (const s of skip) if (s.test(cell(cells, s.at))) return { skip: s.reason };
    return residual !== null && residual.values.has(cell(cells, residual.at)) ? RESIDUAL : KEEP;
  };
}

/** Every column a descriptor reads, in a fixed order: the header a JSON input is read into. */
export function referencedColumns(d: Descriptor): string[] {
  const names = [
    ...(d.region.columns ?? [d.region.column ?? '']),
    ...(d.period && 'column' in d.period ? [d.period.column] : []),
    ...d.values.flatMap((v) => [v.column, ...Object.values(v.columnByPeriod ?? {})]),
    ...d.select.map((s) => s.column),
    ...d.skip.map((s) => s.column),
    ...d.fillDown,
    ...(d.residual ? [d.residual.column] : []),
    ...(d.json && 'keyColumn' in d.json ? [d.json.keyColumn] : []),
  ];
  return [...new Set(names.filter((n) => n !== ''))];
}
