import { codeUnitOrder } from '../../domain/text/textOrder.ts';
import * as Plot from '@observablehq/plot';
import type { AwardRecord, EvaluationRecord, SourceRecord } from '../../domain/dataset/types.ts';
import { textWidth } from '../map/legend.ts';
import { plotBothWidths } from './widths.ts';
import {
  distinctAwards,
  GRADE_CLASSES,
  GRADE_COLORS,
  GRADE_SYMBOLS,
  gradeClass,
  gradeRank,
  regionsByCode,
  sidoOfAward,
  type DistinctAward,
  type GradeClass,
} from '../../views/awards.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import { drawnOnRead, type Chart } from './chartModel.ts';
import { routes } from '../../site/routes.ts';
import { awardColumns, awardRow } from './awardTable.ts';

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
    ([a], [b]) => codeUnitOrder(order(a), order(b)) || codeUnitOrder(a, b),
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
        codeUnitOrder(a.award.region.fullName, b.award.region.fullName) ||
        codeUnitOrder(a.award.id, b.award.id),
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
  const drawing = () => plotBothWidths(draw, { id: `chart-awards-${evaluation.id}-dots`, title, description });
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const ordered = [...list].sort(
    (a, b) =>
      b.award.year - a.award.year ||
      (rowIndex.get(rowOf(a)[0]) ?? 0) - (rowIndex.get(rowOf(b)[0]) ?? 0) ||
      gradeRank(b.award.grade) - gradeRank(a.award.grade) ||
      codeUnitOrder(a.award.id, b.award.id),
  );
  return drawnOnRead(
    {
      id: `awards-${evaluation.id}-dots`,
      kind: 'dots',
      title,
      subtitle: `단위: 수상 1건 = 점 1개 · ${first}~${last}년 평가 · 이 사이트가 모은 발표 기준(전체 명단이 아닐 수 있음)`,
      description,
      columns: awardColumns(),
      rows: ordered.map((d) => awardRow(d, byIdentity, sourceById)),
      sourceIds: [...new Set(list.flatMap((d) => d.sources))].sort(),
      page: routes.awardsEvaluation(evaluation.id),
      notes: [
        '등급 색과 모양은 발표된 등급 이름을 대상·최우수(최우수상·최우수기관 등)·우수(우수상·우수기관 등)·장려·기타(특별상·발전상 등)로 묶은 것입니다. 표에는 발표된 이름 그대로 적습니다.',
        '같은 상을 여러 출처가 밝힌 경우 점 하나로 그렸습니다.',
      ],
    },
    drawing,
  );
}
