import { codeUnitOrder } from '../domain/text/textOrder.ts';
import type { BudgetRecord } from '../domain/dataset/types.ts';
import { basisLabel, basisSlug } from './budgetBasis.ts';

/** Measures in the order pages show them: the two the site is about first. */
export const MEASURE_ORDER: readonly string[] = [
  'welfare-budget',
  'welfare-share',
  'total-budget',
  'welfare-per-capita',
  'welfare-budget-growth',
  'social-welfare-expenditure',
];

/** Figures that may share one axis: same measure, same account, same stage (null counts as its own basis). */
export interface BudgetGroup {
  measure: string;
  account: string | null;
  stage: string | null;
  slug: string;
  label: string;
  records: BudgetRecord[];
}

export function measureIndex(measure: string): number {
  const i = MEASURE_ORDER.indexOf(measure);
  return i === -1 ? MEASURE_ORDER.length : i;
}

/** Dated figures with a measure, grouped by basis; measures in MEASURE_ORDER, stated bases before unstated ones. */
export function budgetGroups(budgets: readonly BudgetRecord[]): BudgetGroup[] {
  const groups = new Map<string, BudgetGroup>();
  for (const b of budgets) {
    if (b.measure === null || b.fiscalYear === null) continue;
    const key = [b.measure, b.account ?? '', b.stage ?? ''].join('\u0000');
    let g = groups.get(key);
    if (!g)
      groups.set(
        key,
        (g = {
          measure: b.measure,
          account: b.account,
          stage: b.stage,
          slug: basisSlug(b.account, b.stage),
          label: basisLabel(b.account, b.stage),
          records: [],
        }),
      );
    g.records.push(b);
  }
  return [...groups.values()].sort(
    (a, b) =>
      measureIndex(a.measure) - measureIndex(b.measure) ||
      codeUnitOrder(a.measure, b.measure) ||
      Number(a.account === null) - Number(b.account === null) ||
      Number(a.stage === null) - Number(b.stage === null) ||
      codeUnitOrder(a.slug, b.slug),
  );
}
