import { renderChoropleth, type RegionValue } from '../map/choropleth.ts';
import { thresholdScaleFor, type ChoroplethScale, type PaletteName } from '../map/scales.ts';
import type { KoreaTopology } from '../map/types.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import { drawnOnRead, type Chart, type ChartColumn, type ChartRow } from './chartModel.ts';
import {
  noPolygonReason,
  noPolygonSentence,
  regionPath,
  SIGUNGU_KINDS,
  toGeometryValues,
  type GeometryIndex,
} from '../../views/region/regionMaps.ts';

/** One region's value on a map, and its row in the chart's data table. */
export interface MapItem {
  identity: string;
  value: number;
  /** Formatted value for the region's tooltip, e.g. `35.06% (2016년)`. */
  label: string;
  row: ChartRow;
}

/** Everything that differs between the site's choropleth charts. */
export interface MapSpec {
  id: string;
  title: string;
  subtitle: string;
  description: string;
  legendTitle: string;
  formatLegend: (n: number) => string;
  palette: PaletteName;
  /** Explicit scale; default: quantile classes of the values. */
  scale?: ChoroplethScale;
  columns: ChartColumn[];
  items: MapItem[];
  sourceIds: string[];
  page: string;
  notes: string[];
  /** Geometry codes to draw (a regional map); omitted: the whole country. */
  featureCodes?: readonly string[];
  /** Legend text per class (categorical maps, whole-number classes). */
  legendLabels?: readonly string[];
  /** Regions as links (default true); false when the table under the map carries the links, to keep pages small. */
  interactive?: boolean;
}

/** What every map builder shares: geometry, its index, region facts and the base path for links. */
export interface MapEnv {
  topology: KoreaTopology;
  sigungu: GeometryIndex;
  byIdentity: ReadonlyMap<string, RegionEntry>;
  base: string;
}

/** Items whose region is a 시군구 (drawable on the sigungu layer), and a sentence for the others (시도, 행정구, 전국). */
export function splitByLevel<T extends { identity: string }>(
  env: MapEnv,
  items: readonly T[],
  what: string,
): { sigungu: T[]; note: string | null } {
  const sigungu = items.filter((i) => SIGUNGU_KINDS.includes(env.byIdentity.get(i.identity)?.kind ?? ''));
  const others = items.filter((i) => !sigungu.includes(i));
  if (others.length === 0) return { sigungu, note: null };
  const names = [...new Set(others.map((i) => env.byIdentity.get(i.identity)?.name ?? i.identity))];
  return {
    sigungu,
    note: `시군구가 아닌 단위(${names.join(', ')})의 ${what} ${others.length}건은 시군구 지도에 그리지 않았고 각 지역 페이지에 있습니다.`,
  };
}

/** The credit line the geometry's licence asks for, with its vintage. */
export function mapCredit(topology: KoreaTopology): string {
  const [from, to] = topology.metadata.vintage.split('..');
  return `지도 경계: ${topology.metadata.source} (MIT 라이선스), ${from}~${to} 기준 시군구 경계.`;
}

/** A choropleth Chart: regions linked to their pages, the data table in `rows`, and every undrawable region named in `notes`. */
export function choroplethChart(env: MapEnv, spec: MapSpec): Chart {
  const scale =
    spec.scale ??
    thresholdScaleFor(
      spec.items.map((i) => i.value),
      spec.palette,
      5,
    );
  const draw = () =>
    renderChoropleth({
      topology: env.topology,
      layer: 'sigungu',
      ...(spec.featureCodes ? { featureCodes: spec.featureCodes } : {}),
      values: drawnValues(env, spec),
      scale,
      title: spec.title,
      description: spec.description,
      legendTitle: spec.legendTitle,
      formatLegend: spec.formatLegend,
      // The figure around the chart carries the chart's id; the SVG inside needs its own.
      idPrefix: `chart-${spec.id}`,
      ...(spec.featureCodes ? {} : { outline: 'sido' as const }),
      rootRole: spec.interactive === false ? 'img' : 'group',
      ...(spec.legendLabels ? { legendLabels: spec.legendLabels } : {}),
      ...(spec.interactive === false ? { interactive: false } : {}),
    });
  // Regions with a value but no polygon in the geometry's vintage: named in a note, never dropped silently.
  const unmapped = [...new Set(spec.items.map((i) => i.identity))]
    .filter((identity) => !env.sigungu.codeByIdentity.has(identity))
    .sort();
  const missing = unmapped.flatMap((identity) => {
    const entry = env.byIdentity.get(identity);
    return entry
      ? [{ identity, name: entry.name, fullName: entry.fullName, ...noPolygonReason(entry, env.sigungu.vintage) }]
      : [];
  });
  const notes = [
    ...spec.notes,
    ...(missing.length > 0
      ? [`값이 있으나 ${noPolygonSentence(missing, env.sigungu.vintage)} 값은 표에 있습니다.`]
      : []),
    mapCredit(env.topology),
  ];
  return drawnOnRead(
    {
      id: spec.id,
      kind: 'map',
      title: spec.title,
      subtitle: spec.subtitle,
      description: spec.description,
      columns: spec.columns,
      rows: spec.items.map((i) => i.row),
      sourceIds: spec.sourceIds,
      page: spec.page,
      notes,
    },
    draw,
  );
}

/**
 * Every drawn region's value, label, name, link and rank, keyed by geometry code; regions without a value still link to
 * their pages. Made when the map is drawn: a national build lists ~800 maps in each Astro process but draws only its
 * share, and these entries (with their rank and tooltip strings) were 64 MB of every process at 1× when made up front.
 */
function drawnValues(env: MapEnv, spec: MapSpec): Map<string, RegionValue> {
  const ranks = rankLabels(spec.items);
  const byIdentity = new Map<string, RegionValue>(
    spec.items.map((i) => {
      const region = env.byIdentity.get(i.identity);
      const name = region?.name ?? i.identity;
      const href = `${env.base}${regionPath(i.identity)}`;
      return [i.identity, { value: i.value, label: i.label, name, href, ...fullNameOf(region), rank: ranks.get(i) }];
    }),
  );
  const { values } = toGeometryValues(env.sigungu, byIdentity);
  // Regions drawn without a value still link to their pages, so keyboard users can reach every region from the map.
  const drawn = spec.featureCodes ?? [...env.sigungu.identityByCode.keys()];
  for (const code of drawn) {
    const identity = env.sigungu.identityByCode.get(code);
    if (values.has(code) || identity === undefined) continue;
    const region = env.byIdentity.get(identity);
    const name = region?.name ?? identity;
    values.set(code, {
      value: null,
      label: '',
      name,
      href: `${env.base}${regionPath(identity)}`,
      ...fullNameOf(region),
    });
  }
  return values;
}

function fullNameOf(region: RegionEntry | undefined): { fullName?: string } {
  return region?.fullName ? { fullName: region.fullName } : {};
}

/** Rank by value, largest first, ties sharing a rank (`3위 / 22곳`): the tooltip's answer to "how does it compare". */
function rankLabels(items: readonly MapItem[]): Map<MapItem, string> {
  const sorted = [...items].sort((a, b) => b.value - a.value);
  const out = new Map<MapItem, string>();
  // Equal values are neighbours once sorted: a tie takes the rank of the first of its run.
  let first = 0;
  sorted.forEach((item, i) => {
    if (i > 0 && item.value !== sorted[i - 1]!.value) first = i;
    out.set(item, `큰 값 순위 ${first + 1}위 / ${sorted.length}곳`);
  });
  return out;
}
