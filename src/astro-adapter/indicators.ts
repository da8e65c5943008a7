import { nationalIndicators, type NationalIndicator } from '../core/views/indicators/national.ts';
import { siteData } from './data.ts';

let cache: NationalIndicator[] | undefined;

/** Every national indicator computed once per build (pages, charts and downloads share it). */
export function national(): NationalIndicator[] {
  if (!cache) {
    const { dataset, regions, indicators } = siteData();
    cache = nationalIndicators(dataset, regions, indicators);
  }
  return cache;
}

/** One indicator by id; throws so a page never silently drops one. */
export function nationalById(id: string): NationalIndicator {
  const found = national().find((n) => n.indicator.id === id);
  if (!found) throw new Error(`No indicator "${id}".`);
  return found;
}
