import { distinctAwards, placeAwards } from '../../views/awards.ts';
import { codesInSido, codesOf } from '../map/layers.ts';
import type { Chart } from './chartModel.ts';
import type { ChartContext } from './context.ts';
import { awardDotChart } from './awardDotChart.ts';
import { awardMapChart } from './awardMapChart.ts';

/**
 * Every award chart: a dot plot per evaluation with enough awards, and for the same evaluations a map of the best
 * grade per 시군구 for each year (needs the topology; without it only the dot plots are built).
 */
export function awardCharts(context: ChartContext): Chart[] {
  const { dataset, regions, topology } = context;
  const charts: Chart[] = [];
  for (const evaluation of dataset.evaluations) {
    const awards = dataset.awards.filter((a) => a.evaluation === evaluation.id);
    const dots = awardDotChart({ evaluation, awards, regions, sources: dataset.sources });
    if (!dots) continue;
    charts.push(dots);
    if (!topology) continue;
    // One frame for every year of an evaluation: a 시도's own map when all its awards lie there, else the country.
    const layer = new Set(codesOf(topology, 'sigungu'));
    const placed = placeAwards(distinctAwards(awards), regions, layer).placed;
    const sidos = new Set([...placed.keys()].map((c) => c.slice(0, 2)));
    const featureCodes = sidos.size === 1 ? codesInSido(topology, [...sidos][0]!) : undefined;
    const years = [...new Set(awards.map((a) => a.year))].sort((a, b) => a - b);
    for (const year of years) {
      charts.push(
        awardMapChart({
          evaluation,
          year,
          awards: awards.filter((a) => a.year === year),
          regions,
          sources: dataset.sources,
          topology,
          featureCodes,
        }),
      );
    }
  }
  return charts;
}
