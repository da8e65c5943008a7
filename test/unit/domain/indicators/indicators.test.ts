import { describe, expect, it } from 'vitest';
import { parseIndicators } from '../../../../src/core/domain/indicators/schema.ts';
import { observe } from '../../../../src/core/domain/indicators/observe.ts';
import { indicatorValues } from '../../../../src/core/domain/indicators/values.ts';
import { median, rankText, summariseYear } from '../../../../src/core/domain/indicators/stats.ts';
import { registryRegions } from '../../../support/regionFixtures.ts';
import { budget, count, dataset, fig, panel, rate } from './fixtures.ts';

const regions = registryRegions();
const D = '2025-12-31';
const suwonGu = (values: number[]) =>
  ['41111', '41113', '41115', '41117'].map((g, i) => fig(g, D, 'eligible-persons', values[i]!));

describe('parseIndicators', () => {
  const header =
    'id,name,name_en,kind,table,measure,program,source,stage,unit,basis,direction,denominator_measure,denominator_program,denominator_source,per,palette,shown_on,role';
  it('reads a rate with its denominator and a panel filter with no stage', () => {
    const { indicators, problems } = parseIndicators(
      `${header}\nr,비율,Rate,rate,figures,eligible-persons,basic-livelihood,,,명,b,more-need,population,population,src,1000,blues,,\n` +
        `p,패널,Panel,share,budgets,fiscal-self-reliance,,src-panel,none,%,b,neutral,,,,,ylgnbu,x y,peer-size\n`,
    );
    expect(problems).toEqual([]);
    expect(indicators[0]!.denominator).toEqual({
      table: 'figures',
      measure: 'population',
      program: 'population',
      source: 'src',
      per: 1000,
    });
    expect(indicators[1]!.numerator.stage).toBeNull();
    expect([indicators[0]!.programs, indicators[1]!.programs]).toEqual([['basic-livelihood'], ['x', 'y']]);
    expect(indicators.map((i) => i.role)).toEqual([null, 'peer-size']);
  });
  it('refuses a second peer-size row and an unknown role, naming the column and the row that has it already', () => {
    const { indicators, problems } = parseIndicators(
      `${header}
a,A,A,count,figures,m,,,,명,b,neutral,,,,,blues,,peer-size
` +
        `b,B,B,count,figures,m,,,,명,b,neutral,,,,,blues,,peer-size
c,C,C,count,figures,m,,,,명,b,neutral,,,,,blues,,size
`,
    );
    expect(indicators.map((i) => i.id)).toEqual(['a']);
    expect(problems.map((p) => [p.code, p.line, p.column])).toEqual([
      ['duplicate-role', 3, 'role'],
      ['bad-indicator', 4, undefined],
    ]);
    expect(problems[0]!.en).toContain('already a');
  });
  it('refuses a rate without denominator, an unknown kind and a repeated id, each with its line', () => {
    const { indicators, problems } = parseIndicators(
      `${header}\nr,비율,Rate,rate,figures,m,,,,명,b,neutral,,,,,blues,,\nx,X,X,weird,figures,m,,,,명,b,neutral,,,,,blues,,\n` +
        `c,C,C,count,figures,m,,,,명,b,neutral,,,,,blues,,\nc,C,C,count,figures,m,,,,명,b,neutral,,,,,blues,,\n`,
    );
    expect(indicators.map((i) => i.id)).toEqual(['c']);
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['bad-indicator', 2],
      ['bad-indicator', 3],
      ['duplicate-id', 5],
    ]);
  });
});

describe('observe: 일반구 sums and residual rows', () => {
  it('gives 수원시 the sum of its four 구 plus the 시-level residual (10+20+30+40+5 = 105), citing all five', () => {
    const residual = fig('41110', D, 'eligible-persons', 5, { scope: 'residual' });
    const { observations } = observe(dataset([...suwonGu([10, 20, 30, 40]), residual]), regions, count.numerator, true);
    const suwon = observations.find((o) => o.identity === '41110')!;
    expect(suwon.value).toBe(105);
    expect(suwon.records).toHaveLength(5);
    expect(suwon.summed).toEqual({ parts: 4, residual: true });
  });
  it('never shows a residual row as the 시 value, nor a partial sum when a 구 is missing', () => {
    const residual = fig('41110', D, 'eligible-persons', 5, { scope: 'residual' });
    const three = suwonGu([10, 20, 30, 40]).slice(0, 3);
    const { observations } = observe(dataset([...three, residual]), regions, count.numerator, true);
    expect(observations.find((o) => o.identity === '41110')).toBeUndefined();
    expect(observations.map((o) => o.identity).sort()).toEqual(['41111', '41113', '41115']);
  });
  it('does not sum when the measure is not additive, and reports two disagreeing records as a conflict', () => {
    const a = fig('11680', D, 'eligible-persons', 7);
    const b = { ...fig('11680', D, 'eligible-persons', 8), id: 'other' };
    const out = observe(dataset([...suwonGu([1, 2, 3, 4]), a, b]), regions, count.numerator, false);
    expect(out.observations.some((o) => o.identity === '41110')).toBe(false);
    expect(out.observations.some((o) => o.identity === '11680')).toBe(false);
    expect(out.conflicts).toEqual([
      {
        identity: '11680',
        date: D,
        records: [a, b]
          .map((r) => ({ source: r.source, id: r.id, origin: r.origin, identity: r.region.identity }))
          .sort((x, y) => x.id.localeCompare(y.id)),
      },
    ]);
  });
});

describe('rates', () => {
  it('divides the 2025-12-31 numerator by the nearest denominator (2026-08-31), ×1,000, citing both', () => {
    const figures = [
      fig('11680', D, 'eligible-persons', 900),
      fig('11680', '2026-08-31', 'population', 30000),
      fig('11680', '2019-12-31', 'population', 1),
    ];
    const [v] = indicatorValues(dataset(figures), regions, rate).values;
    expect(v!.value).toBe(30);
    expect(v!.numerator!.date).toBe(D);
    expect(v!.denominator!.date).toBe('2026-08-31');
    expect(v!.records.map((r) => r.id)).toEqual([
      'f-eligible-persons-11680-2025-12-31',
      'f-population-11680-2026-08-31',
    ]);
  });
  it('sums both sides over 일반구 for 수원시: (10+20+30+40) ÷ (1,000×4) × 1,000 = 25', () => {
    const pop = ['41111', '41113', '41115', '41117'].map((g) => fig(g, '2026-08-31', 'population', 1000));
    const v = indicatorValues(dataset([...suwonGu([10, 20, 30, 40]), ...pop]), regions, rate).values.find(
      (x) => x.identity === '41110',
    )!;
    expect(v.value).toBe(25);
    expect(v.records).toHaveLength(8);
  });
});

describe('ranks, medians and continuity', () => {
  it('ranks highest first with shared ranks for ties: 5, 3, 3, 1 → 1, 2, 2, 4; median 3', () => {
    const figures = [
      fig('11680', D, 'eligible-persons', 5),
      fig('11710', D, 'eligible-persons', 3),
      fig('47190', D, 'eligible-persons', 3),
      fig('51150', D, 'eligible-persons', 1),
    ];
    const { values } = indicatorValues(dataset(figures), regions, count);
    const s = summariseYear(values, regions, 2025);
    expect(s.ranked.map((r) => [r.identity, r.rank, r.tied])).toEqual([
      ['11680', 1, false],
      ['11710', 2, true],
      ['47190', 2, true],
      ['51150', 4, false],
    ]);
    expect(s.median).toBe(3);
    expect(s.peerMedian.get('자치구')).toBe(4);
    expect(s.peerMedian.get('시')).toBe(2);
    expect(s.sidoMedian.get('11')).toBe(4);
    expect(rankText(s.ranked[1]!, s)).toBe('전국 4곳 중 공동 2위 (2025년, 높은 순)');
    expect(s.units).toBeGreaterThan(200);
  });
  it('keeps 강릉 (42→51) and 군위 (경북→대구) one series, each year in the 시도 of that year', () => {
    const budgets = [
      budget('51150', 2022, 20),
      budget('51150', 2024, 22),
      budget('27720', 2022, 10),
      budget('27720', 2024, 12),
    ];
    const { values, years } = indicatorValues(dataset([], budgets), regions, panel);
    expect(years).toEqual([2022, 2024]);
    expect(values.filter((v) => v.identity === '51150').map((v) => v.value)).toEqual([20, 22]);
    const y2022 = summariseYear(values, regions, 2022);
    const y2024 = summariseYear(values, regions, 2024);
    expect([...y2022.sidoMedian.keys()].sort()).toEqual(['42', '47']);
    expect([...y2024.sidoMedian.keys()].sort()).toEqual(['27', '51']);
  });
  it('leaves a panel stage filter (null) apart from 당초 records of the same year', () => {
    const { values } = indicatorValues(
      dataset([], [budget('51150', 2025, 20), budget('51150', 2025, 30, '당초')]),
      regions,
      panel,
    );
    expect(values.map((v) => v.value)).toEqual([20]);
  });
  it('median of an even count is the mean of the middle two', () => {
    expect([median([4, 1, 3, 2]), median([]), median([7])]).toEqual([2.5, null, 7]);
  });
});
