// Test helper: reads the committed registry files (tests may do I/O; the core may not).
import { readFileSync } from 'node:fs';
import {
  listIdentities,
  parseRegistry,
  regionHistory,
  type RegionRegistry,
  type Resolution,
} from '../../src/core/domain/regions/index.ts';
import type { RegionEntry } from '../../src/core/site/siteData.ts';

export const REPO_ROOT = new URL('../../', import.meta.url);

/** Raw text of data/regions/<name>. */
export function readRegionFile(name: 'regions.csv' | 'changes.csv' | 'lofin-codes.csv'): string {
  return readFileSync(new URL(`data/regions/${name}`, REPO_ROOT), 'utf8');
}

/** The parsed committed registry, with the 지방재정365 crosswalk. */
export function loadRegistry(): RegionRegistry {
  return parseRegistry(readRegionFile('regions.csv'), readRegionFile('changes.csv'), readRegionFile('lofin-codes.csv'));
}

/** The region entries the pages are built from (identity summaries with their histories), for the committed registry. */
export function loadRegionEntries(): RegionEntry[] {
  const registry = loadRegistry();
  return listIdentities(registry).map((r) => ({ ...r, history: regionHistory(registry, r.identity) }));
}

/** A resolution that must have succeeded; fails the test with the resolver's own message otherwise. */
export function resolved(r: Resolution): Extract<Resolution, { ok: true }> {
  if (!r.ok) throw new Error(r.error.en);
  return r;
}

/** A resolution that must have failed: its error. */
export function unresolved(r: Resolution): Extract<Resolution, { ok: false }>['error'] {
  if (r.ok) throw new Error(`unexpectedly resolved to ${r.code}`);
  return r.error;
}
