import { recordPermalink } from '../../site/permalink.ts';
import { formatAmount, formatNumber, type BaseUnit } from '../../domain/amount/index.ts';
import type { Dataset, FigureRecord } from '../../domain/dataset/types.ts';
import { periodLabel } from '../../domain/dataset/period.ts';
import { codesInSido } from '../map/layers.ts';
import type { Chart } from './chartModel.ts';
import { regionPath } from '../../views/region/regionMaps.ts';
import { withTopic } from '../../domain/text/particles.ts';
import { choroplethChart, type MapEnv, type MapItem } from './choroplethChart.ts';
import { routes } from '../../site/routes.ts';
import { figureDatum } from '../../views/chartDatum.ts';
import type { MapDecl } from '../../domain/indicators/mapList.ts';
import { latest, MIN_REGIONS, pageOf, sourceTitle } from './mapHelpers.ts';

const unitText = (n: number, unit: string) =>
  Number.isInteger(n) ? formatAmount(n, unit as BaseUnit) : `${formatNumber(n)}${unit}`;

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
export function programMap(env: MapEnv, dataset: Dataset, decl: MapDecl): Chart | null {
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
