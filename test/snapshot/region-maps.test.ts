import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AwardRecord, Dataset } from '../../src/core/domain/dataset/types.ts';
import type { KoreaTopology } from '../../src/core/present/map/types.ts';
import { mapCharts } from '../../src/core/present/charts/mapCharts.ts';
import { locatorContext, locatorMap } from '../../src/core/views/region/regionLocator.ts';
import { loadRegionEntries } from '../support/loadRegistry.ts';
import { expectSvgSnapshot } from '../support/svg-snapshot.ts';

const topology = JSON.parse(
  readFileSync(new URL('../../data/geo/korea.topo.json', import.meta.url), 'utf8'),
) as KoreaTopology;
const regions = loadRegionEntries();
const byId = new Map(regions.map((r) => [r.identity, r]));

/** Fixed synthetic awards: 1–9 per region for a spread of identities, including recoded ones (12xxx, 51xxx, 27720). */
function syntheticAwards(): AwardRecord[] {
  const identities = [
    '11200',
    '11740',
    '12130',
    '12150',
    '12300',
    '12790',
    '26320',
    '27290',
    '27720',
    '28110',
    '41110',
    '41590',
    '47940',
    '48740',
    '50110',
    '51820',
    '52800',
  ];
  return identities.flatMap((identity, i) =>
    Array.from({ length: ((i * 5) % 9) + 1 }, (_, k): AwardRecord => {
      const r = byId.get(identity)!;
      return {
        id: `snap-${identity}-${k}`,
        source: 'snap-source',
        quote: null,
        status: '확인',
        note: null,
        origin: '',
        evaluation: 'mohw-local-welfare-evaluation',
        year: 2015 + k,
        category: '가상 분야',
        grade: '우수',
        rank: null,
        region: { written: r.name, code: identity, identity, name: r.name, fullName: r.fullName, asOf: '2024-01-01' },
        prize: null,
      };
    }),
  );
}

const dataset: Dataset = {
  sources: [
    {
      id: 'snap-source',
      kind: '보도자료',
      title: '가상 출처',
      issuer: '시험',
      published: '2024-01-01',
      url: null,
      locator: null,
      reliability: '원문',
      note: null,
    },
  ],
  programs: [],
  measures: [],
  figures: [],
  budgets: [],
  categories: [],
  evaluations: [
    {
      id: 'mohw-local-welfare-evaluation',
      name: '지역복지사업 평가(가상)',
      organiser: '시험',
      kind: null,
      description: null,
    },
  ],
  awards: syntheticAwards(),
};

describe('region map snapshots', () => {
  it('national awards map from synthetic data (recoded identities drawn on vintage polygons)', async () => {
    const chart = mapCharts({
      dataset,
      regions,
      regionName: new Map(),
      topology,
      base: '',
      maps: [{ id: 'map-awards', kind: 'awards', subject: 'mohw-local-welfare-evaluation', sido: null, page: 'home' }],
    }).find((c) => c.id === 'map-awards')!;
    expect(chart.rows).toHaveLength(17);
    expect(chart.svg).toMatch(
      /href="\/regions\/12130\/"><path class="map-region" data-code="46130" [^>]*><title>\S+ 여수시: \d건<\/title>/,
    );
    await expectSvgSnapshot('region-map-awards', chart.svg);
  });

  it('locator map of 여수시', async () => {
    const svg = locatorMap(locatorContext(topology, regions, ''), byId.get('12130')!).svg!;
    await expectSvgSnapshot('region-locator-12130', svg);
  });
});
