import { beforeAll, describe, expect, it } from 'vitest';
import type { BudgetRecord, Dataset, FigureRecord } from '../../../src/core/domain/dataset/types.ts';
import type { RegionEntry } from '../../../src/core/site/siteData.ts';
import { budgetCharts } from '../../../src/core/present/charts/budgetCharts.ts';
import { programCharts } from '../../../src/core/present/charts/programCharts.ts';
import { lineSegments } from '../../../src/core/views/budgetSegments.ts';
import { budgetGroups } from '../../../src/core/views/budgetGroups.ts';
import { chartableSeries } from '../../../src/core/views/budgetSeries.ts';
import { comparabilityKey, metricScope, reportedSeries } from '../../../src/core/views/series.ts';
import { wordingKey } from '../../../src/core/domain/text/wordingKey.ts';
import { buildRealSiteData } from '../../support/siteData.ts';

describe('metricScope', () => {
  it('names the 사업 a metric brackets, and nothing else', () => {
    expect(metricScope('위기가구 발굴(구석구석 사업)')).toBe('구석구석사업');
    expect(metricScope('위기가구 발굴(방방곳곳 문고리사업)')).toBe('방방곳곳문고리사업');
    expect(metricScope('누적 지원 가구수(4년)')).toBe('');
    expect(metricScope('대원 수(전년)')).toBe('');
  });
});

describe('series over the bundled data', () => {
  let d: Dataset;
  let regions: RegionEntry[];
  const recordId = (link: string | undefined) => link?.split('#')[1] ?? '';
  beforeAll(async () => {
    ({ dataset: d, regions } = await buildRealSiteData());
  }, 120_000);

  it('강동구: 274 (방방곳곳 문고리사업, 2024) and 243 (구석구석 사업, 2025) are never one series', () => {
    const gangdong = reportedSeries(d.figures).filter(
      (s) => s.measure === 'crisis-households-found' && s.identity === '11740',
    );
    expect(gangdong.map((s) => s.points.map((p) => p.figure.quantity.written))).toEqual([['243가구'], ['274가구']]);
    const charts = programCharts({ dataset: d, regions, regionName: new Map() });
    expect(charts.some((c) => c.id.startsWith('crisis-household-discovery-crisis-households-found-11740'))).toBe(false);
  });

  it('no program chart mixes sub-program scopes, period kinds or stage qualifiers', () => {
    const byId = new Map(d.figures.map((f) => [f.id, f]));
    const charts = programCharts({ dataset: d, regions, regionName: new Map() });
    expect(charts.length).toBeGreaterThan(5);
    expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
    for (const c of charts) {
      const figures = c.rows.map((r) => byId.get(recordId(r.links.value))!) as FigureRecord[];
      expect(figures.every(Boolean), c.id).toBe(true);
      expect(new Set(figures.map(comparabilityKey)).size, c.id).toBe(1);
      expect(new Set(figures.map((f) => f.measure)).size, c.id).toBe(1);
    }
  });

  it('no budget chart mixes accounts or stages; lines join only consecutive years on one wording', () => {
    const byId = new Map(d.budgets.map((b) => [b.id, b]));
    const charts = budgetCharts({ dataset: d, regions, regionName: new Map() });
    for (const c of charts) {
      const records = c.rows.map((r) => byId.get(recordId(r.links.value))!) as BudgetRecord[];
      expect(new Set(records.map((b) => `${b.measure}|${b.account}|${b.stage}`)).size, c.id).toBe(1);
    }
    for (const group of budgetGroups(d.budgets))
      for (const s of chartableSeries(group)) {
        const { vertices } = lineSegments(s, s.identity, group);
        for (let i = 1; i < vertices.length; i++) {
          const [a, b] = [vertices[i - 1]!, vertices[i]!];
          if (a.segment !== b.segment) continue;
          expect(b.year - a.year, `${s.identity} ${group.slug} ${a.year}→${b.year}`).toBe(1);
          if (group.account === null && group.stage === null) {
            const wording = (y: number) => wordingKey(s.points.find((p) => p.year === y)!.records[0]!.metric);
            expect(wording(b.year)).toBe(wording(a.year));
          }
        }
      }
  });

  it('여수시 총예산: the two 예산안 (2014, 2024) are apart from 예산규모(2022.10.), and not joined across the gap', () => {
    const groups = budgetGroups(d.budgets).filter((g) => g.measure === 'total-budget' && g.account === null);
    const proposed = chartableSeries(groups.find((g) => g.stage === '예산안')!).find((s) => s.identity === '12130')!;
    expect(proposed.years).toEqual([2014, 2024]);
    const { vertices, broken } = lineSegments(
      proposed,
      '여수시',
      groups.find((g) => g.stage === '예산안')!,
    );
    expect(new Set(vertices.map((v) => v.segment)).size).toBe(2);
    expect(broken).toBe(true);
    const unstated = groups.find((g) => g.stage === null)!;
    const rest = chartableSeries(unstated).find((s) => s.identity === '12130')!;
    expect(rest.points.flatMap((p) => p.records.map((r) => r.metric))).not.toContain('예산안 총액');
  });
});
