import { error, type Problem } from './problem.ts';
import type { BudgetRecord, FigureRecord } from './types.ts';

/**
 * Links figures that state different values for the same thing (same region, measure, period; budgets also the same
 * account and stage; a residual row is never the same thing as the unit's own figure) so that pages show them side by side. The same value stated twice by one source is a duplicate row: an error.
 */
export function findConflicts(figures: FigureRecord[], budgets: BudgetRecord[]): Problem[] {
  const problems: Problem[] = [];
  const figureKey = (f: FigureRecord) =>
    f.measure ? [f.program, f.region.identity, f.measure, f.period.text, f.scope ?? ''].join('|') : null;
  const budgetKey = (b: BudgetRecord) =>
    b.measure && b.fiscalYear !== null
      ? [b.region.identity, b.measure, b.fiscalYear, b.account ?? '', b.stage ?? '', b.scope ?? ''].join('|')
      : null;
  link(figures, figureKey, problems);
  link(budgets, budgetKey, problems);
  return problems;
}

function link<
  T extends {
    id: string;
    source: string;
    origin: string;
    quantity: { value: number; written: string };
    conflictsWith: string[];
    basis?: string | null;
    differentBasis?: string[];
  },
>(items: T[], keyOf: (item: T) => string | null, problems: Problem[]): void {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    if (key === null) continue;
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  for (const group of groups.values()) {
    for (const a of group) {
      for (const b of group) {
        if (a === b) continue;
        if (a.source === b.source && a.quantity.value === b.quantity.value) {
          if (a.origin < b.origin) {
            const [file, line] = splitOrigin(b.origin);
            problems.push(
              error(
                { file, line, column: 'value' },
                'duplicate-figure',
                `같은 출처의 같은 수치가 ${a.origin}에 이미 있습니다 (${a.id}).`,
                `The same figure from the same source is already at ${a.origin} (${a.id}).`,
                { value: b.quantity.written },
              ),
            );
          }
        } else if (a.quantity.value !== b.quantity.value) {
          // Different stated definitions (a press release vs a national table) are linked, never called a conflict.
          if ((a.basis ?? null) !== (b.basis ?? null)) (a.differentBasis ??= []).push(b.id);
          else a.conflictsWith.push(b.id);
        }
      }
    }
  }
}

function splitOrigin(origin: string): [string, number] {
  const i = origin.lastIndexOf(':');
  return [origin.slice(0, i), Number(origin.slice(i + 1))];
}
