import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalPatternTest } from '../../../../src/core/domain/ingest/literalPattern.ts';

describe('literalPatternTest', () => {
  const chars = fc.constantFrom('계', '합', 'a', ' ', '\n', '^', '$', '.', '*', '\\', '(', ']', '|', '?', '\uD83D');
  const text = fc.array(chars, { maxLength: 6 }).map((c) => c.join(''));

  it('agrees with the regular expression whenever it accepts a pattern', () => {
    fc.assert(
      fc.property(text, fc.array(text, { minLength: 1, maxLength: 8 }), (pattern, texts) => {
        let re: RegExp;
        try {
          re = new RegExp(pattern);
        } catch {
          return; // not a pattern at all: the rule compiles it as before and reports the error
        }
        const test = literalPatternTest(pattern);
        if (test === null) return;
        for (const t of [...texts, pattern, pattern.replace(/^\^|\$$/g, '')]) expect(test(t)).toBe(re.test(t));
      }),
      { numRuns: 2000, seed: 41 },
    );
  });

  it('takes literal text with either anchor, and leaves everything else to RegExp', () => {
    for (const p of ['계$', '본청$', '^합계', '소계', '^$', '^', '$', '', '시 계$'])
      expect(literalPatternTest(p), p).not.toBeNull();
    for (const p of ['계$|합계', '^\\d+$', '(소)?계$', '.계', '계$$', '^^계', '[계]'])
      expect(literalPatternTest(p), p).toBeNull();
    expect(literalPatternTest('계$')!('서울 합계')).toBe(true);
    expect(literalPatternTest('계$')!('계양구')).toBe(false);
    expect(literalPatternTest('계$')!('합계\n')).toBe(false);
    expect(literalPatternTest('^합계$')!('합계')).toBe(true);
  });
});
