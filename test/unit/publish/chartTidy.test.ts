import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { Dataset, SourceRecord } from '../../../src/core/domain/dataset/types.ts';
import type { RegionEntry } from '../../../src/core/site/siteData.ts';
import type { Chart } from '../../../src/core/present/charts/chartModel.ts';
import { awardCharts } from '../../../src/core/present/charts/awardCharts.ts';
import { budgetCharts } from '../../../src/core/present/charts/budgetCharts.ts';
import { mapCharts } from '../../../src/core/present/charts/mapCharts.ts';
import { programCharts } from '../../../src/core/present/charts/programCharts.ts';
import {
  chartCsv,
  chartSourcesCsv,
  rowsWithoutDatum,
  SOURCE_COLUMNS,
  TIDY_COLUMNS,
} from '../../../src/core/publish/chartTidy.ts';
import { routes } from '../../../src/core/site/routes.ts';
import { committedTopology } from '../../support/regionFixtures.ts';
import { buildRealSiteData } from '../../support/siteData.ts';

const where = { site: 'https://example.org', base: '/bokji/' };
const source: SourceRecord = {
  id: 's-1',
  kind: '보도자료',
  title: '=SUM(A1) 제목, "따옴표"',
  issuer: '전라남도',
  published: '2023-12-14',
  url: 'https://www.jeonnam.go.kr/news/1',
  locator: null,
  reliability: '공식',
  note: null,
};
const chart: Pick<Chart, 'id' | 'rows'> = {
  id: 'c',
  rows: [
    {
      cells: {},
      links: {},
      datum: {
        regionCode: '00',
        regionName: '전국',
        periodStart: '2024-01-01',
        periodEnd: '2024-12-31',
        measure: 'welfare-share',
        value: 25.3,
        unit: '%',
        basis: '일반회계 당초예산 기준',
        written: '25.3%',
        sourceIds: ['s-1', 's-2'],
        link: routes.record('s-1', 'r-1'),
      },
    },
  ],
};

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('chart CSV: one tidy table', () => {
  it('has one header and one row per value; the region code is quoted text, periods ISO, a permalink per value', () => {
    const csv = chartCsv(chart, where);
    expect(csv.startsWith('\uFEFFregion_code,region_name,period_start,period_end,measure,value,unit,basis')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[1]).toBe(
      '"00",전국,2024-01-01,2024-12-31,welfare-share,25.3,%,일반회계 당초예산 기준,25.3%,s-1;s-2,https://example.org/bokji/sources/s-1/#r-1',
    );
    expect(lines).toHaveLength(3); // header, one row, the final CRLF: no second table
    const rows = parse(csv);
    expect(rows[0]).toEqual([...TIDY_COLUMNS]);
    expect(rows[1]![0]).toBe('00');
  });

  it('sources go to their own CSV, formula-guarded, joined on source_id', () => {
    const rows = parse(chartSourcesCsv([source], where, routes.source));
    expect(rows[0]).toEqual([...SOURCE_COLUMNS]);
    expect(rows[1]).toEqual([
      's-1',
      '전라남도',
      '\'=SUM(A1) 제목, "따옴표"',
      '2023-12-14',
      'https://www.jeonnam.go.kr/news/1',
      'https://example.org/bokji/sources/s-1/',
    ]);
  });
});

describe('every chart of the bundled data exports a tidy CSV', () => {
  let d: Dataset;
  let regions: RegionEntry[];
  beforeAll(async () => {
    ({ dataset: d, regions } = await buildRealSiteData());
  }, 120_000);

  it('every row of every chart has a datum with a code, a measure, a value and at least one known source', () => {
    const context = { dataset: d, regions, regionName: new Map<string, string>(), topology: committedTopology() };
    const charts = [
      ...programCharts(context),
      ...budgetCharts(context),
      ...awardCharts(context),
      ...mapCharts(context),
    ];
    expect(charts.length).toBeGreaterThan(20);
    const known = new Set(d.sources.map((s) => s.id));
    for (const c of charts) {
      expect(rowsWithoutDatum(c), c.id).toEqual([]);
      const rows = parse(chartCsv(c, where));
      expect(rows.length, c.id).toBe(c.rows.length + 1);
      for (const r of c.rows) {
        expect(r.datum!.regionCode, c.id).toMatch(/^\d{2,10}$/);
        expect(
          r.datum!.sourceIds.every((id) => known.has(id)),
          c.id,
        ).toBe(true);
        if (r.datum!.periodStart) expect(r.datum!.periodStart).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
});
