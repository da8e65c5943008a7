import type { BudgetRecord } from '../domain/dataset/types.ts';
import { compareBudgets } from './budgets.ts';

/** Sets of figures that contradict each other (linked by conflictsWith, in either direction), each sorted. */
export function conflictSets(budgets: readonly BudgetRecord[]): BudgetRecord[][] {
  const byId = new Map(budgets.map((b) => [b.id, b]));
  const seen = new Set<string>();
  const sets: BudgetRecord[][] = [];
  const neighbours = new Map<string, Set<string>>();
  for (const b of budgets) {
    for (const other of b.conflictsWith) {
      if (!byId.has(other)) continue;
      neighbours.set(b.id, (neighbours.get(b.id) ?? new Set()).add(other));
      neighbours.set(other, (neighbours.get(other) ?? new Set()).add(b.id));
    }
  }
  for (const b of [...budgets].sort(compareBudgets)) {
    if (seen.has(b.id) || !neighbours.has(b.id)) continue;
    const stack = [b.id];
    const members: BudgetRecord[] = [];
    while (stack.length) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      members.push(byId.get(id)!);
      for (const n of neighbours.get(id) ?? []) stack.push(n);
    }
    sets.push(members.sort(compareBudgets));
  }
  return sets;
}
