import type { GeoProjection } from 'd3-geo';
import { MapError } from './errors.ts';
import type { RegionFeature } from './layers.ts';
import { NO_DATA_LABEL, svgText } from './legend.ts';
import type { MapMarker, RegionValue } from './choropleth.ts';

// The markup of one region and of one marker. Stroke attributes live once on the regions' group (choropleth.ts):
// written on each of 229 paths they were a few KB of every page that carries a national map.

export function checkHref(href: string): string {
  // Only site paths and web links: a data-supplied "javascript:" URL must never reach an <a>.
  if (!/^(\/(?!\/)|#|https?:\/\/)/.test(href) && !/^[\w.-][\w./-]*$/.test(href)) {
    throw new MapError(`허용되지 않는 링크: "${href}"`, `Refused link target: "${href}"`);
  }
  return href;
}

/** One region's path, inside its link when it has a page; `titles` false leaves out the hover title. */
export function regionSvg(
  feature: RegionFeature,
  entry: RegionValue | undefined,
  path: string,
  fill: string,
  interactive: boolean,
  titles: boolean,
): string {
  const code = feature.properties.code;
  const name = entry?.fullName ?? entry?.name ?? code;
  const value = entry && entry.value !== null ? entry.label : NO_DATA_LABEL;
  const text = svgText(`${name}: ${value}`);
  // What the tooltip script shows (src/browser/mapTooltip.ts); without it, the <title> alone still names the region.
  // With a title the script reads name and value from it (`name: value`), and `data-tip` only marks the region: the
  // same words in data-name and data-value as well were ~1.3 KB gzip of every page that carries a national map.
  const data = entry?.fullName
    ? (titles ? ' data-tip=""' : ` data-name="${svgText(name)}" data-value="${svgText(value)}"`) +
      (entry.rank && entry.value !== null ? ` data-rank="${svgText(entry.rank)}"` : '')
    : '';
  const open = `<path class="map-region" data-code="${code}" d="${path}" fill="${fill}"${data}`;
  // Not interactive: a hover title only, no tab stop (the data table beside the map carries the links).
  if (!interactive) return titles ? `${open}><title>${text}</title></path>` : `${open}/>`;
  // A region without a page is itself the tab stop and carries the name. A link is named by its content: the
  // region's <title>, which is also its hover text (an aria-label on the link only said the same words again).
  if (!titles || !entry?.href) {
    const focus = entry?.href ? '' : ' tabindex="0"';
    const shape = `${open} aria-label="${text}"${focus}>${titles ? `<title>${text}</title>` : ''}</path>`;
    return entry?.href ? `<a class="map-link" href="${svgText(checkHref(entry.href))}">${shape}</a>` : shape;
  }
  return `<a class="map-link" href="${svgText(checkHref(entry.href))}">${open}><title>${text}</title></path></a>`;
}

export function markerSvg(projection: GeoProjection, marker: MapMarker, width: number, height: number): string {
  const p = projection([marker.lon, marker.lat]);
  if (!p || p[0] < 0 || p[1] < 0 || p[0] > width || p[1] > height) return '';
  const [x, y] = [Math.round(p[0] * 10) / 10, Math.round(p[1] * 10) / 10];
  // Labels go left of the point: the markers that matter (독도) sit at the eastern edge of every view.
  return `<g class="map-marker"><circle cx="${x}" cy="${y}" r="2.5" fill="#333" stroke="#fff" stroke-width="1"/><text x="${x - 5}" y="${y + 4}" text-anchor="end" font-size="11" paint-order="stroke" stroke="#fff" stroke-width="3">${svgText(marker.label)}</text></g>`;
}
