import { recordPermalink } from '../../site/permalink.ts';
import * as Plot from '@observablehq/plot';
import type { AwardRecord, EvaluationRecord, SourceRecord } from '../../domain/dataset/types.ts';
import { textWidth } from '../map/legend.ts';
import { renderChoropleth, type RegionValue } from '../map/choropleth.ts';
import { codesInSido, codesOf } from '../map/layers.ts';
import type { KoreaTopology } from '../map/types.ts';
import { plotBothWidths } from './widths.ts';
import {
  distinctAwards,
  GRADE_CLASSES,
  GRADE_COLORS,
  GRADE_SYMBOLS,
  gradeClass,
  gradeRank,
  placeAwards,
  regionsByCode,
  sidoOfAward,
  type DistinctAward,
  type GradeClass,
} from '../../views/awards.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import { awardDatum, categoryWithWordings, gradeWordings } from '../../views/awardGroups.ts';
import type { Chart, ChartRow } from './chartModel.ts';
import type { ChartContext } from './context.ts';
import { routes } from '../../site/routes.ts';

/** Evaluations with fewer distinct awards than this get no charts: one dot is not a timeline. */
export const MIN_AWARDS_FOR_CHARTS = 3;

/** What a dot plot needs besides the awards: names of regions and sources. */
export interface DotChartInput {
  evaluation: EvaluationRecord;
  /** Awards of this evaluation (several sources for one award are merged). */
  awards: readonly AwardRecord[];
  regions: readonly RegionEntry[];
  sources: readonly SourceRecord[];
}

interface Dot {
  x: number;
  y: number;
  cls: GradeClass;
  title: string;
}

const ko = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A grid of up to rows × cols dots centred in one (year, row) cell, best grade first. */
function cellGrid(maxInCell: number): { rows: number; cols: number } {
  const rows = Math.min(3, Math.ceil(Math.sqrt(maxInCell)));
  return { rows, cols: Math.ceil(maxInCell / rows) };
}

/**
 * Award timeline of one evaluation: x = year, y = 시도 (or 시군구 when every award lies in one 시도), one dot per
 * award coloured and shaped by grade class. Dots sharing a cell sit in a small grid, so none hide another.
 */
export function awardDotChart(input: DotChartInput): Chart | null {
  const { evaluation, regions, sources } = input;
  const list = distinctAwards(input.awards.filter((a) => a.evaluation === evaluation.id));
  if (list.length < MIN_AWARDS_FOR_CHARTS) return null;
  const byCode = regionsByCode(regions);
  const byIdentity = new Map(regions.map((r) => [r.identity, r]));
  const sidoOf = (d: DistinctAward) => sidoOfAward(d.award, byCode);
  const bySido = new Set(list.map((d) => sidoOf(d).identity)).size > 1;
  // Row key and label: 시도 across the country, the region itself inside one 시도.
  const rowOf = (d: DistinctAward): [string, string] =>
    bySido
      ? [sidoOf(d).identity, sidoOf(d).short]
      : [d.award.region.identity, byIdentity.get(d.award.region.identity)?.name ?? d.award.region.name];
  // Rows in the statistical order of codes; an identity sorts by its oldest code, so 강원 (42→51) follows 경기.
  const order = (identity: string) => [identity, ...(byIdentity.get(identity)?.legacyCodes ?? [])].sort()[0]!;
  const rowKeys = [...new Map(list.map((d) => rowOf(d))).entries()].sort(
    ([a], [b]) => ko(order(a), order(b)) || ko(a, b),
  );
  const rowIndex = new Map(rowKeys.map(([k], i) => [k, i]));
  const years = [...new Set(list.map((d) => d.award.year))].sort((a, b) => a - b);
  const [first, last] = [years[0]!, years.at(-1)!];

  const cells = new Map<string, DistinctAward[]>();
  for (const d of list) {
    const key = `${d.award.year}|${rowIndex.get(rowOf(d)[0])}`;
    cells.set(key, [...(cells.get(key) ?? []), d]);
  }
  const maxInCell = Math.max(...[...cells.values()].map((c) => c.length));
  const grid = cellGrid(maxInCell);
  const marginLeft = Math.ceil(Math.max(...rowKeys.map(([, label]) => textWidth(label, 12)))) + 14;
  const [marginRight, marginTop, marginBottom] = [16, 44, 30];
  const band = Math.max(28, grid.rows * 12 + 6);
  const height = marginTop + marginBottom + band * rowKeys.length;
  const [sx, sy] = [0.84 / grid.cols, 0.84 / grid.rows];

  const dots: Dot[] = [];
  for (const [key, cell] of cells) {
    const [year, row] = key.split('|').map(Number) as [number, number];
    cell.sort(
      (a, b) =>
        gradeRank(b.award.grade) - gradeRank(a.award.grade) ||
        ko(a.award.region.fullName, b.award.region.fullName) ||
        ko(a.award.id, b.award.id),
    );
    const usedRows = Math.ceil(cell.length / grid.cols);
    cell.forEach((d, k) => {
      const [gr, gc] = [Math.floor(k / grid.cols), k % grid.cols];
      const inRow = Math.min(grid.cols, cell.length - gr * grid.cols);
      const a = d.award;
      dots.push({
        x: year + (gc - (inRow - 1) / 2) * sx,
        y: row + (gr - (usedRows - 1) / 2) * sy,
        cls: gradeClass(a.grade),
        title: `${a.year}년 ${a.region.fullName} ${a.grade}${a.category ? ` (${a.category})` : ''}`,
      });
    });
  }

  const present = GRADE_CLASSES.filter((c) => list.some((d) => gradeClass(d.award.grade) === c));
  const label = bySido ? '시도' : '시군구';
  const title = `${evaluation.name}: 연도별 수상 ${label}`;
  const counts = present.map((c) => `${c} ${list.filter((d) => gradeClass(d.award.grade) === c).length}건`).join(', ');
  const description = `${evaluation.name}에서 ${first}~${last}년에 이 사이트가 모은 수상 ${list.length}건을 연도(가로)와 ${label}(세로)별 점으로 나타낸 그림. 등급별: ${counts}.`;
  // Drawn per width: the slot of a year, dot size, legend positions and year ticks follow the width.
  const draw = (width: number): Plot.PlotOptions => {
    const perYear = (width - marginLeft - marginRight) / (last - first + 1);
    const r = Math.max(2.5, Math.min(6, Math.min(perYear * sx, band * sy) / 2 - 0.5));
    // Legend in the top margin, placed in pixels and converted to data units.
    const toX = (px: number) => first - 0.5 + (px - marginLeft) / perYear;
    const legendY = -0.5 - 26 / band;
    let px = marginLeft + 6;
    const legend = present.map((cls) => {
      const item = { x: toX(px), y: legendY, cls, label: cls };
      px += 2 * 6 + 8 + textWidth(cls, 12) + 14;
      return item;
    });
    const textX = (d: { x: number }) => d.x + 12 / perYear;
    // A year label is about 30 px wide: keep every year whose slot leaves room, else every 2nd, 4th, … year.
    const every = [1, 2, 4, 5, 10].find((k) => perYear * k >= 40) ?? 10;
    const yearTicks =
      years.length > 14 && every === 1
        ? years.filter((y) => (y - first) % 2 === 0)
        : Array.from({ length: last - first + 1 }, (_, i) => first + i).filter((y) => (y - first) % every === 0);
    return {
      width,
      height,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      style: { fontSize: '12px', fontFamily: 'inherit' },
      x: {
        domain: [first - 0.5, last + 0.5],
        ticks: yearTicks,
        tickFormat: (d: number) => String(d),
        label: null,
        grid: true,
      },
      y: {
        domain: [-0.5, rowKeys.length - 0.5],
        reverse: true,
        ticks: rowKeys.map((_, i) => i),
        tickFormat: (i: number) => rowKeys[i]?.[1] ?? '',
        tickSize: 0,
        label: null,
      },
      color: { domain: [...GRADE_CLASSES], range: GRADE_CLASSES.map((c) => GRADE_COLORS[c]) },
      symbol: { domain: [...GRADE_CLASSES], range: GRADE_CLASSES.map((c) => GRADE_SYMBOLS[c]) },
      marks: [
        Plot.ruleY(
          rowKeys.slice(1).map((_, i) => i + 0.5),
          { stroke: 'currentColor', strokeOpacity: 0.12 },
        ),
        Plot.dot(dots, {
          x: 'x',
          y: 'y',
          fill: 'cls',
          symbol: 'cls',
          r,
          stroke: 'white',
          strokeWidth: 0.75,
          title: 'title',
        }),
        Plot.dot(legend, { x: 'x', y: 'y', fill: 'cls', symbol: 'cls', r: 6, stroke: 'white', strokeWidth: 0.75 }),
        Plot.text(legend, { x: textX, y: 'y', text: 'label', textAnchor: 'start', fill: 'currentColor', fontSize: 12 }),
      ],
    };
  };
  const { svg, svgNarrow } = plotBothWidths(draw, { id: `chart-awards-${evaluation.id}-dots`, title, description });
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const ordered = [...list].sort(
    (a, b) =>
      b.award.year - a.award.year ||
      (rowIndex.get(rowOf(a)[0]) ?? 0) - (rowIndex.get(rowOf(b)[0]) ?? 0) ||
      gradeRank(b.award.grade) - gradeRank(a.award.grade) ||
      ko(a.award.id, b.award.id),
  );
  return {
    id: `awards-${evaluation.id}-dots`,
    kind: 'dots',
    title,
    subtitle: `단위: 수상 1건 = 점 1개 · ${first}~${last}년 평가 · 이 사이트가 모은 발표 기준(전체 명단이 아닐 수 있음)`,
    description,
    svg,
    svgNarrow,
    columns: awardColumns(),
    rows: ordered.map((d) => awardRow(d, byIdentity, sourceById)),
    sourceIds: [...new Set(list.flatMap((d) => d.sources))].sort(),
    page: routes.awardsEvaluation(evaluation.id),
    notes: [
      '등급 색과 모양은 발표된 등급 이름을 대상·최우수(최우수상·최우수기관 등)·우수(우수상·우수기관 등)·장려·기타(특별상·발전상 등)로 묶은 것입니다. 표에는 발표된 이름 그대로 적습니다.',
      '같은 상을 여러 출처가 밝힌 경우 점 하나로 그렸습니다.',
    ],
  };
}

/** Columns of the award tables under the dot plot and the maps. */
export function awardColumns(): Chart['columns'] {
  return [
    { key: 'year', label: '연도' },
    { key: 'region', label: '지역' },
    { key: 'grade', label: '등급(발표 표기)' },
    { key: 'category', label: '분야(발표 표기)' },
    { key: 'source', label: '출처' },
  ];
}

/** One table row for a distinct award; the source cell links to the first record's permalink. */
export function awardRow(
  d: DistinctAward,
  byIdentity: ReadonlyMap<string, RegionEntry>,
  sourceById: ReadonlyMap<string, SourceRecord>,
): ChartRow {
  const a = d.award;
  const titles = d.sources.map((s) => sourceById.get(s)?.title ?? s);
  const links: Record<string, string> = { source: recordPermalink(a) };
  if (byIdentity.has(a.region.identity)) links.region = routes.region(a.region.identity);
  return {
    cells: {
      year: a.year,
      region: a.region.fullName,
      grade: gradeWordings(d),
      category: categoryWithWordings(d),
      source: titles.join('; '),
    },
    links,
    display: titles.length > 1 ? { source: `${titles[0]} 외 ${titles.length - 1}건` } : {},
    datum: awardDatum(d),
  };
}

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
  const result = renderChoropleth({
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
  const svg = result.svg;
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
      ko(a.award.region.code, b.award.region.code) ||
      ko(a.award.id, b.award.id),
  );
  return {
    id,
    kind: 'map',
    title,
    subtitle: `시군구별 가장 높은 등급 · ${year}년 평가 · 이 사이트가 모은 발표 기준`,
    description,
    svg,
    ...(result.legendHtml ? { legendHtml: result.legendHtml } : {}),
    columns: awardColumns(),
    rows: ordered.map((d) => awardRow(d, byIdentity, sourceById)),
    sourceIds: [...new Set(list.flatMap((d) => d.sources))].sort(),
    page: routes.awardsYear(year),
    notes,
  };
}

/**
 * Every award chart: a dot plot per evaluation with enough awards, and for the same evaluations a map of the best
 * grade per 시군구 for each year (needs the topology; without it only the dot plots are built).
 */
export function awardCharts(context: ChartContext): Chart[] {
  const { dataset, regions, topology } = context;
  const charts: Chart[] = [];
  for (const evaluation of dataset.evaluations) {
    const awards = dataset.awards.filter((a) => a.evaluation === evaluation.id);
    const dots = awardDotChart({ evaluation, awards, regions, sources: dataset.sources });
    if (!dots) continue;
    charts.push(dots);
    if (!topology) continue;
    // One frame for every year of an evaluation: a 시도's own map when all its awards lie there, else the country.
    const layer = new Set(codesOf(topology, 'sigungu'));
    const placed = placeAwards(distinctAwards(awards), regions, layer).placed;
    const sidos = new Set([...placed.keys()].map((c) => c.slice(0, 2)));
    const featureCodes = sidos.size === 1 ? codesInSido(topology, [...sidos][0]!) : undefined;
    const years = [...new Set(awards.map((a) => a.year))].sort((a, b) => a - b);
    for (const year of years) {
      charts.push(
        awardMapChart({
          evaluation,
          year,
          awards: awards.filter((a) => a.year === year),
          regions,
          sources: dataset.sources,
          topology,
          featureCodes,
        }),
      );
    }
  }
  return charts;
}
