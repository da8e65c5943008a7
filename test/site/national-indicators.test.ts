import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/core/domain/dataset/types.ts';
import type { Indicator } from '../../src/core/domain/indicators/schema.ts';
import { basicUnitsOn } from '../../src/core/domain/indicators/units.ts';
import type { RegionEntry } from '../../src/core/site/siteData.ts';
import { nationalIndicators } from '../../src/core/views/indicators/national.ts';
import { DATA_OUT } from '../support/paths.ts';

/**
 * National indicators over the built data (build/data, written by `npm run data`): map coverage of each indicator's
 * latest year, and at least four cited indicators on every 2026-07-01 기초자치단체's page.
 */
const read = <T>(name: string): T => JSON.parse(readFileSync(join(DATA_OUT, `${name}.json`), 'utf8')) as T;
const built = existsSync(join(DATA_OUT, 'indicators.json'));
const dataset = built ? read<Dataset>('dataset') : null;
const regions = built ? read<RegionEntry[]>('regions') : [];
const national = dataset ? nationalIndicators(dataset, regions, read<Indicator[]>('indicators')) : [];

describe('national indicators on the built data', () => {
  it('build/data has the indicators (npm test builds it; run `npm run build` first)', () => {
    expect(built, `${DATA_OUT}/indicators.json is missing`).toBe(true);
  });

  it('every indicator in data/indicators.csv has values', () => {
    expect(national.filter((n) => n.years.length === 0).map((n) => n.indicator.id)).toEqual([]);
  });

  // No exceptions: the 열린지방 panel's 일반구 rows are read as their 시 (descriptor repeatedRows), so only 영도구 (absent
  // from the panel) is missing from the panel's budgets (226/227; 미추홀구, written 인천남구 after the 2018 rename, is read
  // through region.aliases); the panel's 2021–2022 재정자립도·재정자주도·고령인구비율 of 미추홀구 are "-" (225/227).
  it("each indicator's latest-year map colours ≥ 95 % of the 기초자치단체 that existed that year", () => {
    const report = national
      .filter((n) => n.indicator.kind !== 'category')
      .map((n) => {
        const s = n.summaries.get(n.years.at(-1)!)!;
        return {
          id: n.indicator.id,
          year: s.year,
          share: s.ranked.length / s.units,
          text: `${s.ranked.length}/${s.units}`,
        };
      });
    console.log(report.map((r) => `${r.id} ${r.year}: ${r.text}`).join('\n'));
    const low = report.filter((r) => r.share < 0.95);
    expect(low).toEqual([]);
  });

  // Units created on 2026-07-01 (인천 제물포구·영종구·서해구·검단구) appear only in the 2026-08 population file, which
  // carries five indicators (population, 65+, 65+ share, 75+ share, households): no exception for them.
  it('every 2026-07-01 기초자치단체 has ≥ 4 indicators with cited values', () => {
    const sources = new Set(dataset!.sources.map((s) => s.id));
    const short: string[] = [];
    for (const unit of basicUnitsOn(regions, '2026-07-01')) {
      const entry = regions.find((r) => r.identity === unit.identity)!;
      const withValues = national.filter((n) =>
        n.values.some(
          (v) => v.identity === unit.identity && v.records.length > 0 && v.records.every((c) => sources.has(c.source)),
        ),
      );
      if (withValues.length < 4) short.push(`${entry.fullName}: ${withValues.length}`);
    }
    expect(short).toEqual([]);
  });

  it('no residual row is ever a unit value, and every 시 sum names its parts', () => {
    const residualIds = new Set(dataset!.figures.filter((f) => f.scope === 'residual').map((f) => f.id));
    for (const n of national)
      for (const v of n.values) {
        if (v.records.length === 1) expect(residualIds.has(v.records[0]!.id)).toBe(false);
        if (v.summed) expect(v.records.length).toBe(v.summed.parts + (v.summed.residual ? 1 : 0));
      }
  });
});
