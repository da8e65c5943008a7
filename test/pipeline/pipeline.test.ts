import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runDataBuild } from '../../scripts/lib/data-build.ts';
import { AS_OF, REGIONS_DIR, scratchCopy } from './support.ts';

const CASES = join(import.meta.dirname, 'cases');
let cleanup: (() => Promise<void>) | undefined;

/** The data build of a case's input folder (into <scratch>/out), on a scratch copy removed after the test. */
async function buildCase(name: string) {
  const scratch = await scratchCopy(join(CASES, name, 'input'));
  cleanup = scratch.cleanup;
  const outDir = join(scratch.dir, 'out');
  const result = await runDataBuild({
    dataDir: join(scratch.dir, 'data'),
    outDir,
    asOf: AS_OF,
    regionsDir: REGIONS_DIR,
  });
  return { ...result, outDir };
}
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/**
 * Folder in, folder out: each case's input/ is built and the JSON written must equal expected/ byte for byte
 * (regions.json is the registry's own output and is tested with the registry). On a mismatch the actual file is
 * written beside the expected one as `<name>-changed.json` for review.
 */
describe('data build: input folder → expected output folder', () => {
  for (const name of ['minimal', 'wide', 'repeated', 'kosis', 'vintage', 'alias']) {
    it(`${name}: builds and matches expected/`, async () => {
      const result = await buildCase(name);
      const out = result.outDir;
      expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(result.ok).toBe(true);
      for (const file of ['dataset.json', 'report.json']) {
        const actual = await readFile(join(out, file), 'utf8');
        const expectedPath = join(CASES, name, 'expected', file);
        const expected = await readFile(expectedPath, 'utf8').catch(() => null);
        if (expected === null && !process.env.CI) {
          await mkdir(join(CASES, name, 'expected'), { recursive: true });
          await writeFile(expectedPath, actual);
          continue;
        }
        if (actual !== expected) await writeFile(expectedPath.replace(/\.json$/, '-changed.json'), actual);
        expect(actual, `${name}/${file} differs; see ${file.replace('.json', '-changed.json')}`).toBe(expected);
      }
    });
  }

  it('minimal: every row read is written, rejected or skipped (no silent loss)', async () => {
    const result = await buildCase('minimal');
    for (const s of result.stats)
      expect(s.read, s.file).toBe(s.written + s.rejected + (s.skipped ?? 0) + (s.merged ?? 0));
    const published = result.stats.find((s) => s.file.endsWith('share-2023.csv'));
    expect(published).toEqual({
      file: 'published/lofin-sample/share-2023.csv',
      read: 3,
      written: 2,
      rejected: 0,
      skipped: 1,
      skippedRows: [{ reason: '시도 합계 행', lines: [5] }],
    });
  });

  it('minimal: keeps conflicting figures side by side and links them', async () => {
    const result = await buildCase('minimal');
    const share = result.dataset!.budgets.filter((b) => b.region.identity === '12130' && b.fiscalYear === 2016);
    expect(share.map((b) => [b.quantity.written, b.source, b.conflictsWith]).sort()).toEqual([
      ['35%', 'other-20160624-welfare', ['yeosu-20160623-welfare-1']],
      ['35.06%', 'yeosu-20160623-welfare', ['other-20160624-welfare-1']],
    ]);
  });

  it('minimal: resolves 2016 "전라남도 여수시" to 46130 with the page identity 12130, and decodes CP949', async () => {
    const result = await buildCase('minimal');
    const yeosu = result.dataset!.budgets.find((b) => b.id === 'yeosu-20160623-welfare-1')!;
    expect([yeosu.region.code, yeosu.region.identity, yeosu.region.asOf]).toEqual(['46130', '12130', '2016-06-23']);
    const lofin = result.dataset!.budgets.find(
      (b) => b.source === 'lofin-2023-share' && b.region.identity === '11110',
    )!;
    expect([lofin.region.written, lofin.quantity.value, lofin.quantity.unit]).toEqual(['서울종로구', 21.5, '%']);
  });
});

describe('published files: wide tables, header on line 3, 백만원, declared EUC-KR, 5- and 7-digit codes', () => {
  it('wide: one budget per region × year, empty cells counted, totals skipped', async () => {
    const result = await buildCase('wide');
    expect(result.ok).toBe(true);
    const rows = result.dataset!.budgets.map((b) => [
      b.region.written,
      b.region.code,
      b.region.identity,
      b.fiscalYear,
      b.quantity.value,
      b.quantity.written,
    ]);
    expect(rows.sort()).toEqual(
      [
        ['1111000', '11110', '11110', 2021, 123456e6, '123,456 (백만원)'],
        ['1111000', '11110', '11110', 2022, 130000e6, '130,000 (백만원)'],
        ['46130', '46130', '12130', 2021, 250100e6, '250,100 (백만원)'],
        ['46130', '46130', '12130', 2022, 265900e6, '265,900 (백만원)'],
        ['46130', '46130', '12130', 2023, 281000e6, '281,000 (백만원)'],
        ['4611000', '46110', '12110', 2021, 200000e6, '200,000 (백만원)'],
        ['4611000', '46110', '12110', 2023, 210500e6, '210,500 (백만원)'],
      ].sort(),
    );
    expect(result.stats.find((s) => s.file.endsWith('welfare-2021-2023.csv'))).toEqual({
      file: 'published/welfare-wide/welfare-2021-2023.csv',
      read: 4,
      written: 3,
      rejected: 0,
      skipped: 1,
      skippedRows: [{ reason: '전국·시도 합계 행', lines: [7] }],
    });
  });
});

describe('published files: repeatedRows (a panel printing the 시 figure on every 일반구 row)', () => {
  it('repeated: identical rows are published once on the 시 and the others listed as merged', async () => {
    const result = await buildCase('repeated');
    expect(result.ok).toBe(true);
    const rows = result
      .dataset!.budgets.filter((b) => b.measure === 'welfare-budget')
      .map((b) => [b.id, b.region.written, b.region.code, b.fiscalYear, b.quantity.value, b.origin]);
    expect(rows.sort()).toEqual(
      [
        [
          'panel-sample-경기수원시-2021-welfare-budget',
          '경기수원시',
          '41110',
          2021,
          1_397_812e6,
          'published/panel-sample/panel.csv:2',
        ],
        [
          'panel-sample-경남창원시마산합포구-2021-welfare-budget',
          '경남창원시마산합포구',
          '48120',
          2021,
          1_324_692e6,
          'published/panel-sample/panel.csv:4',
        ],
        [
          'panel-sample-서울종로구-2021-welfare-budget',
          '서울종로구',
          '11110',
          2021,
          213_152e6,
          'published/panel-sample/panel.csv:6',
        ],
      ].sort(),
    );
    const suwon = result.dataset!.budgets.find((b) => b.id === 'panel-sample-경기수원시-2021-welfare-budget')!;
    expect(suwon.note).toContain('2번째 줄에서 한 번 싣고, 같은 값의 3번째 줄은 합침');
    // read = written + rejected + skipped + merged: 2022 수원 ("-" and empty are both no figure) merges too; 창원 2009
    // names a 구 that did not exist then and stays skipped rather than landing on the 2010 통합 창원시.
    expect(result.stats.find((s) => s.file.endsWith('panel.csv'))).toEqual({
      file: 'published/panel-sample/panel.csv',
      read: 8,
      written: 4,
      rejected: 0,
      skipped: 1,
      skippedRows: [expect.objectContaining({ lines: [9] })],
      merged: 3,
      mergedRows: [{ reason: '일반구 행마다 시의 값을 되풀이함', lines: [3, 5, 8] }],
    });
  });
});

describe('published files: KOSIS headers, fill-down, select, codeVintage, region aliases', () => {
  it('kosis: a year row over a label row, 시도 filled down, 사회복지 rows selected, the two 고성군 apart', async () => {
    const result = await buildCase('kosis');
    expect(result.ok).toBe(true);
    const rows = result.dataset!.budgets.map((b) => [
      b.region.written,
      b.region.code,
      b.fiscalYear,
      b.measure,
      b.quantity.written,
    ]);
    expect(rows).toContainEqual(['강원도 고성군', '42820', 2021, 'welfare-budget', '60,100 (백만원)']);
    expect(rows).toContainEqual(['경상남도 고성군', '48820', 2022, 'welfare-share', '26.0 (%)']);
    expect(rows).toHaveLength(8);
    expect(result.stats.find((s) => s.file.endsWith('welfare-by-sigungu.csv'))!.skippedRows).toEqual([
      { reason: 'select: 항목 ∉ {사회복지} (선택 조건 밖 / not selected)', lines: [5, 8] },
      { reason: '시도 소계 행', lines: [6] },
    ]);
  });

  it('vintage: 2024 codes on every year follow the identity to the row’s own date (군위 47720 → 27720)', async () => {
    const result = await buildCase('vintage');
    expect(result.ok).toBe(true);
    const rows = result.dataset!.budgets.map((b) => [b.region.written, b.fiscalYear, b.region.code]);
    expect(rows.sort()).toEqual([
      ['27720', 2021, '47720'],
      ['27720', 2024, '27720'],
      ['51820', 2021, '42820'],
      ['51820', 2024, '51820'],
    ]);
  });

  it('alias: "인천남구" on rows from 2018-07-01 is 미추홀구, as written and noted; 2017 stays 남구', async () => {
    const result = await buildCase('alias');
    expect(result.ok).toBe(true);
    const rows = result.dataset!.budgets.map((b) => [b.id, b.region.written, b.region.code, b.note !== null]);
    expect(rows.sort()).toEqual([
      ['alias-panel-서울종로구-2021', '서울종로구', '11110', false],
      ['alias-panel-인천남구-2017', '인천남구', '28170', false],
      ['alias-panel-인천남구-2018', '인천남구', '28177', true],
      ['alias-panel-인천남구-2021', '인천남구', '28177', true],
    ]);
    const note = result.dataset!.budgets.find((b) => b.id === 'alias-panel-인천남구-2021')!.note!;
    expect(note).toContain(
      '지역 이름 "인천남구"을(를) 별칭으로 읽음: 인천광역시 미추홀구(28177), 2018-07-01부터 — 패널이',
    );
  });
});
