import { describe, expect, it } from 'vitest';
import { renderChoropleth, type ChoroplethInput } from '../../../../src/core/present/map/choropleth.ts';
import { drawnOnce } from '../../../../src/core/present/map/drawCache.ts';
import { codesInSido } from '../../../../src/core/present/map/layers.ts';
import type { KoreaTopology } from '../../../../src/core/present/map/types.ts';
import { mapInput } from '../../../support/mapInput.ts';
import { topology } from '../../../support/topology.ts';

const input = (topo: KoreaTopology, extra: Partial<ChoroplethInput>) =>
  mapInput(new Map(), { topology: topo, ...extra });
/** A structurally equal topology that shares no cache entry with `topology`. */
const fresh = (): KoreaTopology => structuredClone(topology);

describe('drawnOnce', () => {
  it('makes a value once per topology and key', () => {
    const a = {};
    const b = {};
    let made = 0;
    const make = () => ++made;
    expect([
      drawnOnce(a, 'k', make),
      drawnOnce(a, 'k', make),
      drawnOnce(b, 'k', make),
      drawnOnce(a, 'j', make),
    ]).toEqual([1, 1, 2, 3]);
  });
});

describe('maps drawn with shared geometry', () => {
  // Each case is drawn after the others on one topology and alone on a fresh one: a key that missed something the
  // drawing depends on (size, legend column, shown units, grid, layer) would hand one view another view's paths.
  const cases: Array<[string, Partial<ChoroplethInput>]> = [
    ['national 640', {}],
    ['national 360', { width: 360 }],
    ['national, 0.1 grid', { digits: 1 }],
    ['national 행정구 layer', { layer: 'gu' }],
    ['부산 regional', { featureCodes: codesInSido(topology, '26') }],
    ['부산 regional without legend', { featureCodes: codesInSido(topology, '26'), legend: false }],
    ['대구 regional', { featureCodes: codesInSido(topology, '27'), outline: 'sido' }],
  ];
  const shared = cases.map(([, extra]) => renderChoropleth(input(topology, extra)).svg);
  it.each(cases.map(([name], i) => [name, i] as const))('%s matches a drawing on a fresh topology', (_, i) => {
    expect(shared[i]).toBe(renderChoropleth(input(fresh(), cases[i]![1])).svg);
  });
  it('draws different views differently (the cases are not all one picture)', () => {
    expect(new Set(shared.map((svg) => svg.replace(/id="[^"]*"/g, ''))).size).toBe(cases.length);
  });
});
