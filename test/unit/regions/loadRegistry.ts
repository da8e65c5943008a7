// Test helper: reads the committed registry files (tests may do I/O; the core may not).
import { readFileSync } from 'node:fs';
import { parseRegistry, type RegionRegistry } from '../../../src/lib/regions/index.ts';

export const REPO_ROOT = new URL('../../../', import.meta.url);

/** Raw text of data/regions/<name>. */
export function readRegionFile(name: 'regions.csv' | 'changes.csv'): string {
  return readFileSync(new URL(`data/regions/${name}`, REPO_ROOT), 'utf8');
}

/** The parsed committed registry. */
export function loadRegistry(): RegionRegistry {
  return parseRegistry(readRegionFile('regions.csv'), readRegionFile('changes.csv'));
}
