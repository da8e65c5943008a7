import { codeUnitOrder } from '../domain/text/textOrder.ts';
import { isStatistical } from '../domain/dataset/statistical.ts';
import type { BudgetRecord } from '../domain/dataset/types.ts';
import { basisSlug } from './budgetBasis.ts';
import { measureIndex } from './budgetGroups.ts';

/** Identity of the national pseudo-region: its figures are context, never a series among regions. */
export const NATIONAL_IDENTITY = '00';

/** Table order for budget figures: year (unknown last), measure, basis, value descending, id. */
export function compareBudgets(a: BudgetRecord, b: BudgetRecord): number {
  return (
    (a.fiscalYear ?? 9999) - (b.fiscalYear ?? 9999) ||
    measureIndex(a.measure ?? '\uffff') - measureIndex(b.measure ?? '\uffff') ||
    codeUnitOrder(a.measure ?? '\uffff', b.measure ?? '\uffff') ||
    codeUnitOrder(a.metric, b.metric) ||
    codeUnitOrder(basisSlug(a.account, a.stage), basisSlug(b.account, b.stage)) ||
    codeUnitOrder(a.id, b.id)
  );
}

/**
 * Budgets this project collected by hand (press releases, reports), as opposed to rows of national published files:
 * the national files are charted and ranked as indicators (/indicators/), so /budgets/ charts and lists only these.
 */
export function handCollected(budgets: readonly BudgetRecord[]): BudgetRecord[] {
  return budgets.filter((b) => !isStatistical(b));
}
