import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameAndPeriodMemo } from '../../../../src/core/domain/ingest/nameAndPeriodMemo.ts';

describe('nameAndPeriodMemo', () => {
  it('answers as one map keyed by the pair would, for any order of names and periods', () => {
    const name = fc.constantFrom('서울종로구', '전남 여수시', '', '2018', 'a\u0000b');
    const period = fc.constantFrom('2018', '2018-06', '', 'a', 'b\u0000');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), name, period, fc.integer()), { maxLength: 60 }), (steps) => {
        const memo = nameAndPeriodMemo<number>();
        const reference = new Map<string, number>();
        for (const [write, n, p, value] of steps) {
          const key = JSON.stringify([n, p]);
          if (write) {
            memo.set(n, p, value);
            reference.set(key, value);
          }
          expect(memo.get(n, p)).toBe(reference.get(key));
        }
      }),
      { numRuns: 300, seed: 31 },
    );
  });

  it('keeps a name apart per period and a period apart per name', () => {
    const memo = nameAndPeriodMemo<string>();
    memo.set('여수시', '2018', 'a');
    memo.set('여수시', '2019', 'b');
    memo.set('순천시', '2019', 'c');
    expect([memo.get('여수시', '2018'), memo.get('여수시', '2019'), memo.get('순천시', '2019')]).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(memo.get('순천시', '2018')).toBeUndefined();
    expect(memo.get('광양시', '2019')).toBeUndefined();
  });
});
