import { codeUnitOrder } from '../../domain/text/textOrder.ts';
import type { AwardRecord, EvaluationRecord, SourceRecord } from '../../domain/dataset/types.ts';
import { renderChoropleth, type RegionValue } from '../map/choropleth.ts';
import { codesOf } from '../map/layers.ts';
import type { KoreaTopology } from '../map/types.ts';
import {
  distinctAwards,
  GRADE_CLASSES,
  GRADE_COLORS,
  gradeRank,
  placeAwards,
  regionsByCode,
  type DistinctAward,
} from '../../views/awards.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import { drawnOnRead, type Chart } from './chartModel.ts';
import { routes } from '../../site/routes.ts';
import { awardColumns, awardRow } from './awardTable.ts';

/** What a per-year award map needs. */
export interface AwardMapInput {
  evaluation: EvaluationRecord;
  year: number;
  /** Awards of this evaluation in this year. */
  awards: readonly AwardRecord[];
  regions: readonly RegionEntry[];
  sources: readonly SourceRecord[];
  topology: KoreaTopology;
  /** Polygons to draw (e.g. one 시도's); omitted: the whole country. */
  featureCodes?: readonly string[];
}

// Class values on the map: 0 = no award recorded, then 기타 (1) … 대상 (5); thresholds sit between them.
const MAP_DOMAIN = [0.5, 1.5, 2.5, 3.5, 4.5];
const NO_AWARD = '수상 기록 없음';
const MAP_CLASSES = [NO_AWARD, ...[...GRADE_CLASSES].reverse()];

/**
 * Map of one evaluation's awardees in one year: each 시군구 coloured by the best grade class it received (the
 * published grades are in its label and the table). 시도-level awards and units without a polygon in the geometry
 * vintage are listed in the notes; a 행정구's award is drawn on its 시.
 */
export function awardMapChart(input: AwardMapInput): Chart {
  const { evaluation, year, regions, sources, topology } = input;
  const id = `awards-${evaluation.id}-${year}-map`;
  const list = distinctAwards(input.awards);
  const layer = new Set(codesOf(topology, 'sigungu'));
  const { placed, viaParent, unplaced } = placeAwards(list, regions, layer);
  const byCode = regionsByCode(regions);
  const byIdentity = new Map(regions.map((r) => [r.identity, r]));
  const describe = (d: DistinctAward) => `${d.award.grade}${d.category ? `(${d.category})` : ''}`;
  const values = new Map<string, RegionValue>();
  for (const code of input.featureCodes ?? [...layer].sort()) {
    const here = placed.get(code) ?? [];
    const name = byCode.get(code)?.name ?? code;
    const fullName = byCode.get(code)?.fullName;
    const best = Math.max(0, ...here.map((d) => gradeRank(d.award.grade)));
    values.set(code, {
      value: best,
      label: here.length ? here.map(describe).join(', ') : NO_AWARD,
      name,
      ...(fullName ? { fullName } : {}),
    });
  }
  const title = `${year}년 ${evaluation.name}: 수상 지역`;
  const winners = [...placed.values()].flat();
  const description =
    `${year}년 ${evaluation.name}에서 상을 받은 시군구 ${placed.size}곳을 가장 높은 등급의 색으로 칠한 지도` +
    (winners.length ? `: ${winners.map((d) => `${d.award.region.name} ${d.award.grade}`).join(', ')}.` : '.') +
    (unplaced.length ? ` 지도에 없는 수상 ${unplaced.length}건은 아래에 따로 적었습니다.` : '');
  const colors = ['#E6E6E6', ...[...GRADE_CLASSES].reverse().map((c) => GRADE_COLORS[c])];
  const draw = () =>
    renderChoropleth({
      topology,
      layer: 'sigungu',
      ...(input.featureCodes ? { featureCodes: input.featureCodes } : {}),
      values,
      scale: { kind: 'threshold', domain: MAP_DOMAIN, colors },
      title,
      description,
      legendTitle: '가장 높은 등급',
      legendLabels: MAP_CLASSES,
      formatLegend: String,
      idPrefix: `chart-${id}`,
      outline: 'sido',
      // One image (role="img"): 229 tab stops inside it would only get in the way; the table under it has the links.
      interactive: false,
    });
  const notes: string[] = [];
  if (unplaced.length) {
    notes.push(
      `지도에 표시하지 않은 수상(시도 단위이거나 이 지도 경계에 없는 지역): ${unplaced.map((d) => `${d.award.region.fullName} ${describe(d)}`).join(', ')}.`,
    );
  }
  if (viaParent.length)
    notes.push(
      `행정구의 수상은 그 시의 영역에 칠했습니다: ${viaParent.map((d) => d.award.region.fullName).join(', ')}.`,
    );
  if (winners.length > placed.size) notes.push('한 시군구가 여러 상을 받은 경우 가장 높은 등급의 색으로 칠했습니다.');
  notes.push(
    '색은 발표된 등급 이름을 대상·최우수·우수·장려·기타로 묶은 것입니다. 회색은 이 사이트가 모은 발표에 수상 기록이 없다는 뜻이지 수상하지 않았다는 확인이 아닙니다.',
  );
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const ordered = [...list].sort(
    (a, b) =>
      gradeRank(b.award.grade) - gradeRank(a.award.grade) ||
      codeUnitOrder(a.award.region.code, b.award.region.code) ||
      codeUnitOrder(a.award.id, b.award.id),
  );
  return drawnOnRead(
    {
      id,
      kind: 'map',
      title,
      subtitle: `시군구별 가장 높은 등급 · ${year}년 평가 · 이 사이트가 모은 발표 기준`,
      description,
      columns: awardColumns(),
      rows: ordered.map((d) => awardRow(d, byIdentity, sourceById)),
      sourceIds: [...new Set(list.flatMap((d) => d.sources))].sort(),
      page: routes.awardsYear(year),
      notes,
    },
    draw,
  );
}
