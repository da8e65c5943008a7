import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv } from '../../../../src/core/domain/csv/readCsv.ts';
import type { DatasetDeps } from '../../../../src/core/domain/dataset/deps.ts';
import { figuresFormat } from '../../../../src/core/domain/dataset/tables.ts';
import { validateTable } from '../../../../src/core/domain/dataset/validateTable.ts';
import { descriptorSchema } from '../../../../src/core/domain/ingest/descriptor.ts';
import type { IngestedRecord } from '../../../../src/core/domain/ingest/makeRecord.ts';
import { createIngester } from '../../../../src/core/domain/ingest/ingester.ts';
import { parseAmount } from '../../../../src/core/domain/amount/index.ts';

// Cells built from the characters that break CSV and Korean-amount parsing most often.
const cell = fc.stringMatching(/^[ ,"\n\r가-힣0-9억만천원명%.\-<>&a-z]{0,12}$/);
const row = fc.array(cell, { minLength: 1, maxLength: 6 });
const csvText = fc.array(row, { minLength: 0, maxLength: 12 }).map((rows) => rows.map((r) => r.join(',')).join('\n'));

const fakeDeps: DatasetDeps = {
  resolveRegion: (written) =>
    written === '여수시'
      ? {
          ok: true,
          ref: { code: '46130', identity: '12130', name: '여수시', fullName: '전라남도 여수시', asOf: '2016-01-01' },
        }
      : { ok: false, kind: 'unknown', ko: '없음', en: 'none', candidates: [] },
  cityOf: () => null,
  parseAmount: (written) => {
    const r = parseAmount(written);
    return r.ok
      ? { ok: true, value: r.value, unit: r.unit, approx: [...r.qualifiers], display: written }
      : { ok: false, code: r.error.code, ko: r.error.ko, en: r.error.en };
  },
  parseCell: (bare, unit) => fakeDeps.parseAmount(`${bare.replace(/,/g, '')}${unit}`),
};
const descriptor = descriptorSchema.parse({
  id: 'fuzz',
  file: 'f.csv',
  source: 'src',
  target: 'budgets',
  measure: 'welfare-budget',
  metric: '복지 예산',
  region: { column: 'r' },
  layout: { kind: 'long', period: { value: '2016' }, value: { column: 'v' } },
  unit: '천원',
});
const catalog = {
  measures: new Map([
    [
      'welfare-budget',
      { id: 'welfare-budget', label: '복지 예산', unit: '원', aggregation: 'annual', description: null },
    ],
  ]),
  programs: new Set<string>(),
};
const source = {
  id: 'src',
  kind: '통계',
  title: 't',
  issuer: 'i',
  published: '2016-06-23',
  url: null,
  locator: null,
  reliability: '원문',
  note: null,
};

describe('fuzz: CSV reading and ingestion never throw and never lose a row', () => {
  it('readCsv: every data record is either returned or counted as unreadable, with a problem', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const t = readCsv(text, 'f.csv');
        const problems = t.problems.filter((p) => p.code !== 'empty-file' && p.code !== 'no-header');
        expect(t.unreadable).toBeLessThanOrEqual(problems.length);
        const duplicateHeader = new Set(t.header).size !== t.header.length;
        if (duplicateHeader) expect(t.problems.map((p) => p.code)).toContain('duplicate-column');
        else for (const r of t.rows) expect(Object.keys(r.cells).sort()).toEqual([...t.header].sort());
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('validateTable: read = returned + rejected for any text', () => {
    fc.assert(
      fc.property(csvText, (text) => {
        const body = `${Object.keys(figuresFormat.columns).join(',')}\n${text}`;
        const t = validateTable(body, 'figures/x.csv', figuresFormat);
        expect(t.read).toBe(t.rows.length + t.rejected);
        if (t.rejected > 0) expect(t.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('ingester: each row is written, rejected with a reported problem, or skipped', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('여수시', '없는시', '', '여수시 '), cell), { maxLength: 30 }),
        (rows) => {
          const records: IngestedRecord[] = [];
          const ingester = createIngester(
            descriptor,
            { file: 'f.csv', descriptor: 'f.csv.descriptor.json' },
            source,
            fakeDeps,
            catalog,
            (r) => records.push(r),
          );
          ingester.row(['r', 'v'], 1);
          rows.forEach(([r, v], i) => ingester.row([r, v], i + 2));
          const { problems, stats } = ingester.finish();
          expect(stats.read).toBe(stats.written + stats.rejected + stats.skipped + stats.merged);
          expect(problems.filter((p) => p.severity === 'error').length).toBeGreaterThanOrEqual(stats.rejected);
          expect(records.length).toBeLessThanOrEqual(stats.written);
          for (const rec of records) expect('quantity' in rec && Number.isFinite(rec.quantity.value)).toBe(true);
        },
      ),
      { numRuns: 2000, seed: 13 },
    );
  });
});
