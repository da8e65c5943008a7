import { readFileSync } from 'node:fs';
import type { KoreaTopology } from '../../src/core/present/map/types.ts';

/** Path of the committed topology, relative to the repository root (tests run from there). */
export const TOPOLOGY_PATH = new URL('../../data/geo/korea.topo.json', import.meta.url);

/** The committed topology text, read once per test file. */
export const topologyText = readFileSync(TOPOLOGY_PATH, 'utf8');

/** The committed topology, parsed. */
export const topology = JSON.parse(topologyText) as KoreaTopology;
