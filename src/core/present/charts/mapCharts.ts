import { recordPermalink } from '../../site/permalink.ts';
import { formatAmount, formatNumber, type BaseUnit } from '../../domain/amount/index.ts';
import type { BudgetRecord, Dataset, FigureRecord } from '../../domain/dataset/types.ts';
import { periodLabel } from '../../domain/dataset/period.ts';
import { codesInSido } from '../map/layers.ts';
import { sequentialPalette } from '../map/scales.ts';
import type { Chart } from './chartModel.ts';
import { geometryIndex, regionPath, withTopic } from '../../views/region/regionMaps.ts';
import { choroplethChart, splitByLevel, type MapEnv, type MapItem } from './choroplethChart.ts';
import type { ChartContext } from './context.ts';
import { routes } from '../../site/routes.ts';
import { awardGroups, categoryWithWordings } from '../../views/awardGroups.ts';
import { awardCountDatum, figureDatum } from '../../views/chartDatum.ts';
import { budgetDatum } from '../../views/budgetSegments.ts';

import type { MapDecl } from '../../domain/indicators/mapList.ts';

/** Where a declared map lives: the home page, or the page of the program it draws. */
const pageOf = (decl: MapDecl) =>
  decl.page === 'home' ? routes.home() : decl.page === 'budgets' ? routes.budgets() : routes.program(decl.subject);
/** A per-시군 metric is mapped only when at least this many 시군구 have a value. */
const MIN_REGIONS = 3;

const sourceTitle = (dataset: Dataset, id: string) => dataset.sources.find((s) => s.id === id)?.title ?? id;
const unitText = (n: number, unit: string) =>
  Number.isInteger(n) ? formatAmount(n, unit as BaseUnit) : `${formatNumber(n)}${unit}`;

/** 지역복지사업 평가 awards per 시군구, all years: a count, with the years and grades in the table. */
function awardsMap(env: MapEnv, dataset: Dataset, decl: MapDecl): Chart | null {
  const evaluation = dataset.evaluations.find((e) => e.id === decl.subject);
  // One award = one item, however many sources report it (two reports of 순천's 2023 award are one award).
  const awards = awardGroups(dataset.awards)
    .filter((g) => g.award.evaluation === decl.subject)
    .map((g) => ({ ...g, identity: g.award.region.identity }));
  const { sigungu, note } = splitByLevel(env, awards, '수상');
  const byRegion = new Map<string, typeof sigungu>();
  for (const a of sigungu) byRegion.set(a.identity, [...(byRegion.get(a.identity) ?? []), a]);
  if (!evaluation || byRegion.size < MIN_REGIONS) return null;
  const years = sigungu.map((g) => g.award.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const items: MapItem[] = [...byRegion.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([identity, list]) => {
      const sorted = [...list].sort((a, b) => a.award.year - b.award.year || a.award.id.localeCompare(b.award.id));
      const sources = [...new Set(sorted.flatMap((g) => g.sources))].sort();
      const name = env.byIdentity.get(identity)?.fullName ?? identity;
      return {
        identity,
        value: list.length,
        label: `${list.length}건`,
        row: {
          cells: {
            region: name,
            value: list.length,
            written: sorted
              .map((g) => `${g.award.year}년 ${g.award.grade}${g.category ? ` (${categoryWithWordings(g)})` : ''}`)
              .join(' · '),
            source: sources.length === 1 ? sourceTitle(dataset, sources[0]!) : `출처 ${sources.length}건`,
          },
          links: {
            region: regionPath(identity),
            source: sources.length === 1 ? routes.source(sources[0]!) : `${regionPath(identity)}#awards`,
          },
          display: { value: `${list.length}건` },
          datum: awardCountDatum(list, identity, name),
        },
      };
    });
  const top = [...items].sort((a, b) => b.value - a.value || a.identity.localeCompare(b.identity))[0]!;
  return choroplethChart(env, {
    id: decl.id,
    title: `시군구별 ${evaluation.name} 수상 건수`,
    subtitle: `단위: 건 · ${first}~${last}년 평가, 이 사이트가 모은 발표 기준`,
    description: `${evaluation.name}에서 상을 받은 기록(여러 출처가 알린 같은 상은 1건)이 있는 ${items.length}개 시군구를 수상 건수에 따라 색칠한 지도. 가장 많은 곳은 ${env.byIdentity.get(top.identity)?.fullName}(${top.value}건)입니다.`,
    legendTitle: '수상 건수',
    formatLegend: (n) => `${n}건`,
    palette: 'blues',
    scale: { kind: 'threshold', domain: [2, 4, 8], colors: sequentialPalette('blues', 4) },
    columns: [
      { key: 'region', label: '지역' },
      { key: 'value', label: '수상 건수', numeric: true },
      { key: 'written', label: '수상 내역 (연도·등급·분야, 발표 그대로)' },
      { key: 'source', label: '출처' },
    ],
    items,
    sourceIds: [...new Set(sigungu.flatMap((g) => g.sources))].sort(),
    page: pageOf(decl),
    notes: [
      '이 사이트가 모은 발표 자료에 나온 수상만 셉니다. 빗금 친 지역은 상을 받지 않았다는 뜻이 아니라 모은 기록이 없다는 뜻입니다.',
      ...(note ? [note] : []),
    ],
  });
}

/** The stated basis of a budget figure (회계 구분 · 예산 단계), or null when the source states neither. */
function basisOf(b: BudgetRecord): string | null {
  if (b.account === null && b.stage === null) return null;
  if (b.account === null) return `${b.stage} (회계 구분은 밝히지 않음)`;
  if (b.stage === null) return `${b.account} (예산 단계는 밝히지 않음)`;
  return `${b.account} · ${b.stage}`;
}

function latest<T extends { id: string; status: string }>(list: readonly T[], key: (x: T) => string): T {
  return [...list].sort(
    (a, b) =>
      key(b).localeCompare(key(a)) ||
      Number(b.status === '확인') - Number(a.status === '확인') ||
      a.id.localeCompare(b.id),
  )[0]!;
}

/** 사회복지 예산 비중, latest year per 시군구, on the one stated basis that covers the most 시군구 (never mixed). */
function budgetBasisMap(env: MapEnv, dataset: Dataset, decl: MapDecl): Chart | null {
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

/** The program's measure reported for the most 시군 (of the declared 시도), latest figure per 시군; null below MIN_REGIONS. */
export function programItems(
  env: MapEnv,
  dataset: Dataset,
  decl: Pick<MapDecl, 'subject' | 'sido'>,
): { measure: string; figures: FigureRecord[] } | null {
  const inSido = (identity: string) =>
    decl.sido === null || env.sigungu.codeByIdentity.get(identity)?.startsWith(decl.sido) === true;
  const figures = dataset.figures.filter(
    (f) => f.program === decl.subject && f.measure !== null && inSido(f.region.identity),
  );
  const coverage = new Map<string, Set<string>>();
  for (const f of figures) coverage.set(f.measure!, (coverage.get(f.measure!) ?? new Set()).add(f.region.identity));
  const best = [...coverage.entries()].sort(([a, x], [b, y]) => y.size - x.size || a.localeCompare(b))[0];
  if (!best || best[1].size < MIN_REGIONS) return null;
  const [measure, regions] = best;
  return {
    measure,
    figures: [...regions].sort().map((identity) =>
      latest(
        figures.filter((f) => f.measure === measure && f.region.identity === identity),
        (f) => f.period.end ?? '',
      ),
    ),
  };
}

/** A program's latest figures per 시군: the declared 시도's 시군 only (a regional map), or the whole country. */
function programMap(env: MapEnv, dataset: Dataset, decl: MapDecl): Chart | null {
  const regional = decl.sido !== null;
  const program = dataset.programs.find((p) => p.id === decl.subject);
  const sidoName = regional ? (env.byIdentity.get(decl.sido!)?.name ?? decl.sido!) : '';
  const picked = programItems(env, dataset, decl);
  const measure = picked && dataset.measures.find((m) => m.id === picked.measure);
  if (!picked || !measure) return null;
  const periods = picked.figures.map((f) => (f.period.kind === 'unknown' ? '연도 미상' : periodLabel(f.period)));
  const items: MapItem[] = picked.figures.map((f, i) => ({
    identity: f.region.identity,
    value: f.quantity.value,
    label: `${f.quantity.display} (${periods[i]})`,
    row: {
      cells: {
        region: env.byIdentity.get(f.region.identity)?.name ?? f.region.name,
        value: f.quantity.value,
        period: periods[i]!,
        written: f.quantity.written,
        metric: f.metric,
        source: sourceTitle(dataset, f.source),
      },
      links: {
        region: regionPath(f.region.identity),
        value: recordPermalink(f),
        source: routes.source(f.source),
      },
      display: { value: f.quantity.display },
      datum: figureDatum(f, f.region.identity, env.byIdentity.get(f.region.identity)?.fullName ?? f.region.name),
    },
  }));
  const name = program?.name ?? decl.subject;
  const title = regional ? `${sidoName} 시군별 ${name} ${measure.label}` : `시군구별 ${name} ${measure.label}`;
  const codes = regional ? codesInSido(env.topology, decl.sido!) : [...env.sigungu.identityByCode.keys()];
  return choroplethChart(env, {
    id: `${decl.id}-${measure.id}`,
    title,
    subtitle: `단위: ${measure.unit} · 시군마다 가장 최근에 발표된 값 (발표 시점이 시군마다 다름)`,
    description: `${title}: 값이 발표된 ${items.length}개 시군을 색칠하고 나머지 ${codes.length - items.length}개 시군은 빗금으로 표시한 지도.`,
    legendTitle: `${measure.label} (${measure.unit})`,
    formatLegend: (n) => unitText(n, measure.unit),
    palette: 'greens',
    columns: [
      { key: 'region', label: '시군' },
      { key: 'value', label: measure.label, numeric: true },
      { key: 'period', label: '기간' },
      { key: 'written', label: '원문 표기' },
      { key: 'metric', label: '지표 (출처 표현)' },
      { key: 'source', label: '출처' },
    ],
    items,
    sourceIds: [...new Set(picked.figures.map((f) => f.source))].sort(),
    page: pageOf(decl),
    notes: [
      `${withTopic(measure.label)} 시군마다 발표한 해가 달라 같은 해의 비교가 아닙니다. 빗금 친 시군은 모은 발표가 없는 곳입니다.`,
    ],
    ...(regional ? { featureCodes: codes } : {}),
  });
}

/** The editorial maps data/maps.csv declares (the indicator maps come from indicatorCharts). */
export function mapCharts(context: ChartContext): Chart[] {
  const { topology, regions, dataset } = context;
  if (!topology) return [];
  const env: MapEnv = {
    topology,
    sigungu: geometryIndex(regions, topology, 'sigungu'),
    byIdentity: new Map(regions.map((r) => [r.identity, r])),
    base: context.base ?? '',
  };
  const build = { awards: awardsMap, 'budget-basis': budgetBasisMap, 'program-latest': programMap };
  return (context.maps ?? []).map((decl) => build[decl.kind](env, dataset, decl)).filter((c): c is Chart => c !== null);
}
