import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/core/domain/dataset/types.ts';
import { compactJsonPieces } from '../../../src/core/publish/compactJson.ts';
import { buildRealSiteData } from '../../support/siteData.ts';

let dataset: Dataset;
beforeAll(async () => {
  ({ dataset } = await buildRealSiteData());
}, 120_000);

describe('compactJsonPieces', () => {
  it('joins to exactly JSON.stringify of the real dataset, one piece per record', () => {
    const pieces = [...compactJsonPieces(dataset as unknown as Record<string, unknown>)];
    expect(pieces.join('')).toBe(JSON.stringify(dataset));
    const records = Object.values(dataset).reduce((n, list: unknown[]) => n + list.length, 0);
    // '{', then per table its opening and closing piece, and one piece per record.
    expect(pieces).toHaveLength(2 + 2 * Object.keys(dataset).length + records);
  });

  it('writes what JSON.stringify writes for empty arrays, non-array values and unrepresentable ones', () => {
    const value = {
      empty: [],
      list: [1, undefined, 'é', { a: undefined, b: null }, () => 1],
      text: '줄\n"바꿈"',
      count: 3,
      nothing: null,
      skipped: undefined,
      alsoSkipped: () => 1,
      nested: { x: [1, 2] },
    };
    expect([...compactJsonPieces(value)].join('')).toBe(JSON.stringify(value));
    expect([...compactJsonPieces({ skipped: undefined, kept: 1 })].join('')).toBe('{"kept":1}');
    expect([...compactJsonPieces({})].join('')).toBe('{}');
  });
});
