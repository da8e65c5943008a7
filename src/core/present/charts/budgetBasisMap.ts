import { recordPermalink } from '../../site/permalink.ts';
import { formatNumber } from '../../domain/amount/index.ts';
import type { BudgetRecord, Dataset } from '../../domain/dataset/types.ts';
import type { Chart } from './chartModel.ts';
import { regionPath } from '../../views/region/regionMaps.ts';
import { choroplethChart, splitByLevel, type MapEnv, type MapItem } from './choroplethChart.ts';
import { routes } from '../../site/routes.ts';
import { budgetDatum } from '../../views/budgetSegments.ts';
import type { MapDecl } from '../../domain/indicators/mapList.ts';
import { latest, MIN_REGIONS, pageOf, sourceTitle } from './mapHelpers.ts';
import { ACCOUNT_NOT_STATED, STAGE_NOT_STATED } from '../../site/wording.ts';

/** The stated basis of a budget figure (회계 구분 · 예산 단계), or null when the source states neither. */
function basisOf(b: BudgetRecord): string | null {
  if (b.account === null && b.stage === null) return null;
  if (b.account === null) return `${b.stage} (${ACCOUNT_NOT_STATED})`;
  if (b.stage === null) return `${b.account} (${STAGE_NOT_STATED})`;
  return `${b.account} · ${b.stage}`;
}

/** 사회복지 예산 비중, latest year per 시군구, on the one stated basis that covers the most 시군구 (never mixed). */
export function budgetBasisMap(env: MapEnv, dataset: Dataset, decl: MapDecl): Chart | null {
  const all = dataset.budgets
    .filter((b) => b.measure === decl.subject && b.fiscalYear !== null)
    .map((b) => ({ ...b, identity: b.region.identity }));
  const { sigungu } = splitByLevel(env, all, '값');
  const bases = new Map<string, Set<string>>();
  for (const b of sigungu) {
    const basis = basisOf(b);
    if (basis !== null) bases.set(basis, (bases.get(basis) ?? new Set()).add(b.identity));
  }
  const best = [...bases.entries()].sort(([a, x], [b, y]) => y.size - x.size || a.localeCompare(b))[0];
  if (!best || best[1].size < MIN_REGIONS) return null;
  const [basis] = best;
  const chosen = [...best[1]].sort().map((identity) =>
    latest(
      sigungu.filter((b) => b.identity === identity && basisOf(b) === basis),
      (b) => String(b.fiscalYear),
    ),
  );
  const years = chosen.map((b) => b.fiscalYear!);
  const left = sigungu.length - chosen.length;
  const items: MapItem[] = chosen.map((b) => ({
    identity: b.identity,
    value: b.quantity.value,
    label: `${b.quantity.display} (${b.fiscalYear}년)`,
    row: {
      cells: {
        region: env.byIdentity.get(b.identity)?.fullName ?? b.identity,
        value: b.quantity.value,
        year: b.fiscalYear,
        written: b.quantity.written,
        metric: b.metric,
        source: sourceTitle(dataset, b.source),
      },
      links: {
        region: regionPath(b.identity),
        value: recordPermalink(b),
        source: routes.source(b.source),
      },
      display: { value: b.quantity.display, year: `${b.fiscalYear}년` },
      datum: budgetDatum(b, b.identity, env.byIdentity.get(b.identity)?.fullName ?? b.identity, basis),
    },
  }));
  return choroplethChart(env, {
    id: decl.id,
    title: '시군구별 사회복지 예산 비중',
    subtitle: `단위: % · 기준: ${basis} · 시군구마다 가장 최근 회계연도 (${Math.min(...years)}~${Math.max(...years)}년)`,
    description: `${basis} 기준으로 사회복지 예산 비중이 발표된 ${items.length}개 시군구의 가장 최근 값을 색으로 나타낸 지도.`,
    legendTitle: '사회복지 비중',
    formatLegend: (n) => `${formatNumber(n)}%`,
    palette: 'purples',
    columns: [
      { key: 'region', label: '지역' },
      { key: 'value', label: '사회복지 예산 비중', numeric: true },
      { key: 'year', label: '회계연도' },
      { key: 'written', label: '원문 표기' },
      { key: 'metric', label: '지표 (출처 표현)' },
      { key: 'source', label: '출처' },
    ],
    items,
    sourceIds: [...new Set(chosen.map((b) => b.source))].sort(),
    page: pageOf(decl),
    notes: [
      `기준(회계 구분·예산 단계)이 같은 값만 그렸습니다. 기준을 밝히지 않았거나 다른 기준인 값과 더 이른 해의 값 ${left}건은 섞지 않고 각 지역 페이지에 두었습니다.`,
      '회계연도가 지역마다 달라 색을 곧바로 견주기 어렵습니다. 표의 회계연도를 함께 보세요.',
    ],
  });
}
