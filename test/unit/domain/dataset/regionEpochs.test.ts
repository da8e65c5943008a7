import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDatasetDeps } from '../../../../src/core/domain/dataset/defaultDeps.ts';
import { addDays } from '../../../../src/core/domain/regions/dates.ts';
import { loadRegistry } from '../../../support/loadRegistry.ts';

// One build's deps remember names per registry epoch; a fresh deps (nothing remembered) is the plain lookup.
const registry = loadRegistry();
const AS_OF = '2026-01-01';
const memoised = createDatasetDeps(registry, AS_OF);
const plain = () => createDatasetDeps(registry, AS_OF);

const names = [
  ...new Set(registry.regions.flatMap((r) => [r.name, r.fullName, ...r.aliases, `${r.name.slice(0, 2)} ${r.name}`])),
];
const sidos = registry.regions.filter((r) => r.kind === '시도').map((r) => r.name);
// Days on both sides of every bound, and ordinary days between them.
const edges = [
  ...new Set(
    registry.regions
      .flatMap((r) => [r.validFrom, r.validTo])
      .concat(registry.changes.map((c) => c.date))
      .filter((d): d is string => d !== null)
      .flatMap((d) => [addDays(d, -1), d, addDays(d, 1)]),
  ),
];
const day = fc.oneof(
  fc.constantFrom(...edges),
  fc.integer({ min: 0, max: 40 * 365 }).map((n) => addDays('1995-01-01', n)),
);
const query = fc.record({
  written: fc.oneof(fc.constantFrom(...names), fc.constantFrom('없는군', '전국', '중구', '고성군', '강원 고성군')),
  dates: fc.array(day, { minLength: 1, maxLength: 2 }),
  sido: fc.option(fc.constantFrom(...sidos), { nil: undefined }),
});

describe('region lookups memoised per registry epoch', () => {
  it('answer exactly what the plain lookup answers, asOf included, in any order of questions', () => {
    let resolved = 0;
    fc.assert(
      fc.property(fc.array(query, { minLength: 1, maxLength: 8 }), (queries) => {
        for (const q of queries) {
          const hints = q.sido === undefined ? {} : { sido: q.sido };
          const got = memoised.resolveRegion(q.written, q.dates, hints);
          expect(got).toEqual(plain().resolveRegion(q.written, q.dates, hints));
          if (got.ok) resolved++;
        }
      }),
      { numRuns: 400, seed: 17 },
    );
    expect(resolved).toBeGreaterThan(300); // many lookups succeeded, the only ones remembered
  });

  it('keeps refusing days that are not days, as the plain lookup does', () => {
    expect(() => memoised.resolveRegion('여수시', ['2023-13-31'])).toThrow(RangeError);
    expect(() => memoised.resolveRegion('여수시', ['2023-13-31'])).toThrow(RangeError);
  });
});
