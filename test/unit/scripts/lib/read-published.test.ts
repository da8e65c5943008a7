import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastSafeCut } from '../../../../scripts/lib/read-published.ts';

/** The cut as first written: one pass over every character, toggling at each quote. */
function referenceCut(text: string): number {
  let quoted = false;
  let cut = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) cut = i + 1;
  }
  return cut;
}

describe('lastSafeCut', () => {
  it('cuts after the last newline outside quotes, as the character-by-character scan did', () => {
    const text = fc
      .array(fc.constantFrom('a', '"', '\n', ',', '\r', '""', '가'), { maxLength: 80 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(lastSafeCut(t)).toBe(referenceCut(t));
      }),
      { numRuns: 5000, seed: 3 },
    );
  });

  it('never cuts inside a quoted cell that spans the chunk', () => {
    expect(lastSafeCut('a,b\r\n"x\ny')).toBe(5);
    expect(lastSafeCut('\n')).toBe(1);
    expect(lastSafeCut('"\n')).toBe(0);
    expect(lastSafeCut('')).toBe(0);
  });
});
