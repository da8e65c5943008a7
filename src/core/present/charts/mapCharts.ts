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

/** The national map shown on the home page (the others live on /regions/). */
export const DEFAULT_MAP_ID = 'map-awards';
/** Ids of the national 시군구 maps, in the order the /regions/ switcher offers them (those without data are not built). */
export const NATIONAL_MAP_IDS: readonly string[] = ['map-awards', 'map-welfare-share', 'map-gidongdae'];

const EVALUATION = 'mohw-local-welfare-evaluation';
const GIDONGDAE = 'jeonnam-gidongdae';
/** A per-시군 metric is mapped only when at least this many 시군구 have a value. */
const MIN_REGIONS = 3;

const sourceTitle = (dataset: Dataset, id: string) => dataset.sources.find((s) => s.id === id)?.title ?? id;
const unitText = (n: number, unit: string) =>
  Number.isInteger(n) ? formatAmount(n, unit as BaseUnit) : `${formatNumber(n)}${unit}`;

/** 지역복지사업 평가 awards per 시군구, all years: a count, with the years and grades in the table. */
function awardsMap(env: MapEnv, dataset: Dataset): Chart | null {
  const evaluation = dataset.evaluations.find((e) => e.id === EVALUATION);
  const awards = dataset.awards
    .filter((a) => a.evaluation === EVALUATION)
    .map((a) => ({ ...a, identity: a.region.identity }));
  const { sigungu, note } = splitByLevel(env, awards, '수상');
  const byRegion = new Map<string, typeof sigungu>();
  for (const a of sigungu) byRegion.set(a.identity, [...(byRegion.get(a.identity) ?? []), a]);
  if (!evaluation || byRegion.size < MIN_REGIONS) return null;
  const years = sigungu.map((a) => a.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  const items: MapItem[] = [...byRegion.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([identity, list]) => {
      const sorted = [...list].sort((a, b) => a.year - b.year || a.id.localeCompare(b.id));
      const sources = [...new Set(sorted.map((a) => a.source))];
      const name = env.byIdentity.get(identity)?.fullName ?? identity;
      return {
        identity,
        value: list.length,
        label: `${list.length}건`,
        row: {
          cells: {
            region: name,
            value: list.length,
            written: sorted.map((a) => `${a.year}년 ${a.grade}${a.category ? ` (${a.category})` : ''}`).join(' · '),
            source: sources.length === 1 ? sourceTitle(dataset, sources[0]!) : `출처 ${sources.length}건`,
          },
          links: {
            region: regionPath(identity),
            source: sources.length === 1 ? routes.source(sources[0]!) : `${regionPath(identity)}#awards`,
          },
          display: { value: `${list.length}건` },
        },
      };
    });
  const top = [...items].sort((a, b) => b.value - a.value || a.identity.localeCompare(b.identity))[0]!;
  return choroplethChart(env, {
    id: 'map-awards',
    title: `시군구별 ${evaluation.name} 수상 건수`,
    subtitle: `단위: 건 · ${first}~${last}년 평가, 이 사이트가 모은 발표 기준`,
    description: `${evaluation.name}에서 상을 받은 기록이 있는 ${items.length}개 시군구를 수상 건수에 따라 색칠한 지도. 가장 많은 곳은 ${env.byIdentity.get(top.identity)?.fullName}(${top.value}건)입니다.`,
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
    sourceIds: [...new Set(sigungu.map((a) => a.source))].sort(),
    page: '/',
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
function welfareShareMap(env: MapEnv, dataset: Dataset): Chart | null {
  const all = dataset.budgets
    .filter((b) => b.measure === 'welfare-share' && b.fiscalYear !== null)
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
    },
  }));
  return choroplethChart(env, {
    id: 'map-welfare-share',
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
    page: routes.regions(),
    notes: [
      `기준(회계 구분·예산 단계)이 같은 값만 그렸습니다. 기준을 밝히지 않았거나 다른 기준인 값과 더 이른 해의 값 ${left}건은 섞지 않고 각 지역 페이지에 두었습니다.`,
      '회계연도가 지역마다 달라 색을 곧바로 견주기 어렵습니다. 표의 회계연도를 함께 보세요.',
    ],
  });
}

/** The 복지기동대 measure reported for the most 전남 시군, with the latest figure per 시군; null below MIN_REGIONS. */
export function gidongdaeItems(env: MapEnv, dataset: Dataset): { measure: string; figures: FigureRecord[] } | null {
  const inJeonnam = (identity: string) => env.sigungu.codeByIdentity.get(identity)?.startsWith('46') === true;
  const figures = dataset.figures.filter(
    (f) => f.program === GIDONGDAE && f.measure !== null && inJeonnam(f.region.identity),
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

/** The 복지기동대 map: national frame on /regions/, or the 22 전남 시군 on the program page. */
function gidongdaeMap(env: MapEnv, dataset: Dataset, regional: boolean): Chart | null {
  const picked = gidongdaeItems(env, dataset);
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
    },
  }));
  const title = regional
    ? `전남 시군별 우리동네 복지기동대 ${measure.label}`
    : `시군구별 우리동네 복지기동대 ${measure.label} (전라남도 사업)`;
  const codes = codesInSido(env.topology, '46');
  return choroplethChart(env, {
    id: regional ? `map-jeonnam-gidongdae-${measure.id}` : 'map-gidongdae',
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
    page: regional ? routes.program(GIDONGDAE) : routes.regions(),
    notes: [
      `${withTopic(measure.label)} 시군마다 발표한 해가 달라 같은 해의 비교가 아닙니다. 빗금 친 시군은 모은 발표가 없는 곳입니다.`,
      ...(regional ? [] : ['복지기동대는 전라남도 사업이라 다른 시도에는 값이 없습니다.']),
    ],
    ...(regional ? { featureCodes: codes } : {}),
  });
}

/** Every map chart of the site: national 시군구 metrics (/ and /regions/) and the 전남 복지기동대 map. */
export function mapCharts(context: ChartContext): Chart[] {
  const { topology, regions, dataset } = context;
  if (!topology) return [];
  const env: MapEnv = {
    topology,
    sigungu: geometryIndex(regions, topology, 'sigungu'),
    byIdentity: new Map(regions.map((r) => [r.identity, r])),
    base: context.base ?? '',
  };
  return [
    awardsMap(env, dataset),
    welfareShareMap(env, dataset),
    gidongdaeMap(env, dataset, false),
    gidongdaeMap(env, dataset, true),
  ].filter((c): c is Chart => c !== null);
}
