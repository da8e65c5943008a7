import type { Dataset } from '../../domain/dataset/types.ts';
import { routes } from '../../site/routes.ts';
import type { MapDecl } from '../../domain/indicators/mapList.ts';

/** Where a declared map lives: the home page, or the page of the program it draws. */
export const pageOf = (decl: MapDecl) =>
  decl.page === 'home' ? routes.home() : decl.page === 'budgets' ? routes.budgets() : routes.program(decl.subject);
/** A per-시군 metric is mapped only when at least this many 시군구 have a value. */
export const MIN_REGIONS = 3;

export const sourceTitle = (dataset: Dataset, id: string) => dataset.sources.find((s) => s.id === id)?.title ?? id;

export function latest<T extends { id: string; status: string }>(list: readonly T[], key: (x: T) => string): T {
  return [...list].sort(
    (a, b) =>
      key(b).localeCompare(key(a)) ||
      Number(b.status === '확인') - Number(a.status === '확인') ||
      a.id.localeCompare(b.id),
  )[0]!;
}
