import { describe, expect, it } from 'vitest';
import type { BudgetRecord } from '../../../src/core/domain/dataset/types.ts';
import { basisLabel, basisSlug } from '../../../src/core/views/budgetBasis.ts';
import { budgetGroups } from '../../../src/core/views/budgetGroups.ts';
import { budgetChartId, chartableSeries, chartedIds, seriesPoints } from '../../../src/core/views/budgetSeries.ts';
import { budgetRegions, regionLabels } from '../../../src/core/views/budgetRegions.ts';
import { conflictSets } from '../../../src/core/views/budgetConflicts.ts';
import { loadRegionEntries } from '../../support/loadRegistry.ts';

const regions = loadRegionEntries();

/** A synthetic budget figure; only what grouping reads. */
function budget(
  id: string,
  identity: string,
  year: number | null,
  value: number,
  over: Partial<BudgetRecord> = {},
): BudgetRecord {
  return {
    id,
    source: `src-${id}`,
    quote: null,
    status: '확인',
    note: null,
    origin: 'budgets/x.csv:2',
    region: { written: identity, code: identity, identity, name: identity, fullName: identity, asOf: '2016-01-01' },
    fiscalYear: year,
    measure: 'welfare-budget',
    metric: '사회복지 예산',
    quantity: { written: `${value}`, value, unit: '원', approx: [], display: `${value} 원` },
    account: null,
    stage: null,
    conflictsWith: [],
    ...over,
  };
}

describe('basis of a budget figure', () => {
  it('names the basis for subtitles, saying when it is not stated', () => {
    expect(basisLabel('일반회계', '당초')).toBe('일반회계 당초예산 기준');
    expect(basisLabel('일반+특별회계', '결산')).toBe('일반+특별회계 결산 기준');
    expect(basisLabel('일반회계', null)).toBe('일반회계 기준 · 예산 단계 미기재');
    expect(basisLabel(null, '당초')).toBe('당초예산 기준 · 회계 기준 미기재');
    expect(basisLabel(null, null)).toBe('회계 기준 미기재 · 예산 단계 미기재');
  });

  it('gives every basis a distinct URL-safe slug', () => {
    const accounts = [null, '일반회계', '일반+특별회계', '총계', '순계'];
    const stages = [null, '예산안', '당초', '추경', '최종', '결산'];
    const slugs = accounts.flatMap((a) => stages.map((s) => basisSlug(a, s)));
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(/^[a-z0-9-]+$/);
    expect(basisSlug('일반회계', '당초')).toBe('general-original');
    expect(basisSlug(null, null)).toBe('basis-unstated');
    expect(budgetChartId('12130', { measure: 'welfare-share', slug: 'general' })).toBe(
      'budget-12130-welfare-share-general',
    );
  });
});

describe('grouping and series', () => {
  const records = [
    budget('a1', '12130', 2014, 100),
    budget('a2', '12130', 2016, 120),
    budget('a3', '12130', 2016, 120, { source: 'other' }),
    budget('b1', '12130', 2014, 90, { stage: '예산안' }),
    budget('c1', '12110', 2016, 50, { account: '일반회계' }),
    budget('c2', '12110', 2023, 70, { account: '일반회계' }),
    budget('d1', '27290', 2015, 30),
    budget('n1', '00', 2015, 9000),
    budget('n2', '00', 2016, 9100),
    budget('s1', '12130', 2016, 35, { measure: 'welfare-share' }),
    budget('u1', '12130', null, 80),
    budget('m1', '12130', 2016, 5, { measure: null, metric: '재정자립도' }),
  ];

  it('never puts different bases in one group; undated and measure-less figures are left out', () => {
    const groups = budgetGroups(records);
    expect(groups.map((g) => `${g.measure}/${g.slug}:${g.records.map((r) => r.id).join(',')}`)).toEqual([
      'welfare-budget/general:c1,c2',
      'welfare-budget/proposed:b1',
      'welfare-budget/basis-unstated:a1,a2,a3,d1,n1,n2',
      'welfare-share/basis-unstated:s1',
    ]);
  });

  it('draws a region only with two or more years, never 전국 among regions', () => {
    const unstated = budgetGroups(records).find((g) => g.measure === 'welfare-budget' && g.slug === 'basis-unstated')!;
    const series = chartableSeries(unstated);
    expect(series.map((s) => [s.identity, s.years])).toEqual([['12130', [2014, 2016]]]);
    // The same value from two sources is one point carrying both records.
    expect(series[0]!.points.map((p) => [p.year, p.value, p.records.map((r) => r.id), p.conflicted])).toEqual([
      [2014, 100, ['a1'], false],
      [2016, 120, ['a2', 'a3'], false],
    ]);
    expect([...chartedIds(records)].sort()).toEqual(['a1', 'a2', 'a3', 'c1', 'c2']);
  });

  it('keeps conflicting values of one year apart, largest first, both flagged', () => {
    const points = seriesPoints([
      budget('p1', '12130', 2014, 2348),
      budget('p2', '12130', 2014, 2290),
      budget('p3', '12130', 2016, 2659),
    ]);
    expect(points.map((p) => [p.year, p.value, p.conflicted])).toEqual([
      [2014, 2348, true],
      [2014, 2290, true],
      [2016, 2659, false],
    ]);
  });

  it('collects conflicts into sets, whichever side names the other', () => {
    const a = budget('k1', '12130', 2014, 2348, { conflictsWith: ['k2'] });
    const b = budget('k2', '12130', 2014, 2290);
    const c = budget('k3', '12130', 2014, 2300, { conflictsWith: ['k2'] });
    const sets = conflictSets([c, b, a, budget('z', '12130', 2015, 1)]);
    expect(sets.map((s) => s.map((r) => r.id).sort())).toEqual([['k1', 'k2', 'k3']]);
  });
});

describe('region labels', () => {
  it('tells apart regions of the same name by their 시도 (from the oldest code) and always names a 자치구 with its city', () => {
    const labels = regionLabels(['26320', '12300', '12130', '46'], regions);
    expect(labels.get('26320')).toBe('부산 북구');
    expect(labels.get('12300')).toBe('광주 북구');
    expect(labels.get('12130')).toBe('여수시');
    expect(labels.get('46')).toBe('전라남도');
  });

  it('lists the regions with budget figures except 전국, with counts', () => {
    const list = budgetRegions(
      [budget('a', '12130', 2014, 1), budget('b', '12130', 2015, 2), budget('n', '00', 2015, 3)],
      regions,
    );
    expect(list).toEqual([{ identity: '12130', name: '여수시', label: '여수시', count: 2 }]);
  });
});
