import { describe, expect, it } from 'vitest';
import type { BudgetRecord, Dataset, FigureRecord, SourceRecord } from '../../../src/core/domain/dataset/types.ts';
import { datasetRegionPages, datasetSummary, indexDatasets } from '../../../src/core/views/datasetSourceView.ts';
import { recordPermalink } from '../../../src/core/site/permalink.ts';
import { routes } from '../../../src/core/site/routes.ts';

const region = (identity: string, name: string) => ({
  written: name,
  code: identity,
  identity,
  name,
  fullName: `전라남도 ${name}`,
  asOf: '2025-12-31',
});
const source = { id: 'ssis', kind: '데이터셋', title: '수급권자 현황' } as SourceRecord;

function figure(id: string, identity: string, period: string, value: number, origin: string): FigureRecord {
  return {
    id,
    source: 'ssis',
    program: 'p',
    region: region(identity, identity === '12130' ? '여수시' : '순천시'),
    period: { text: period, kind: 'year', start: `${period}-01-01`, end: `${period}-12-31` },
    measure: 'eligible',
    metric: '수급권자 수',
    quantity: { written: String(value), value, unit: '명', approx: [], display: `${value}명` },
    qualifiers: [],
    conflictsWith: [],
    quote: null,
    status: '2차인용',
    note: null,
    origin,
    basis: '수급권자 기준',
    scope: identity === '12150' ? 'residual' : null,
  };
}

const budget = {
  ...figure('ssis-b1', '12130', '2024', 5, 'published/x/ssis.csv:9'),
  fiscalYear: 2024,
  account: null,
  stage: null,
  metric: '복지 예산',
} as unknown as BudgetRecord;

const dataset = {
  sources: [source],
  programs: [],
  measures: [],
  evaluations: [],
  figures: [
    figure('ssis-2', '12130', '2025', 120, 'published/x/ssis.csv:3'),
    figure('ssis-1', '12130', '2024', 100, 'published/x/ssis.csv:2'),
    figure('ssis-3', '12150', '2025', 7, 'published/x/ssis.csv:4'),
    // Transcribed from the same source by hand: stays on the source page, not on a region page.
    figure('ssis-press', '12130', '2025', 1, 'figures/ssis.csv:2'),
  ],
  awards: [],
  budgets: [budget],
  categories: [],
} as Dataset;

describe('dataset source views', () => {
  const index = indexDatasets(dataset);

  it('groups statistical records by source and region, a series oldest first, transcribed records left out', () => {
    const rows = index.bySource.get('ssis')!.get('12130')!.rows;
    expect(rows.map((r) => r.id)).toEqual(['ssis-b1', 'ssis-1', 'ssis-2']);
    expect(rows[1]).toMatchObject({ what: '수급권자 수', when: '2024년', written: '100', basis: '수급권자 기준' });
    expect(rows[0]!.when).toBe('2024년 회계연도');
    expect(index.bySource.get('ssis')!.get('12150')!.rows[0]!.residual).toBe(true);
    expect(datasetRegionPages(index)).toEqual([
      { source: 'ssis', identity: '12130' },
      { source: 'ssis', identity: '12150' },
    ]);
  });

  it('every statistical record is an anchor on the page its permalink names', () => {
    for (const r of [...dataset.figures, ...dataset.budgets].filter((x) => x.origin.startsWith('published/'))) {
      const [page, anchor] = recordPermalink(r).split('#');
      expect(page).toBe(routes.sourceRegion(r.source, r.region.identity));
      expect(
        index.bySource
          .get(r.source)!
          .get(r.region.identity)!
          .rows.map((x) => x.id),
      ).toContain(anchor);
    }
  });

  it('summarises coverage per measure and basis, the files read with their skipped rows, and the regions', () => {
    const stats = [
      {
        file: 'published/x/ssis.csv',
        read: 6,
        written: 4,
        rejected: 0,
        skipped: 2,
        skippedRows: [{ reason: '일반구', lines: [5, 6] }],
      },
      { file: 'figures/ssis.csv', read: 1, written: 1, rejected: 0 },
    ];
    const summary = datasetSummary(index, source, { stats })!;
    expect(summary.records).toBe(4);
    expect(summary.residual).toBe(1);
    expect(summary.files.map((f) => f.file)).toEqual(['published/x/ssis.csv']);
    expect(summary.measures).toContainEqual({
      what: '수급권자 수',
      basis: '수급권자 기준',
      count: 3,
      first: '2024년',
      last: '2025년',
    });
    expect(summary.regions.map((r) => [r.identity, r.count])).toEqual([
      ['12130', 3],
      ['12150', 1],
    ]);
    expect(datasetSummary(index, { ...source, id: 'press' }, { stats })).toBeNull();
  });
});
