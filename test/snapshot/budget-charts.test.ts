import { describe, expect, it } from 'vitest';
import type { BudgetRecord, MeasureRecord } from '../../src/core/domain/dataset/types.ts';
import { budgetGroups } from '../../src/core/views/budgetGroups.ts';
import { chartableSeries } from '../../src/core/views/budgetSeries.ts';
import { budgetCharts, budgetLineChart } from '../../src/core/present/charts/budgetCharts.ts';
import type { Dataset } from '../../src/core/domain/dataset/types.ts';
import { expectSvgSnapshot } from '../support/svg-snapshot.ts';

const measures: MeasureRecord[] = [
  { id: 'welfare-budget', label: '사회복지 예산', unit: '원', aggregation: 'annual', description: null },
  { id: 'welfare-share', label: '사회복지 예산 비중', unit: '%', aggregation: 'rate', description: null },
];

/** Fixed synthetic figures (여수시 2014 has two stated values, as in the 2014 press reports). */
function budget(
  id: string,
  identity: string,
  name: string,
  year: number,
  value: number,
  display: string,
  over: Partial<BudgetRecord> = {},
): BudgetRecord {
  return {
    id,
    source: `s-${id}`,
    quote: null,
    status: '확인',
    note: null,
    origin: 'x:1',
    region: { written: name, code: identity, identity, name, fullName: name, asOf: `${year}-01-01` },
    fiscalYear: year,
    measure: 'welfare-budget',
    metric: '복지예산',
    quantity: { written: display, value, unit: '원', approx: [], display },
    account: null,
    stage: null,
    conflictsWith: [],
    ...over,
  };
}
const share = (id: string, identity: string, name: string, year: number, value: number) =>
  budget(id, identity, name, year, value, `${value}%`, {
    measure: 'welfare-share',
    quantity: { written: `${value}%`, value, unit: '%', approx: [], display: `${value}%` },
    account: '일반회계',
  });
const budgets = [
  budget('y1', '12130', '여수시', 2014, 234800000000, '2,348억 원', { conflictsWith: ['y2'] }),
  budget('y2', '12130', '여수시', 2014, 229000000000, '2,290억 원', { conflictsWith: ['y1'] }),
  budget('y3', '12130', '여수시', 2016, 265900000000, '2,659억 원'),
  budget('y4', '12130', '여수시', 2018, 300000000000, '3,000억 원'),
  share('m1', '12110', '목포시', 2016, 47),
  share('m2', '12110', '목포시', 2023, 45.2),
  share('m3', '12110', '목포시', 2025, 47.85),
  share('g1', '11740', '강동구', 2016, 56.6),
  share('g2', '11740', '강동구', 2018, 52.16),
  share('x1', '12130', '여수시', 2016, 35.06),
];
const dataset = {
  sources: [],
  programs: [],
  measures,
  evaluations: [],
  figures: [],
  awards: [],
  budgets,
} as unknown as Dataset;

describe('budget chart snapshots', () => {
  it('one region: a conflicting year is two hollow dots and breaks the line', async () => {
    const group = budgetGroups(budgets).find((g) => g.measure === 'welfare-budget')!;
    const series = chartableSeries(group);
    const chart = budgetLineChart({
      id: 'budget-12130-welfare-budget-basis-unstated',
      page: '/budgets/12130/',
      title: '여수시 사회복지 예산',
      group,
      series,
      labels: new Map([['12130', '여수시']]),
      measure: measures[0]!,
      sources: [],
      known: new Set(['12130']),
    });
    expect(chart.subtitle).toBe(
      '단위: 원 · 2014~2018년 회계연도 · 회계 기준 미기재 · 예산 단계 미기재 · 발표된 값 그대로',
    );
    expect(chart.rows.map((r) => r.display?.value)).toEqual([
      '2,348억 원 (출처 간 차이)',
      '2,290억 원 (출처 간 차이)',
      '2,659억 원',
      '3,000억 원',
    ]);
    expect(chart.notes.some((n) => n.includes('속이 빈 점'))).toBe(true);
    // 2016 and 2018 are not joined: 2017 is missing, and a line across would invent it.
    expect(chart.notes.some((n) => n.includes('빠진 해'))).toBe(true);
    await expectSvgSnapshot('budget-line-single', chart.svg);
  });

  it('several regions on one basis: one panel each, shared axes', async () => {
    const charts = budgetCharts({ dataset, regions: [], regionName: new Map() });
    // welfare-budget before welfare-share; per group the regions' own charts, then the side-by-side one.
    expect(charts.map((c) => c.id)).toEqual([
      'budget-12130-welfare-budget-basis-unstated',
      'budget-11740-welfare-share-general',
      'budget-12110-welfare-share-general',
      'budget-all-welfare-share-general',
    ]);
    const overview = charts.find((c) => c.id === 'budget-all-welfare-share-general')!;
    expect(overview.subtitle).toContain('일반회계 기준');
    // 여수시 2016 share (one year only) is not drawn; without registry entries labels fall back to identities.
    expect(overview.rows.map((r) => r.cells.region)).toEqual(['11740', '11740', '12110', '12110', '12110']);
    await expectSvgSnapshot('budget-line-panels', overview.svg);
  });
});
