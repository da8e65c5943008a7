import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../../scripts/lib/png-encode.ts';

/** The filtered rows of a PNG: every IDAT chunk's data, inflated. */
function rows(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return inflateSync(Buffer.concat(parts));
}

/** Pseudo-random RGBA pixels (fixed seed), alpha varied too: the encoder must drop it, whatever it holds. */
function pixels(count: number): Uint8Array {
  const out = new Uint8Array(count * 4);
  let seed = 12345;
  for (let i = 0; i < out.length; i++) {
    seed = (seed * 1103515245 + 12345) >>> 0;
    out[i] = seed >>> 24;
  }
  return out;
}

describe('encodePng', () => {
  it.each([
    [1, 1],
    [3, 2],
    [4, 3],
    [7, 5],
    [13, 4],
  ])('writes %i×%i pixels as RGB rows with filter 0, from aligned and unaligned memory alike', (width, height) => {
    const rgba = pixels(width * height);
    const unaligned = new Uint8Array(rgba.length + 1).subarray(1);
    unaligned.set(rgba);
    for (const input of [rgba, unaligned]) {
      const raw = rows(encodePng(input, width, height));
      expect(raw.length).toBe((width * 3 + 1) * height);
      for (let y = 0; y < height; y++) {
        expect(raw[y * (width * 3 + 1)]).toBe(0);
        for (let x = 0; x < width; x++)
          for (let c = 0; c < 3; c++)
            expect(raw[y * (width * 3 + 1) + 1 + x * 3 + c]).toBe(rgba[(y * width + x) * 4 + c]);
      }
    }
  });

  it('gives a small image after a large one only its own rows (the row buffer is reused)', () => {
    encodePng(pixels(64 * 64).fill(255), 64, 64);
    const small = pixels(2 * 2);
    const raw = rows(encodePng(small, 2, 2));
    expect([...raw]).toEqual([
      0,
      ...small.slice(0, 3),
      ...small.slice(4, 7),
      0,
      ...small.slice(8, 11),
      ...small.slice(12, 15),
    ]);
  });
});
