import { describe, it, expect } from 'vitest';
import {
  CONTINUING_TYPES,
  identityOf,
  regionHistory,
  resolveRegion,
  type RegionChange,
} from '../../../../src/core/domain/regions/index.ts';
import { loadRegistry } from '../../../support/loadRegistry.ts';

const registry = loadRegistry();

function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}

function resolved(input: string, date: string) {
  const r = resolveRegion(registry, input, date);
  if (!r.ok) throw new Error(`${input} on ${date}: ${r.error.en}`);
  return r;
}

function failed(input: string, date: string) {
  const r = resolveRegion(registry, input, date);
  if (r.ok) throw new Error(`${input} on ${date} unexpectedly resolved to ${r.code}`);
  return r.error;
}

const endsBefore = (code: string, date: string): boolean =>
  registry.byCode.get(code)?.some((r) => r.validTo === dayBefore(date)) ?? false;
const startsOn = (code: string, date: string): boolean =>
  registry.byCode.get(code)?.some((r) => r.validFrom === date) ?? false;

const rows: Array<[string, RegionChange]> = registry.changes.map((c) => [
  `${c.date} ${c.type} ${c.oldCode ?? '∅'}→${c.newCode ?? '∅'}`,
  c,
]);

describe('every change in changes.csv', () => {
  it.each(rows)('%s', (_name, c) => {
    const before = dayBefore(c.date);
    if (c.oldCode !== null) expect(resolved(c.oldCode, before).code).toBe(c.oldCode);
    if (c.newCode !== null) expect(resolved(c.newCode, c.date).code).toBe(c.newCode);
    if (c.oldCode === null || c.newCode === null) {
      if (c.newCode !== null) expect(failed(c.newCode, before).kind).toBe('not-on-date');
      return;
    }

    if (CONTINUING_TYPES.includes(c.type)) {
      // Same territory: one identity before and after, and either code finds the unit of the day.
      expect(identityOf(registry, c.oldCode)).toBe(identityOf(registry, c.newCode));
      expect(resolved(c.oldCode, c.date)).toMatchObject({ code: c.newCode, identity: identityOf(registry, c.newCode) });
      expect(resolved(c.newCode, before)).toMatchObject({ code: c.oldCode, identity: identityOf(registry, c.oldCode) });
      return;
    }
    if (c.oldCode === c.newCode) {
      expect(regionHistory(registry, identityOf(registry, c.oldCode)).events).toContain(c);
      return;
    }

    const oldId = identityOf(registry, c.oldCode);
    const newId = identityOf(registry, c.newCode);
    expect(oldId).not.toBe(newId);
    expect(regionHistory(registry, newId).predecessors).toContainEqual(
      expect.objectContaining({ identity: oldId, code: c.oldCode, date: c.date, type: c.type }),
    );
    expect(regionHistory(registry, oldId).successors).toContainEqual(
      expect.objectContaining({ identity: newId, code: c.newCode, date: c.date, type: c.type }),
    );
    if (endsBefore(c.oldCode, c.date)) {
      const error = failed(c.oldCode, c.date);
      expect(error.kind).toBe('not-on-date');
      expect(error.candidates.map((x) => x.code)).toContain(c.newCode);
    } else {
      expect(resolved(c.oldCode, c.date).code).toBe(c.oldCode);
    }
    if (startsOn(c.newCode, c.date)) {
      const error = failed(c.newCode, before);
      expect(error.kind).toBe('not-on-date');
      expect(error.candidates.map((x) => x.code)).toContain(c.oldCode);
    }
  });
});

describe('the 2026-07-01 전남광주 recode (notes §1 map, suffix not kept)', () => {
  // Transcribed from the reference notes, independently of changes.csv.
  const MAP: Array<[string, string]> = [
    ['29110', '12210'],
    ['29140', '12240'],
    ['29155', '12270'],
    ['29170', '12300'],
    ['29200', '12330'],
    ['46110', '12110'],
    ['46130', '12130'],
    ['46150', '12150'],
    ['46170', '12170'],
    ['46230', '12190'],
    ['46710', '12710'],
    ['46720', '12720'],
    ['46730', '12730'],
    ['46770', '12740'],
    ['46780', '12750'],
    ['46790', '12760'],
    ['46800', '12770'],
    ['46810', '12780'],
    ['46820', '12790'],
    ['46830', '12800'],
    ['46840', '12810'],
    ['46860', '12820'],
    ['46870', '12830'],
    ['46880', '12840'],
    ['46890', '12850'],
    ['46900', '12860'],
    ['46910', '12870'],
  ];

  it('records exactly these 27 recodes on that day', () => {
    const recodes = registry.changes
      .filter((c) => c.date === '2026-07-01' && c.type === 'recode')
      .map((c) => [c.oldCode, c.newCode]);
    expect(recodes.sort()).toEqual([...MAP].sort());
  });

  it.each(MAP)('%s keeps its name and identity as %s', (oldCode, newCode) => {
    const before = resolved(oldCode, '2026-06-30');
    const after = resolved(oldCode, '2026-07-01');
    expect(after.code).toBe(newCode);
    expect(after.region.name).toBe(before.region.name);
    expect(before.identity).toBe(newCode);
    expect(after.region.fullName).toBe(`전남광주통합특별시 ${before.region.name}`);
  });

  it('merges the 시도 29 and 46 into 12', () => {
    expect(
      regionHistory(registry, '12')
        .predecessors.map((l) => l.code)
        .sort(),
    ).toEqual(['29', '46']);
    expect(failed('29', '2026-07-01').candidates.map((c) => c.code)).toEqual(['12']);
  });
});

describe('validity dates', () => {
  const row = (code: string) => registry.byCode.get(code)?.[0];

  it('27720 군위군 is valid from 2023-07-01; on 2023-06-30 the unit is 경북 47720', () => {
    expect(row('27720')?.validFrom).toBe('2023-07-01');
    expect(row('47720')?.validTo).toBe('2023-06-30');
    expect(resolved('27720', '2023-06-30').code).toBe('47720');
    expect(resolved('47720', '2023-07-01')).toMatchObject({ code: '27720', identity: '27720' });
  });

  it('12130 starts 2026-07-01, 28110 ends 2026-06-30, 41192 starts 2024-01-01, 41195 ends 2016-07-03', () => {
    expect(row('12130')?.validFrom).toBe('2026-07-01');
    expect(row('28110')?.validTo).toBe('2026-06-30');
    expect(row('41192')?.validFrom).toBe('2024-01-01');
    expect(row('41195')?.validTo).toBe('2016-07-03');
    expect(resolved('41195', '2016-07-03').code).toBe('41195');
    expect(failed('41195', '2016-07-04').candidates.map((c) => c.code)).toEqual(['41190']);
    expect(failed('41192', '2023-12-31').kind).toBe('not-on-date');
    expect(resolved('28110', '2026-06-30').code).toBe('28110');
  });

  it('강원 and 전북 switch codes on their legal start dates', () => {
    expect(resolved('42820', '2023-06-10').code).toBe('42820');
    expect(resolved('42820', '2023-06-11').code).toBe('51820');
    expect(resolved('45110', '2024-01-17').code).toBe('45110');
    expect(resolved('45110', '2024-01-18').code).toBe('52110');
  });
});
