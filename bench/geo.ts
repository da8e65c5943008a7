// Times the geometry build and measures the inline national map. Usage: npx node bench/geo.ts
import { gzipSync } from 'node:zlib';
import { buildGeoText, loadSource } from '../scripts/build-geo.ts';
import { buildTopology } from '../src/core/present/map/buildTopology.ts';
import { renderChoropleth, type RegionValue } from '../src/core/present/map/choropleth.ts';
import { codesOf } from '../src/core/present/map/layers.ts';
import { sequentialPalette } from '../src/core/present/map/scales.ts';
import type { KoreaTopology } from '../src/core/present/map/types.ts';

const KB = 1024;
const time = <T>(fn: () => T): [T, number] => {
  const start = performance.now();
  const result = fn();
  return [result, performance.now() - start];
};

const [source, loadMs] = time(loadSource);
const [, buildMs] = time(() => buildTopology({ features: source.features }, { source: 'bench', vintage: 'bench' }));
const [text, fullMs] = time(buildGeoText);
const topology = JSON.parse(text) as KoreaTopology;

const codes = codesOf(topology, 'sigungu');
// Realistic label lengths: a 3-character name, a figure like "1,234억 원" and a page link per region.
const values = new Map<string, RegionValue>(
  codes.map((code, i) => [
    code,
    { value: (i * 37) % 100, label: `${(i * 37) % 100},${100 + i}억 원`, name: '여수시', href: `/regions/${code}/` },
  ]),
);
const render = () =>
  renderChoropleth({
    topology,
    layer: 'sigungu',
    values,
    scale: { kind: 'threshold', domain: [20, 40, 60, 80], colors: sequentialPalette('blues', 5) },
    title: '시군구별 복지 예산',
    description: '229개 시군구의 복지 예산',
    legendTitle: '예산',
    formatLegend: (n) => `${n}억 원`,
    idPrefix: 'bench',
    outline: 'sido',
  }).svg;
render(); // warm-up
const [svg, renderMs] = time(render);
const raw = Buffer.byteLength(svg);
const gz = gzipSync(svg, { level: 9 }).length;
const topoGz = gzipSync(text, { level: 9 }).length;

console.log(`source load (26 MB module):     ${loadMs.toFixed(0)} ms`);
console.log(`topology build (pure):          ${buildMs.toFixed(0)} ms   (target ≤ 15000)`);
console.log(`load + build + checks (script): ${fullMs.toFixed(0)} ms`);
console.log(
  `korea.topo.json:                ${(Buffer.byteLength(text) / KB).toFixed(1)} KB raw, ${(topoGz / KB).toFixed(1)} KB gzip (target ≤ 200 KB raw)`,
);
console.log(`national 자치단체 map render:    ${renderMs.toFixed(1)} ms`);
console.log(
  `national 자치단체 map SVG:       ${(raw / KB).toFixed(1)} KB raw, ${(gz / KB).toFixed(1)} KB gzip (target ≤ 60 KB gzip)`,
);
if (gz > 60 * KB || Buffer.byteLength(text) > 200 * KB || buildMs > 15000) process.exitCode = 1;
