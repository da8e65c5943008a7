import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeUnitOrder, koreanOrder } from '../../../../src/core/domain/text/textOrder.ts';

const words = fc.array(
  fc.constantFrom('가', '나', '다', '각', '힣', 'A', 'a', 'z', '1', ' ', '·', '(', 'ㄱ', '구', '군', '시'),
  {
    maxLength: 6,
  },
);
const text = words.map((w) => w.join(''));

describe('koreanOrder', () => {
  it('sorts as localeCompare with the ko locale does', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 30 }), (list) => {
        const byLocale = [...list].sort((a, b) => a.localeCompare(b, 'ko'));
        expect([...list].sort(koreanOrder)).toEqual(byLocale);
      }),
      { numRuns: 500, seed: 5 },
    );
  });

  it('puts names in 가나다 order, Hangul before Latin and a before B, unlike code units', () => {
    expect(['중구', '강남구', '남구', 'B구', 'a구'].sort(koreanOrder)).toEqual([
      '강남구',
      '남구',
      '중구',
      'a구',
      'B구',
    ]);
    expect(['중구', 'a구', 'B구'].sort(codeUnitOrder)).toEqual(['B구', 'a구', '중구']);
  });
});

describe('codeUnitOrder', () => {
  it('is a consistent total order equal to comparing with < and >', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const c = codeUnitOrder(a, b);
        expect(c).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(codeUnitOrder(b, a)).toBe(-c || 0);
      }),
      { numRuns: 2000, seed: 6 },
    );
  });
});
