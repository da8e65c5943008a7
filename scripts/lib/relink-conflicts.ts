import { findConflicts } from '../../src/core/domain/dataset/conflicts.ts';
import type { Problem } from '../../src/core/domain/dataset/problem.ts';
import type { Dataset } from '../../src/core/domain/dataset/types.ts';

/**
 * Conflicts and duplicates are found across all sources, hand-written and ingested alike: the links made over the
 * hand-written rows alone are redone over everything, and the duplicate errors already reported for them are taken
 * out of `reported` (mutated) so that none is listed twice.
 */
export function relinkConflicts(dataset: Dataset, reported: Problem[]): Problem[] {
  for (const r of [...dataset.figures, ...dataset.budgets]) {
    r.conflictsWith = [];
    delete r.differentBasis;
  }
  for (let i = reported.length - 1; i >= 0; i--) if (reported[i]!.code === 'duplicate-figure') reported.splice(i, 1);
  return findConflicts(dataset.figures, dataset.budgets);
}
