import { describe, expect, it } from 'vitest';
import { isStatistical, reportedDataset, datasetSourceIds } from '../../../src/core/domain/dataset/statistical.ts';
import { recordPermalink } from '../../../src/core/site/permalink.ts';
import type { Dataset } from '../../../src/core/domain/dataset/types.ts';

const region = { identity: '12130' };

describe('isStatistical(record)', () => {
  it('is true exactly for records read from a published file through its descriptor', () => {
    expect(isStatistical({ origin: 'published/openlocal/muni_230624_stata.csv:382' })).toBe(true);
    expect(isStatistical({ origin: 'figures/mohw-local-welfare-evaluation.csv:7' })).toBe(false);
    // A file under data/figures named like a published folder is still a transcription.
    expect(isStatistical({ origin: 'budgets/published/x.csv:2' })).toBe(false);
  });

  it('reportedDataset keeps transcribed records and every source, drops only statistical ones', () => {
    const fig = (id: string, origin: string) => ({ id, origin, source: id.split('#')[0]! }) as never;
    const dataset = {
      sources: [{ id: 'a' }, { id: 'b' }],
      programs: [],
      measures: [],
      evaluations: [],
      figures: [fig('a#1', 'figures/x.csv:2'), fig('b#1', 'published/p.csv:3')],
      awards: [],
      budgets: [fig('b#2', 'published/p.csv:4')],
      categories: [fig('b#3', 'published/q.csv:2')],
    } as unknown as Dataset;
    const reported = reportedDataset(dataset);
    expect(reported.figures.map((f) => f.id)).toEqual(['a#1']);
    expect(reported.budgets).toEqual([]);
    expect(reported.categories).toEqual([]);
    expect(reported.sources).toHaveLength(2);
    expect([...datasetSourceIds(dataset)]).toEqual(['b']);
  });
});

describe('recordPermalink(record)', () => {
  it('keeps the source-page anchor for transcribed records', () => {
    expect(recordPermalink({ id: 'yna-1', source: 'yna', origin: 'figures/a.csv:2', region })).toBe(
      '/sources/yna/#yna-1',
    );
  });

  it('points statistical records to their source page for their region', () => {
    expect(
      recordPermalink({ id: 'ssis-9', source: 'ssis-eligible-2025', origin: 'published/m/ssis.csv:9', region }),
    ).toBe('/sources/ssis-eligible-2025/12130/#ssis-9');
  });
});
