import { describe, it, expect } from 'vitest';
import { resolveRegion } from '../../../../src/core/domain/regions/index.ts';
import { loadRegistry, resolved as ok, unresolved as err } from '../../../support/loadRegistry.ts';

const registry = loadRegistry();

describe('codeVintage: a code read as of its code list, followed to the date', () => {
  it('takes the date and options in one object, or the date then options', () => {
    expect(ok(resolveRegion(registry, '42150', { date: '2024-01-01', codeVintage: '2022-12-31' }))).toMatchObject({
      code: '51150',
      identity: '51150',
      matchedBy: 'code',
    });
    expect(ok(resolveRegion(registry, '42150', '2024-01-01', { codeVintage: '2022-12-31' })).code).toBe('51150');
  });

  it.each([
    // openlocal panel: one boundary file's codes for every year.
    ['42150', '2022-12-31', '2020-01-01', '42150'],
    ['42150', '2022-12-31', '2025-06-01', '51150'],
    ['4215000000', '2022-12-31', '2024-01-01', '51150'],
    ['42', '2022-12-31', '2024-01-01', '51'],
    ['45110', '2023-12-31', '2025-01-01', '52110'],
    ['52110', '2025-01-01', '2020-01-01', '45110'],
    ['47720', '2022-12-31', '2024-01-01', '27720'],
    ['27720', '2024-01-01', '2020-01-01', '47720'],
    ['46130', '2025-01-01', '2026-08-01', '12130'],
    ['12130', '2026-08-01', '2024-01-01', '46130'],
    // A 시 creating or abolishing its own 행정구 keeps its territory.
    ['41590', '2025-01-01', '2026-11-01', '41590'],
    ['41190', '2015-01-01', '2017-01-01', '41190'],
    ['36110', '2013-01-01', '2024-01-01', '36110'],
  ])('%s as of %s, on %s → %s', (input, codeVintage, date, code) => {
    expect(ok(resolveRegion(registry, input, { date, codeVintage })).code).toBe(code);
  });

  it('refuses a code that was not valid on the stated vintage, naming that day’s code', () => {
    const e = err(resolveRegion(registry, '51150', { date: '2024-01-01', codeVintage: '2022-12-31' }));
    expect(e.kind).toBe('not-at-vintage');
    expect(e.candidates.map((c) => c.code)).toEqual(['42150', '51150']);
    expect(e.ko).toContain('2022-12-31');
    expect(e.en).toContain('check codeVintage');
  });

  it('refuses an identity that split or merged away between the vintage and the date, with the successors', () => {
    const split = err(resolveRegion(registry, '28110', { date: '2026-08-01', codeVintage: '2025-01-01' }));
    expect(split.kind).toBe('not-on-date');
    expect(split.candidates.map((c) => c.code)).toEqual(['28125', '28155']);
    const merged = err(resolveRegion(registry, '29', { date: '2026-08-01', codeVintage: '2025-01-01' }));
    expect(merged.candidates.map((c) => c.code)).toEqual(['12']);
    const notYet = err(resolveRegion(registry, '28125', { date: '2025-01-01', codeVintage: '2026-08-01' }));
    expect(notYet.kind).toBe('not-on-date');
    expect(notYet.candidates.map((c) => c.code).sort()).toEqual(['28110', '28140']);
  });

  it('refuses a unit whose territory changed between the vintage and the date, in either direction', () => {
    const grew = err(resolveRegion(registry, '43110', { date: '2015-01-01', codeVintage: '2013-01-01' }));
    expect(grew.kind).toBe('territory-changed');
    expect(grew.candidates.map((c) => c.code)).toEqual(['43110', '43710']);
    expect(grew.en).toContain('2014-07-01 merge 43710→43110');
    expect(err(resolveRegion(registry, '43110', { date: '2013-01-01', codeVintage: '2015-01-01' })).kind).toBe(
      'territory-changed',
    );
    const shrank = err(resolveRegion(registry, '44150', { date: '2013-01-01', codeVintage: '2011-01-01' }));
    expect(shrank.kind).toBe('territory-changed');
    expect(shrank.candidates.map((c) => c.code)).toEqual(['44150', '36110']);
    // On the same side of the change there is nothing to refuse.
    expect(ok(resolveRegion(registry, '43110', { date: '2020-01-01', codeVintage: '2015-01-01' })).code).toBe('43110');
  });

  it('leaves names alone and checks both dates', () => {
    expect(ok(resolveRegion(registry, '강릉시', { date: '2024-01-01', codeVintage: '2022-12-31' })).code).toBe('51150');
    expect(() => resolveRegion(registry, '42150', { date: '2024-01-01', codeVintage: '2022-13-01' })).toThrow(
      RangeError,
    );
  });

  it('without a vintage keeps following the identity from the code’s nearest row (existing behaviour)', () => {
    expect(ok(resolveRegion(registry, '51150', '2020-01-01')).code).toBe('42150');
  });
});

describe('10-digit 행정기관/법정동 codes: the first five digits are the 시군구 code', () => {
  it.each([
    ['1111000000', '2020-01-01', '11110'],
    ['1120000000', '2020-01-01', '11200'],
    ['4215000000', '2024-01-01', '51150'],
    ['5115000000', '2020-01-01', '42150'],
    ['4111100000', '2020-01-01', '41111'],
    ['5100000000', '2024-01-01', '51'],
  ])('%s on %s → %s', (input, date, code) => {
    expect(ok(resolveRegion(registry, input, date)).code).toBe(code);
  });

  it('refuses 읍면동-level codes rather than widening them to the 시군구', () => {
    const e = err(resolveRegion(registry, '1111051500', '2020-01-01'));
    expect(e.en).toContain('읍면동');
    expect(e.ko).toContain('00000');
  });
});
