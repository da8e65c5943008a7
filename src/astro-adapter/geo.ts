import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KoreaTopology } from '../core/present/map/types.ts';
import type { RegionEntry } from '../core/site/siteData.ts';
import {
  locatorContext,
  locatorMap,
  type LocatorContext,
  type LocatorMap,
} from '../core/views/region/regionLocator.ts';
import { siteData } from './data.ts';
import { siteLocation } from './site.ts';

// The committed topology is read once per build and shared by every map (national, 전남, ~300 locator maps).
let cache: KoreaTopology | undefined;

/** The project's 시군구 topology (data/geo/korea.topo.json), vintage 2024-01-01..2026-06-30. */
export function koreaTopology(): KoreaTopology {
  cache ??= JSON.parse(readFileSync(join(process.cwd(), 'data', 'geo', 'korea.topo.json'), 'utf8')) as KoreaTopology;
  return cache;
}

/** The site's base path without a trailing slash ('' at a domain root), for links inside server-rendered SVG. */
export function siteBase(): string {
  return siteLocation().base.replace(/\/$/, '');
}

let locators: LocatorContext | undefined;

/** The locator (or 시도) map of a region page; the indexes behind it are built once for all ~300 pages. */
export function regionLocator(entry: RegionEntry): LocatorMap {
  locators ??= locatorContext(koreaTopology(), siteData().regions, siteBase());
  return locatorMap(locators, entry);
}
