import type { ChoroplethInput, RegionValue } from '../../src/core/present/map/choropleth.ts';
import { sequentialPalette } from '../../src/core/present/map/scales.ts';
import { topology } from './topology.ts';

/** The five colours of the test maps' scale, lowest class first. */
export const TEST_COLORS = sequentialPalette('blues', 5);

/** A choropleth request over the committed topology (`extra` overrides any field, the topology included). */
export function mapInput(values: Map<string, RegionValue>, extra: Partial<ChoroplethInput> = {}): ChoroplethInput {
  return {
    topology,
    layer: 'sigungu',
    values,
    scale: { kind: 'threshold', domain: [10, 20, 30, 40], colors: TEST_COLORS },
    title: '시험 지도',
    description: '시험용 값',
    legendTitle: '예산',
    formatLegend: (n) => `${n}억 원`,
    idPrefix: 'm1',
    ...extra,
  };
}
