import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataBuild, type DataBuildResult } from '../../../scripts/lib/data-build.ts';
import type { Dataset } from '../../../src/core/domain/dataset/types.ts';

const REPO = join(import.meta.dirname, '..', '..', '..');
let out: string;
let result: DataBuildResult;
let data: Dataset;

// Figures checked by hand against the published files (see /work/shared/datasets/README.md "checked").
beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'bokji-national-'));
  result = await runDataBuild({ dataDir: join(REPO, 'data'), outDir: join(out, 'data'), asOf: '2026-11-23' });
  data = result.dataset!;
}, 60_000);
afterAll(() => rm(out, { recursive: true, force: true }));

const budget = (source: string, identity: string, year: number, measure: string, stage?: string) =>
  data.budgets.filter(
    (b) =>
      b.source === source &&
      b.region.identity === identity &&
      b.fiscalYear === year &&
      b.measure === measure &&
      (stage === undefined || b.stage === stage),
  );
const sum = (xs: Array<{ quantity: { value: number } }>) => xs.reduce((s, x) => s + x.quantity.value, 0);

describe('national datasets as ingested', () => {
  it('builds with every row read accounted for', () => {
    expect(result.ok).toBe(true);
    for (const s of result.stats)
      expect(s.read, s.file).toBe(s.written + s.rejected + (s.skipped ?? 0) + (s.merged ?? 0));
  });

  it('openlocal panel: 서울종로구 2008 and 2021 (var31/var32 swap in 2021 read from var31)', () => {
    const v = (year: number, m: string) => budget('openlocal-muni-panel-2023', '11110', year, m).map((b) => b.quantity.value);
    expect(v(2008, 'welfare-health-share')).toEqual([19.1]);
    expect(v(2008, 'welfare-budget')).toEqual([46_841e6]);
    expect(v(2008, 'health-budget')).toEqual([3_355e6]);
    expect(v(2008, 'general-account-budget')).toEqual([263_479e6]);
    expect(v(2021, 'welfare-health-share')).toEqual([41.2]);
    expect(v(2021, 'welfare-budget')).toEqual([213_152e6]);
    const [c] = v(2021, 'general-account-budget');
    const [d] = v(2021, 'welfare-budget');
    const [e] = v(2021, 'health-budget');
    expect(Math.round(((d! + e!) / c!) * 1000) / 10).toBe(41.2);
  });

  it('openlocal panel: 일반구 rows repeat the 시: published once on the 시, the other rows listed as merged', () => {
    const stats = result.stats.find((s) => s.file.endsWith('muni_230624_stata.csv'))!;
    // 640 일반구 rows of 11 시 × 20 years: 213 published on the 시, 392 merged repeats, 35 창원 rows for 2003–2009
    // (the 구 did not exist before the 2010 통합; the panel prints the old 창원시 there) skipped as unresolved.
    expect([stats.read, stats.written, stats.rejected, stats.skipped, stats.merged]).toEqual([4980, 4553, 0, 35, 392]);
    expect(stats.mergedRows!.map((r) => r.lines.length)).toEqual([392]);
    const panel = (identity: string, year: number, m: string) =>
      budget('openlocal-muni-panel-2023', identity, year, m).map((b) => [b.quantity.value, b.origin]);
    // Hand-checked against the CP949 file: 수원 2021 var34 on lines 700, 720, 740, 760 (권선·영통·장안·팔달구).
    expect(panel('41110', 2021, 'welfare-budget')).toEqual([
      [1_397_812e6, 'published/openlocal/muni_230624_stata.csv:700'],
    ]);
    expect(budget('openlocal-muni-panel-2023', '41110', 2021, 'welfare-budget')[0]!.note).toContain('720, 740, 760');
    // 창원 2021 (local names the 구: 경남창원시마산합포구 …): var34 1,324,692, var39 1,032,741 on the 시.
    expect(panel('48120', 2021, 'welfare-budget')).toEqual([[1_324_692e6, 'published/openlocal/muni_230624_stata.csv:1460']]);
    const pop = data.figures.filter(
      (f) => f.source === 'openlocal-muni-panel-2023' && f.region.identity === '48120' && f.measure === 'population',
    );
    expect(pop.filter((f) => f.period.text === '2021').map((f) => f.quantity.value)).toEqual([1_032_741]);
    expect(pop.some((f) => f.period.text < '2010')).toBe(false);
    // Never on a 구: the figure is the 시's.
    expect(data.budgets.some((b) => b.source === 'openlocal-muni-panel-2023' && b.region.identity === '41111')).toBe(
      false,
    );
  });

  it('openlocal panel: "인천남구" for 2018–2022 is read through region.aliases as 미추홀구, notation kept, noted', () => {
    const stats = result.stats.find((s) => s.file.endsWith('muni_230624_stata.csv'))!;
    expect(stats.skippedRows!.some((r) => r.reason.includes('인천남구'))).toBe(false);
    // Hand-checked against the CP949 file: line 3440, 2021,인천남구,28177,…, var34 "636,310" (백만원).
    const [b] = data.budgets.filter(
      (x) => x.source === 'openlocal-muni-panel-2023' && x.fiscalYear === 2021 && x.measure === 'welfare-budget' &&
        x.region.code === '28177',
    );
    expect([b!.region.written, b!.quantity.value, b!.quantity.written, b!.origin]).toEqual([
      '인천남구',
      636_310e6,
      '636,310 (백만원)',
      'published/openlocal/muni_230624_stata.csv:3440',
    ]);
    expect(b!.note).toContain('지역 이름 "인천남구"을(를) 별칭으로 읽음: 인천광역시 미추홀구(28177), 2018-07-01부터');
    // 2017 is before the renaming: 인천남구 resolves as written (28170), with no alias note.
    const old = data.budgets.find((x) => x.id === 'openlocal-panel-인천남구-2017-welfare-budget')!;
    expect([old.region.code, old.note]).toEqual(['28170', null]);
  });

  it('SSIS: Σ persons 2,836,706 and Σ households 2,117,790 including 12 residual rows', () => {
    const f = data.figures.filter((x) => x.source === 'ssis-eligible-2025' && x.program === 'basic-livelihood');
    expect(sum(f.filter((x) => x.measure === 'eligible-persons'))).toBe(2_836_706);
    expect(sum(f.filter((x) => x.measure === 'eligible-households'))).toBe(2_117_790);
    const residual = f.filter((x) => x.scope === 'residual' && x.measure === 'eligible-persons');
    expect(residual.length).toBe(12);
    expect(residual.find((x) => x.region.identity === '41110')?.quantity.value).toBe(224);
  });

  it('SSIS: 시도 + 시군구 columns keep the two 고성군 apart', () => {
    const goseong = data.figures
      .filter((x) => x.source === 'ssis-eligible-2025' && x.region.name === '고성군' && x.program === 'basic-livelihood')
      .filter((x) => x.measure === 'eligible-persons');
    expect(goseong.map((x) => [x.region.written, x.region.code]).sort()).toEqual([
      ['강원특별자치도 고성군', '51820'],
      ['경상남도 고성군', '48820'],
    ]);
  });

  it('population 2026-08: Σ 51,084,159; 종로 135,935 and 65+ share 23.114 %', () => {
    const pop = data.figures.filter((x) => x.source === 'mois-population-202608');
    expect(sum(pop.filter((x) => x.measure === 'population'))).toBe(51_084_159);
    const jongno = (m: string) => pop.find((x) => x.region.identity === '11110' && x.measure === m)?.quantity.value;
    expect(jongno('population')).toBe(135_935);
    expect(jongno('elderly-population-share')).toBe(23.114);
  });

  it('local-finance: 서울종로구 사회복지비중 41.6; 재정자립도[당초] 2026 equals the other route', () => {
    expect(budget('lofin-indicators-2024-2026', '11110', 2026, 'welfare-share').map((b) => b.quantity.value)).toEqual([
      41.6,
    ]);
    const api = budget('lofin-indicators-2024-2026', '11110', 2026, 'fiscal-self-reliance', '당초');
    const csv = budget('lofin-fiscal-independence-2026', '11110', 2026, 'fiscal-self-reliance', '당초');
    expect(api.map((b) => b.quantity.value)).toEqual([41.5]);
    expect(csv.map((b) => b.quantity.value)).toEqual([41.5]);
    expect(api[0]!.conflictsWith).toEqual([]);
  });

  it('fiscal 2025: 종로 재정자립도 39.84, 재정자주도 55.0, 일반회계 당초 540,366,255천원', () => {
    const v = (m: string) => budget('lofin-fiscal-independence-2025', '11110', 2025, m).map((b) => b.quantity.value);
    expect(v('fiscal-self-reliance')).toEqual([39.84]);
    expect(v('fiscal-autonomy')).toEqual([55]);
    expect(v('general-account-budget')).toEqual([540_366_255_000]);
  });

  it('aidpage and depopulation: 종로 등록장애인 5,622; 107 designations as published', () => {
    expect(
      data.figures.find((x) => x.source === 'aidpage-disabled-2024' && x.region.identity === '11110')?.quantity.value,
    ).toBe(5622);
    expect(data.categories.length).toBe(107);
    expect(new Set(data.categories.map((c) => c.category))).toEqual(new Set(['인구감소지역', '인구감소관심지역']));
  });
});
