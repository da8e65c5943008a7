import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readingAllowed, readingInNote } from '../../../../src/core/domain/dataset/reading.ts';
import { runDataBuild } from '../../../../scripts/lib/data-build.ts';

describe('readingInNote', () => {
  it('finds `읽기: …` at the start or after a separator, up to the next semicolon', () => {
    expect(readingInNote('읽기: 808억 원; 원문 표기는 오기로 보임')).toBe('808억 원');
    expect(readingInNote('원문 그대로; 읽기: 13개')).toBe('13개');
    expect(readingInNote('읽기 없음')).toBeNull();
    expect(readingInNote(undefined)).toBeNull();
  });

  it('is accepted only on rows that are not confirmed', () => {
    expect(readingAllowed('미확인')).toBe(true);
    expect(readingAllowed('2차인용')).toBe(true);
    expect(readingAllowed('확인')).toBe(false);
  });
});

describe('the data build with a reading', () => {
  it('refuses a reading on a 확인 row: an interpretation is never a confirmed figure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bokji-reading-'));
    try {
      const data = join(dir, 'data');
      cpSync(fileURLToPath(new URL('../../../../data/', import.meta.url)), data, { recursive: true });
      const file = join(data, 'figures', 'jeonnam-gidongdae.csv');
      const text = readFileSync(file, 'utf8');
      const row = text.split('\n').find((l) => l.startsWith('asiae-20211215-gidongdae-boseong-2,'))!;
      writeFileSync(file, text.replace(row, row.replace(',미확인,', ',확인,')));
      const result = await runDataBuild({ dataDir: data + '/', outDir: join(dir, 'out'), asOf: '2026-11-23' });
      const errors = result.problems.filter((p) => p.severity === 'error');
      expect(errors.map((p) => [p.file, p.line, p.code])).toEqual([
        ['figures/jeonnam-gidongdae.csv', 30, 'reading-needs-status'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
