import type { Chart } from './chartModel.ts';
import { geometryIndex } from '../../views/region/regionMaps.ts';
import type { MapEnv } from './choroplethChart.ts';
import type { ChartContext } from './context.ts';
import { awardsMap } from './awardsMap.ts';
import { budgetBasisMap } from './budgetBasisMap.ts';
import { programMap } from './programMap.ts';

/** The editorial maps data/maps.csv declares (the indicator maps come from indicatorCharts). */
export function mapCharts(context: ChartContext): Chart[] {
  const { topology, regions, dataset } = context;
  if (!topology) return [];
  const env: MapEnv = {
    topology,
    sigungu: geometryIndex(regions, topology, 'sigungu'),
    byIdentity: new Map(regions.map((r) => [r.identity, r])),
    base: context.base ?? '',
  };
  const build = { awards: awardsMap, 'budget-basis': budgetBasisMap, 'program-latest': programMap };
  return (context.maps ?? []).map((decl) => build[decl.kind](env, dataset, decl)).filter((c): c is Chart => c !== null);
}
