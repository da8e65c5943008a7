import { describe, it, expect } from 'vitest';
import { resolveRegion } from '../../../../src/core/domain/regions/index.ts';
import { loadRegistry } from '../../../support/loadRegistry.ts';

const registry = loadRegistry();

// Candidate sets transcribed from the reference notes §5, per date; the implementation is not consulted.
const CASES: Array<[name: string, date: string, codes: string[]]> = [
  ['중구', '2026-07-01', ['11140', '26110', '27110', '30140', '31110']],
  ['중구', '2026-06-30', ['11140', '26110', '27110', '28110', '30140', '31110']],
  ['동구', '2026-07-01', ['12210', '26170', '27140', '30110', '31170']],
  ['동구', '2026-06-30', ['26170', '27140', '28140', '29110', '30110', '31170']],
  ['서구', '2026-07-01', ['12240', '26140', '27170', '30170']],
  ['서구', '2026-06-30', ['26140', '27170', '28260', '29140', '30170']],
  ['남구', '2026-07-01', ['12270', '26290', '27200', '31140', '47111']],
  ['남구', '2018-07-01', ['26290', '27200', '29155', '31140', '47111']],
  ['남구', '2018-06-30', ['26290', '27200', '28170', '29155', '31140', '47111']],
  ['북구', '2026-07-01', ['12300', '26320', '27230', '31200', '47113']],
  ['북구', '2026-06-30', ['26320', '27230', '29170', '31200', '47113']],
  ['강서구', '2026-07-01', ['11500', '26440']],
  ['강서구', '2012-01-01', ['11500', '26440']],
  ['고성군', '2023-06-10', ['42820', '48820']],
  ['고성군', '2023-06-11', ['48820', '51820']],
  ['광주', '2026-06-30', ['29', '41610']],
  // After the merger 광주광역시 is still a label in feeds, so it stays a competing reading (notes §5).
  ['광주', '2026-07-01', ['29', '41610']],
  ['광주시', '2020-01-01', ['29', '41610']],
];

describe('ambiguous short names need a 시도', () => {
  it.each(CASES)('%s on %s', (name, date, codes) => {
    const r = resolveRegion(registry, name, date);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.kind).toBe('ambiguous');
    expect(r.error.candidates.map((c) => c.code).sort()).toEqual([...codes].sort());
    for (const c of r.error.candidates) {
      const sido = registry.byCode.get(c.code.slice(0, 2))?.[0]?.name ?? '';
      // Every candidate is shown with its 시도 so a reader can tell them apart.
      expect(c.fullName.startsWith(sido), c.code).toBe(true);
      expect(r.error.ko).toContain(c.fullName);
      expect(r.error.en).toContain(c.code);
    }
  });

  it('resolves each candidate once the 시도 is given', () => {
    expect(resolveRegion(registry, '대구 중구', '2026-07-01')).toMatchObject({ ok: true, code: '27110' });
    expect(resolveRegion(registry, '부산 강서구', '2026-07-01')).toMatchObject({ ok: true, code: '26440' });
    expect(resolveRegion(registry, '경남 고성군', '2026-07-01')).toMatchObject({ ok: true, code: '48820' });
    expect(resolveRegion(registry, '광주광역시', '2020-01-01')).toMatchObject({ ok: true, code: '29' });
    expect(resolveRegion(registry, '광주 남구', '2026-08-01')).toMatchObject({ ok: true, code: '12270' });
  });

  it('treats 청원 by date: 청원군 until 2014-06-30, 청원구 from 2014-07-01, never both', () => {
    expect(resolveRegion(registry, '청원', '2014-06-30')).toMatchObject({ ok: true, code: '43710' });
    expect(resolveRegion(registry, '청원', '2014-07-01')).toMatchObject({ ok: true, code: '43114' });
    const r = resolveRegion(registry, '청원군', '2014-07-01');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.candidates.map((c) => c.code)).toEqual(['43110']);
  });
});
