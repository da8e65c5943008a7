import type { NationalIndicator } from '../core/views/indicators/national.ts';
import { siteIndex } from './data.ts';

// Kept for src/pages/indicators/[id]/[year].astro, which is edited elsewhere; new code reads siteIndex().national.

/** Every national indicator, computed once per build with the site index. */
export function national(): NationalIndicator[] {
  return siteIndex().national;
}

/** One indicator by id; throws so a page never silently drops one. */
export function nationalById(id: string): NationalIndicator {
  return siteIndex().indicator(id);
}
