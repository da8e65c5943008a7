import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDatasetDeps } from '../../../../src/core/domain/dataset/defaultDeps.ts';
import type { DatasetDeps } from '../../../../src/core/domain/dataset/deps.ts';
import { descriptorSchema } from '../../../../src/core/domain/ingest/descriptor.ts';
import { periodCache, recordId, recordIdOf } from '../../../../src/core/domain/ingest/makeRecord.ts';
import { parsePeriod } from '../../../../src/core/domain/dataset/period.ts';
import { createRegionResolver } from '../../../../src/core/domain/ingest/regionResolver.ts';
import { createCellReader } from '../../../../src/core/domain/ingest/valueCell.ts';
import { loadRegistry } from '../../../support/loadRegistry.ts';

// The ingester's memos (per file, so per build) must answer exactly what the uncached work answers, in any row order.
const descriptor = descriptorSchema.parse({
  id: 'memo',
  file: 'f.csv',
  source: 'src',
  target: 'budgets',
  measure: 'welfare-budget',
  metric: '복지 예산',
  region: { column: 'r' },
  layout: { kind: 'long', period: { column: 'p' }, value: { column: 'v' } },
  unit: '천원',
});
const source = {
  id: 'src',
  kind: '통계',
  title: 't',
  issuer: 'i',
  published: '2024-06-30',
  url: null,
  locator: null,
  reliability: '원문',
  note: null,
};
const deps = createDatasetDeps(loadRegistry(), '2026-01-01');
const names = ['서울종로구', '전남 여수시', '인천남구', '미추홀구', '없는시', '고성군', '11110', '세종', ''];
const periods = ['2014', '2018-06', '2018-07', '2022', '2024-12-31', '2010'];

describe('region resolver memo (per period, then written name)', () => {
  it('gives what an uncached resolver gives, and one shared object per period and name', () => {
    const resolver = createRegionResolver(descriptor, deps, source);
    const index = (c: string) => (c === 'r' ? 0 : -1);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...names), fc.constantFrom(...periods)), { maxLength: 40 }),
        (rows) => {
          for (const [name, period] of rows) {
            const fresh = createRegionResolver(descriptor, deps, source)([name], period, index);
            const memo = resolver([name], period, index);
            expect(memo).toEqual(fresh);
            expect(resolver([` ${name} `], period, index)).toBe(memo); // trimmed: the same written name
          }
        },
      ),
      { numRuns: 200, seed: 21 },
    );
  });

  it('resolves each period and name once', () => {
    let calls = 0;
    const counting: DatasetDeps = {
      ...deps,
      resolveRegion: (...args) => {
        calls += 1;
        return deps.resolveRegion(...args);
      },
    };
    const resolver = createRegionResolver(descriptor, counting, { ...source, published: null });
    const index = () => 0;
    for (let i = 0; i < 3; i++) for (const p of periods) resolver(['서울종로구'], p, index);
    expect(calls).toBe(periods.length);
  });
});

describe('record id memo (kept on the region lookup entry)', () => {
  it('equals recordId for any written name, period, value column and order', () => {
    const written = fc.constantFrom('서울종로구', '전남 여수시', '강원도  고성군', 'a', '', ' 세종 ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(written, fc.constantFrom(...periods), fc.constantFrom(0, 1)), { maxLength: 50 }),
        fc.boolean(),
        (rows, k) => {
          const keys = k ? ['share', 'count'] : [null, null];
          const resolver = createRegionResolver(descriptor, deps, source);
          const ids = keys.map((key, column) => recordIdOf(descriptor, key, column));
          const index = () => 0;
          for (const [w, p, column] of rows)
            expect(ids[column]!(resolver([w], p, index), p)).toBe(recordId(descriptor, w.trim(), p, keys[column]!));
        },
      ),
      { numRuns: 300, seed: 22 },
    );
  });

  it('makes each id once per period, written name and value column', () => {
    const resolver = createRegionResolver(descriptor, deps, source);
    const first = recordIdOf(descriptor, 'share', 0);
    const second = recordIdOf(descriptor, 'count', 1);
    const entry = resolver(['전남 여수시'], '2022', () => 0);
    expect(first(entry, '2022')).toBe('memo-전남_여수시-2022-share');
    expect(second(entry, '2022')).toBe('memo-전남_여수시-2022-count');
    expect(entry.ids).toEqual(['memo-전남_여수시-2022-share', 'memo-전남_여수시-2022-count']);
    expect(resolver([' 전남 여수시'], '2022', () => 0)).toBe(entry);
    expect(resolver(['전남 여수시'], '2023', () => 0).ids).toEqual([]);
  });
});

describe('period memo', () => {
  it('equals parsePeriod for any order of periods, one frozen object per text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...periods, '2019-2023', ''), { maxLength: 40 }), (list) => {
        const periodOf = periodCache();
        const first = new Map<string, unknown>();
        for (const p of list) {
          const got = periodOf(p);
          expect(got).toEqual(parsePeriod(p));
          expect(Object.isFrozen(got)).toBe(true);
          if (!first.has(p)) first.set(p, got);
          expect(got).toBe(first.get(p));
        }
      }),
      { numRuns: 300, seed: 24 },
    );
  });
});

describe('value cell reader', () => {
  const spec = descriptor.values[0]!;
  const cells = fc.oneof(
    fc.stringMatching(/^[0-9]{1,3}(,[0-9]{3}){0,4}$/),
    fc.stringMatching(/^[-0-9,.]{1,12}$/),
    fc.constantFrom('18억 2천만 원', '약 5천만 원', '12.5', '-3', '1,2,3', ',5', '5,', '808억만원', '1234567890123456'),
  );

  it('reads every cell as a fresh reader does (whole numbers unmemoised, other notations memoised)', () => {
    const reader = createCellReader(spec, deps, '원');
    fc.assert(
      fc.property(fc.array(cells, { maxLength: 30 }), (list) => {
        for (const c of [...list, ...list]) expect(reader(c)).toEqual(createCellReader(spec, deps, '원')(c));
      }),
      { numRuns: 300, seed: 23 },
    );
  });

  it('shares one frozen quantity per memoised notation, never across readers', () => {
    const a = createCellReader(spec, deps, '원');
    const b = createCellReader(spec, deps, '원');
    expect(a('18억 2천만 원')).toBe(a('18억 2천만 원'));
    expect(a('18억 2천만 원')).not.toBe(b('18억 2천만 원'));
    expect(Object.isFrozen(a('1,234'))).toBe(true);
  });
});
