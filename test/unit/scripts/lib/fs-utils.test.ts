import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonPieces } from '../../../../scripts/lib/fs-utils.ts';

describe('jsonPieces(value)', () => {
  it('joins to exactly JSON.stringify(value, null, 1) + newline, for any object of JSON values', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.oneof(fc.array(fc.jsonValue(), { maxLength: 5 }), fc.jsonValue())),
        (value) => {
          expect([...jsonPieces(value)].join('')).toBe(`${JSON.stringify(value, null, 1)}\n`);
        },
      ),
      { numRuns: 1000, seed: 5 },
    );
  });

  it('yields one piece per array element, so no single string holds the whole dataset', () => {
    const pieces = [...jsonPieces({ figures: Array.from({ length: 1000 }, (_, i) => ({ id: `f-${i}` })) })];
    expect(pieces.length).toBe(1000 + 4); // '{', the key line, 1000 elements, ' ]', '}'
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(40);
  });
});
