import type { Dataset } from '../../domain/dataset/types.ts';
import { sequentialPalette } from '../map/scales.ts';
import type { Chart } from './chartModel.ts';
import { regionPath } from '../../views/region/regionMaps.ts';
import { choroplethChart, splitByLevel, type MapEnv, type MapItem } from './choroplethChart.ts';
import { routes } from '../../site/routes.ts';
import { awardGroups, categoryWithWordings } from '../../views/awardGroups.ts';
import { awardCountDatum } from '../../views/chartDatum.ts';
import type { MapDecl } from '../../domain/indicators/mapList.ts';
import { MIN_REGIONS, pageOf, sourceTitle } from './mapHelpers.ts';

/** 지역복지사업 평가 awards per 시군구, all years: a count, with the years and grades in the table. */
export function awardsMap(env: MapEnv, dataset: Dataset, decl: MapDecl): Chart | null {
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
