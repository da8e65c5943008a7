import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/core/domain/dataset/types.ts';
import { buildSiteIndex, type SiteIndex } from '../../../src/core/site/siteIndex.ts';
import type { RegionEntry } from '../../../src/core/site/siteData.ts';
import { dataDate } from '../../../src/core/publish/cite.ts';
import { sourceRecords } from '../../../src/core/views/sourceView.ts';
import { buildRealSiteData } from '../../support/siteData.ts';

// The index must answer exactly what the per-page scans it replaced answered, in the same order.
let dataset: Dataset;
let regions: RegionEntry[];
let index: SiteIndex;
beforeAll(async () => {
  ({ dataset, regions } = await buildRealSiteData());
  index = buildSiteIndex(dataset, regions, []);
}, 60_000);

describe('buildSiteIndex', () => {
  it('finds every record, region and source by its id', () => {
    for (const s of dataset.sources) expect(index.sources.get(s.id)).toBe(s);
    for (const p of dataset.programs) expect(index.programs.get(p.id)).toBe(p);
    for (const b of dataset.budgets) expect(index.budgets.get(b.id)).toBe(b);
    for (const r of regions) expect(index.regions.get(r.identity)).toBe(r);
    expect(index.dataAsOf).toBe(dataDate(dataset.sources));
  });

  it('gives each source the records sourceRecords() finds by scanning', () => {
    for (const s of dataset.sources) expect(index.sourceRecords(s.id)).toEqual(sourceRecords(dataset, s.id));
    expect(index.sourceRecords('no-such-source')).toBeNull();
  });

  it('lists a program’s figures and a region’s budgets in dataset order, as copies', () => {
    const program = dataset.programs[0]!.id;
    expect(index.figuresOfProgram(program)).toEqual(dataset.figures.filter((f) => f.program === program));
    index.figuresOfProgram(program).pop();
    expect(index.figuresOfProgram(program)).toEqual(dataset.figures.filter((f) => f.program === program));
    const identity = dataset.budgets[0]!.region.identity;
    expect(index.budgetsOfRegion(identity).records).toEqual(
      dataset.budgets.filter((b) => b.region.identity === identity),
    );
    expect(index.budgetsOfRegion('none')).toEqual({ records: [], conflicts: [] });
  });

  it('throws for an unknown indicator rather than dropping it', () => {
    expect(() => index.indicator('no-such-indicator')).toThrow('No indicator "no-such-indicator".');
  });
});
