import { describe, expect, it } from 'vitest';
import { basicUnitsOn, newestChange } from '../../../../src/core/domain/indicators/units.ts';
import { comparable } from '../../../../src/core/views/compare/compareView.ts';
import { registryRegions } from '../../../support/regionFixtures.ts';

describe('newestChange and the comparison set', () => {
  const regions = registryRegions();

  it('is the day of the registry newest boundary change (전남광주 and the 인천 구, 2026-07-01)', () => {
    expect(newestChange(regions)).toBe('2026-07-01');
  });

  it('compares the 기초자치단체 that exist from that day, new 인천 구 included', () => {
    const set = comparable(regions).map((r) => r.identity);
    expect(set.sort()).toEqual(
      basicUnitsOn(regions, '2026-07-01')
        .map((u) => u.identity)
        .sort(),
    );
    const names = comparable(regions).map((r) => r.fullName);
    expect(names).toContain('인천광역시 영종구');
    expect(names).not.toContain('인천광역시 중구');
  });

  it('moves when a later change is added', () => {
    const later = regions.map((r, i) =>
      i === 0
        ? {
            ...r,
            history: { ...r.history, chain: [...r.history.chain, { ...r.history.chain[0]!, validFrom: '2027-01-01' }] },
          }
        : r,
    );
    expect(newestChange(later)).toBe('2027-01-01');
  });
});
