import { geoArea } from 'd3-geo';
import type { Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { buildGeoText } from '../../../../scripts/build-geo.ts';
import { joinArcs } from '../../../../src/core/present/map/joinArcs.ts';
import { rewindForD3, ringDoubleArea } from '../../../../src/core/present/map/rewind.ts';
import { topologyText } from '../../../support/topology.ts';

// A 0.1° square near 여수, wound counter-clockwise as RFC 7946 (and the package) does.
const ccwSquare: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [127.6, 34.7],
      [127.7, 34.7],
      [127.7, 34.8],
      [127.6, 34.8],
      [127.6, 34.7],
    ],
  ],
};

describe('rewindForD3', () => {
  it('turns a counter-clockwise ring d3 reads as "everything else" into a small area', () => {
    expect(geoArea(ccwSquare)).toBeGreaterThan(2 * Math.PI);
    const rewound = rewindForD3(ccwSquare);
    // 0.1° × 0.1° at 34.75°N ≈ 101.6 km² ≈ 2.5e-6 sr.
    expect(geoArea(rewound) * 6371 ** 2).toBeCloseTo(101.6, 0);
    expect(rewindForD3(rewound)).toEqual(rewound);
    expect(ccwSquare.coordinates[0]![1]).toEqual([127.7, 34.7]);
  });

  it('winds holes opposite to their exterior', () => {
    const hole = [
      [127.62, 34.72],
      [127.62, 34.74],
      [127.64, 34.74],
      [127.64, 34.72],
      [127.62, 34.72],
    ];
    const rewound = rewindForD3({ type: 'Polygon', coordinates: [ccwSquare.coordinates[0]!, hole] });
    expect(Math.sign(ringDoubleArea(rewound.coordinates[0]!))).toBe(-1);
    expect(Math.sign(ringDoubleArea(rewound.coordinates[1]!))).toBe(1);
    expect(geoArea(rewound)).toBeLessThan(geoArea(rewindForD3(ccwSquare)));
  });
});

describe('joinArcs', () => {
  it('joins arcs that always follow each other and keeps shared borders shared', () => {
    // Two unit squares side by side; the left square's outer boundary is cut into three arcs at (0,0) and (0,1).
    const topology = {
      type: 'Topology',
      arcs: [
        [
          [1, 0],
          [1, 1],
        ], // 0: shared border, drawn upward
        [
          [1, 1],
          [0, 1],
        ], // 1: left top
        [
          [0, 1],
          [0, 0],
        ], // 2: left side
        [
          [0, 0],
          [1, 0],
        ], // 3: left bottom
        [
          [1, 0],
          [2, 0],
          [2, 1],
          [1, 1],
        ], // 4: right square's outer boundary
      ],
      objects: {
        squares: {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Polygon', arcs: [[0, 1, 2, 3]] },
            { type: 'Polygon', arcs: [[4, ~0]] },
          ],
        },
      },
    } as unknown as Topology;
    joinArcs(topology);
    const geometries = (topology.objects.squares as unknown as { geometries: Array<{ arcs: number[][] }> }).geometries;
    const left = geometries[0]!.arcs[0]!;
    const right = geometries[1]!.arcs[0]!;
    expect(left).toHaveLength(2);
    expect(right).toEqual([4, ~0]);
    expect(left).toContain(0);
    const joined = left.find((a) => a !== 0)!;
    expect(topology.arcs[joined]).toEqual([
      [1, 1],
      [0, 1],
      [0, 0],
      [1, 0],
    ]);
  });
});

describe('scripts/build-geo.ts', () => {
  it('rebuilds the committed topology byte for byte, twice (deterministic and up to date)', () => {
    const first = buildGeoText();
    const second = buildGeoText();
    expect(second).toBe(first);
    expect(first).toBe(topologyText);
  });
});
