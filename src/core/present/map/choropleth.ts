import { mesh } from 'topojson-client';
import { drawnOnce } from './drawCache.ts';
import { MapError } from './errors.ts';
import { DOKDO } from './islets.ts';
import { featuresOf, type RegionFeature } from './layers.ts';
import { legendHtml, legendLabels, legendSize, legendSvg, svgText } from './legend.ts';
import { sido2026Of } from './parents.ts';
import { nationalAspect, nationalProjection, regionalAspect, regionalProjection } from './projection.ts';
import { markerSvg, regionSvg } from './regionMarkup.ts';
import { simplifiedFor } from './screenSimplify.ts';
import { colorOf, validateScale, type ChoroplethScale } from './scales.ts';
import { svgPathData } from './svgPath.ts';
import type { CodeProperties, KoreaTopology } from './types.ts';

/** What the map shows for one region; `name` comes from the region registry, never from the geometry. */
export interface RegionValue {
  value: number | null;
  /** Formatted value, e.g. '228억 원'. */
  label: string;
  href?: string;
  name: string;
  /** Name with its 시도 (e.g. `서울특별시 중구`): used in titles and the tooltip, where `name` alone can be ambiguous. */
  fullName?: string;
  /** Rank among the map's values, as shown (e.g. `3위 / 22곳`); goes to the tooltip only. */
  rank?: string;
}

/** A point drawn on top of the regions, with a text label. */
export interface MapMarker {
  lon: number;
  lat: number;
  label: string;
}

/** Everything a choropleth needs; codes are those of the geometry vintage (2024-01-01..2026-06-30). */
export interface ChoroplethInput {
  topology: KoreaTopology;
  layer: 'sigungu' | 'gu';
  /** Subset to draw (e.g. the 22 전남 시군); the map is then fitted to it. Omitted: the whole country, fixed frame. */
  featureCodes?: readonly string[];
  values: ReadonlyMap<string, RegionValue>;
  scale: ChoroplethScale;
  title: string;
  description: string;
  legendTitle: string;
  formatLegend: (n: number) => string;
  width?: number;
  height?: number;
  /** Prefix of every id in the SVG, so several maps can share a page. */
  idPrefix: string;
  outline?: 'sido' | 'sido2026';
  markers?: readonly MapMarker[];
  /** Decimals of path coordinates: 0 (default, smallest) or 1. */
  digits?: 0 | 1;
  /** Role of the root element: 'img' (default) or 'group', which keeps the region links visible to screen readers. */
  rootRole?: 'img' | 'group';
  /** Draw the legend (default true). Locator maps, whose one coloured region is named in the text, leave it out. */
  legend?: boolean;
  /** Regions are links or tab stops (default true); false keeps only hover titles, for maps whose table has the links. */
  interactive?: boolean;
  /** Hover titles on regions (default true); tiny locator maps, named by their root title, leave them out. */
  titles?: boolean;
  /** Legend text per class, for categorical maps (e.g. grades) whose classes are not numeric ranges. */
  legendLabels?: readonly string[];
  /** Draw the thin grey edge round the shown area (default true); small locators leave it out to stay small. */
  edge?: boolean;
}

/** The SVG text plus what could not be drawn. */
export interface ChoroplethResult {
  svg: string;
  /** Requested codes (featureCodes, or the keys of `values` for a national map) without a polygon in the layer. */
  missing: string[];
  /** Drawn regions that had no entry in `values`: drawn as no data and titled with their code. */
  noEntry: string[];
  /** The legend as HTML (when drawn), for pages to show in narrow containers instead of the shrunken SVG legend. */
  legendHtml?: string;
}

const DEFAULT_WIDTH = 640;
const GAP = 12;
const MARGIN = 8;

function checkId(idPrefix: string): void {
  if (!/^[A-Za-z][\w-]*$/.test(idPrefix)) {
    throw new MapError(
      `id 접두어는 영문자로 시작하는 [A-Za-z0-9_-]여야 함: "${idPrefix}"`,
      `Invalid idPrefix "${idPrefix}"`,
    );
  }
}

function pickFeatures(
  all: RegionFeature[],
  codes: readonly string[] | undefined,
): { shown: RegionFeature[]; missing: string[] } {
  if (!codes) return { shown: all, missing: [] };
  const byCode = new Map(all.map((f) => [f.properties.code, f]));
  const wanted = [...new Set(codes)].sort();
  return {
    shown: wanted.flatMap((c) => (byCode.has(c) ? [byCode.get(c)!] : [])),
    missing: wanted.filter((c) => !byCode.has(c)),
  };
}

/** Renders a choropleth of 시군구 (or 행정구) as a self-contained, accessible SVG string; pure and deterministic. */
export function renderChoropleth(input: ChoroplethInput): ChoroplethResult {
  const { topology, layer, values, scale, idPrefix, digits = 0, rootRole = 'img', interactive = true } = input;
  const withLegend = input.legend ?? true;
  checkId(idPrefix);
  validateScale(scale);
  const all = featuresOf(topology, layer);
  const national = input.featureCodes === undefined;
  const { shown, missing: missingRequested } = pickFeatures(all, input.featureCodes);
  if (shown.length === 0) throw new MapError('그릴 지역이 없음', 'No region of the request exists in the layer');
  const present = new Set(all.map((f) => f.properties.code));
  const missing = national ? [...values.keys()].filter((c) => !present.has(c)).sort() : missingRequested;

  const labels = input.legendLabels ?? legendLabels(scale, input.formatLegend);
  if (labels.length !== scale.colors.length)
    throw new MapError('범례 글 수가 색 수와 다름', 'legendLabels needs one label per colour class');
  const legend = withLegend ? legendSize(input.legendTitle, labels) : { width: -GAP, height: 0 };
  const width = input.width ?? DEFAULT_WIDTH;
  // National maps keep the legend in the empty sea south-east of 부산; regional maps give it a column on the right.
  const mapWidth = national ? width : width - legend.width - GAP;
  const aspect = national ? nationalAspect() : regionalAspect(shown);
  const height = input.height ?? Math.max(Math.round(mapWidth / aspect), legend.height + 2 * MARGIN);
  const projection = national
    ? nationalProjection([
        [MARGIN, MARGIN],
        [width - MARGIN, height - MARGIN],
      ])
    : regionalProjection(
        shown,
        [
          [0, 0],
          [mapWidth, height],
        ],
        MARGIN,
      );

  // Everything the projection and meshes depend on; paths drawn under one view are reused by every map of it.
  const view = `${layer}|${digits}|${mapWidth}/${width}x${height}|${national ? 'national' : shown.map((f) => f.properties.code).join(',')}`;
  const drawn = (key: string, make: () => string) => drawnOnce(topology, `${view}|${key}`, make);
  // What is drawn: the topology with the points this map's size cannot show left out (screenSimplify.ts).
  const [, y36] = projection([127.5, 36]) ?? [0, 0];
  const [, y37] = projection([127.5, 37]) ?? [0, 0];
  const geo = simplifiedFor(topology, Math.abs(y36 - y37));
  const geoFeatures = new Map(featuresOf(geo, layer).map((f) => [f.properties.code, f]));
  const p = svgText(idPrefix);
  const noDataFill = `url(#${p}-nodata)`;
  const regions = shown
    .map((f) => {
      const entry = values.get(f.properties.code);
      const fill =
        entry && entry.value !== null && Number.isFinite(entry.value)
          ? svgText(colorOf(scale, entry.value))
          : noDataFill;
      const path = drawn(`region|${f.properties.code}`, () =>
        svgPathData(projection, geoFeatures.get(f.properties.code)!, digits),
      );
      return regionSvg(f, entry, path, fill, interactive, input.titles ?? true);
    })
    .join('');

  // A thin grey edge round the drawn area, so pale classes (and small islands) still read against a white page.
  // (Drawing the regions again underneath with <use> would save these points, but Chromium makes the links inside a
  // <use> copy tab stops: every region would be reached twice by keyboard.)
  const shownCodes = new Set(shown.map((f) => f.properties.code));
  const isShown = (g: { properties?: unknown }) => shownCodes.has((g.properties as CodeProperties).code);
  const edge = () => mesh(geo, geo.objects[layer], (a, b) => (a === b ? isShown(a) : isShown(a) !== isShown(b)));
  const coast =
    input.edge === false
      ? ''
      : `<path class="map-edge" d="${drawn('edge', () => svgPathData(projection, edge(), digits))}" fill="none" stroke="#8c8c8c" stroke-width=".5" stroke-linejoin="round" pointer-events="none"/>`;
  const regionGroup = `<g class="map-regions" stroke="#fff" stroke-width=".5" stroke-linejoin="round">${regions}</g>`;

  let outline = '';
  if (input.outline) {
    const object = geo.objects[input.outline];
    const toOutline = (code: string) =>
      input.outline === 'sido2026' ? sido2026Of(code.slice(0, 2)) : code.slice(0, 2);
    const inView = new Set(shown.map((f) => toOutline(f.properties.code)));
    const codeOf = (g: { properties?: unknown }) => String((g.properties as Partial<CodeProperties> | undefined)?.code);
    const borders = () => mesh(geo, object, (a, b) => a !== b && (inView.has(codeOf(a)) || inView.has(codeOf(b))));
    const d = drawn(`outline|${input.outline}`, () => svgPathData(projection, borders(), digits));
    outline = `<path class="map-outline" d="${d}" fill="none" stroke="#333" stroke-width="1" stroke-linejoin="round" pointer-events="none"/>`;
  }

  const markers = [...(input.markers ?? [])];
  if (shown.some((f) => f.properties.code === DOKDO.code) && !markers.some((m) => m.label === DOKDO.name)) {
    // 독도 is a few hundred metres across: below a pixel on most maps, so it always gets an explicit marker.
    markers.push({ lon: DOKDO.lon, lat: DOKDO.lat, label: DOKDO.name });
  }
  const markerText = markers.map((m) => markerSvg(projection, m, width, height)).join('');

  const legendX = width - legend.width - (national ? MARGIN : 0);
  const legendY = height - legend.height - MARGIN;
  const defs =
    `<defs><pattern id="${p}-nodata" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">` +
    `<rect width="6" height="6" fill="#f2f2f2"/><line x1="0" y1="0" x2="0" y2="6" stroke="#8c8c8c" stroke-width="2"/></pattern></defs>`;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" id="${p}" class="choropleth" viewBox="0 0 ${width} ${height}" role="${rootRole}" aria-labelledby="${p}-title ${p}-desc" font-family="sans-serif">` +
    `<title id="${p}-title">${svgText(input.title)}</title><desc id="${p}-desc">${svgText(input.description)}</desc>${defs}` +
    `${regionGroup}${coast}${outline}${markerText}` +
    (withLegend ? legendSvg({ scale, title: input.legendTitle, labels, x: legendX, y: legendY, noDataFill }) : '') +
    `</svg>`;
  const noEntry = shown.map((f) => f.properties.code).filter((c) => !values.has(c));
  return {
    svg,
    missing,
    noEntry,
    ...(withLegend ? { legendHtml: legendHtml({ scale, title: input.legendTitle, labels }) } : {}),
  };
}
