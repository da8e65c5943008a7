import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDataBuild, type DataBuildResult } from '../../../scripts/lib/data-build.ts';
import { parseAmount } from '../../../src/core/domain/amount/index.ts';
import type { AwardRecord, BudgetRecord, Dataset, FigureRecord } from '../../../src/core/domain/dataset/types.ts';

// The default dataset as the site sees it: the real build runs once over data/, and every check reads the built
// records. Format rules (headers, vocabularies, references) are the build's own job; here are the facts, read off
// the sources, that the transcription must keep.
const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));
const AS_OF = '2026-11-23';

let outDir = '';
let result: DataBuildResult;
let d: Dataset;

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'bokji-default-dataset-'));
  result = await runDataBuild({ dataDir: DATA, outDir, asOf: AS_OF });
  if (!result.dataset) throw new Error(result.problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.code}`).join('\n'));
  d = result.dataset;
}, 120_000);
afterAll(() => {
  if (outDir !== '') rmSync(outDir, { recursive: true, force: true });
});

function only<T>(items: T[], what: string): T {
  expect(items, what).toHaveLength(1);
  return items[0] as T;
}
/** The one figure with this source and notation (and metric fragment, when notations repeat within a source). */
const figure = (source: string, written: string, metric = ''): FigureRecord =>
  only(d.figures.filter((f) => f.source === source && f.quantity.written === written && f.metric.includes(metric)), `${source} ${written} ${metric}`);
const award = (source: string, region: string, year: number, category: string): AwardRecord =>
  only(d.awards.filter((a) => a.source === source && a.region.written === region && a.year === year && a.category === category), `${source} ${region} ${year} ${category}`);
const figureByMetric = (source: string, metric: string): FigureRecord =>
  only(d.figures.filter((f) => f.source === source && f.metric === metric), `${source} ${metric}`);
const budget = (source: string, region: string, year: number | null, measure: string): BudgetRecord =>
  only(d.budgets.filter((b) => b.source === source && b.region.written === region && b.fiscalYear === year && b.measure === measure), `${source} ${region} ${year} ${measure}`);
const byId = <T extends { id: string }>(rows: T[], id: string): T => only(rows.filter((r) => r.id === id), id);

describe('default dataset: the build', () => {
  it('builds without errors', () => {
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('accounts for every row of every input file, and rejects none', () => {
    const csv = (folder: string) => readdirSync(DATA + folder).filter((n) => n.endsWith('.csv')).map((n) => `${folder}/${n}`);
    const inputs = [...readdirSync(DATA).filter((n) => n.endsWith('.csv')), ...['sources', 'figures', 'awards', 'budgets'].flatMap(csv)];
    expect(result.stats.map((s) => s.file).sort()).toEqual(expect.arrayContaining(inputs.sort()));
    for (const s of result.stats) {
      expect(s.read, s.file).toBe(s.written + s.rejected + (s.skipped ?? 0) + (s.merged ?? 0));
      expect(s.rejected, s.file).toBe(0);
      expect(s.read, s.file).toBeGreaterThan(0);
    }
  });

  it('publishes at least as many records as on 2026-11-23 (figures 262, awards 198, budgets 199, sources 130)', () => {
    expect(d.figures.length).toBeGreaterThanOrEqual(262);
    expect(d.awards.length).toBeGreaterThanOrEqual(198);
    expect(d.budgets.length).toBeGreaterThanOrEqual(199);
    expect(d.sources.length).toBeGreaterThanOrEqual(130);
    expect(d.programs.length).toBeGreaterThanOrEqual(19);
  });
});

describe('default dataset: sources and conflicts', () => {
  it('marks secondary citations 2차인용 and keeps the 원문 보도자료 as text-only sources', () => {
    const reliability = new Map(d.sources.map((s) => [s.id, s.reliability]));
    for (const r of [...d.figures, ...d.awards, ...d.budgets]) {
      if (reliability.get(r.source) === '2차인용') expect(r.status, r.id).toBe('2차인용');
    }
    for (const id of ['jeonnam-20231214-gidongdae', 'newsstep-20241218-gangdong-council', 'localnews-20171219-buan-welfare', 'yeosu-20160623-welfare-net', 'localnews-20211216-daegu-outreach']) {
      const s = byId(d.sources, id);
      expect([s.reliability, s.url], id).toEqual(['원문', null]);
      expect(s.locator ?? '', id).not.toBe('');
      expect(s.locator ?? '', id).not.toMatch(/shared|press-releases|\.txt/);
    }
    expect(byId(d.sources, 'jeonnam-20231214-gidongdae').locator).toBe('여수포털 보도자료');
  });

  it('links only the known cross-source figure conflicts (여수 2016 노인일자리 예산과 참여 인원), both ways', () => {
    const linked = d.figures.filter((f) => f.conflictsWith.length > 0);
    const pairs = linked.map((f) => [f, ...f.conflictsWith.map((id) => byId(d.figures, id))].map((x) => `${x.source}:${x.quantity.written}`).sort().join(' vs '));
    expect([...new Set(pairs)].sort()).toEqual([
      'newsprime-nd-yeosu-senior-jobs:5229명 vs yeosu-20160623-welfare-net:5,152명',
      'newsprime-nd-yeosu-senior-jobs:74억원 vs yeosu-20160623-welfare-net:75억 원',
    ]);
    for (const f of linked) for (const id of f.conflictsWith) expect(byId(d.figures, id).conflictsWith, id).toContain(f.id);
  });

  it('links the 여수 2016 65세 이상 비율 of the press release to the national panel as another basis, not a conflict', () => {
    const release = d.figures.find((f) => f.source === 'yeosu-20160623-welfare-net' && f.quantity.written === '15.5%')!;
    const panel = d.figures.find((f) => release.differentBasis?.includes(f.id))!;
    expect([panel.source, panel.quantity.value, panel.basis]).toEqual([
      'openlocal-muni-panel-2023',
      16.1,
      '65세 이상 인구÷인구×100 (열린지방 var38, KOSIS)',
    ]);
    expect(panel.differentBasis).toEqual([release.id]);
    expect(release.conflictsWith).toEqual([]);
  });

  it('dates a newsbox source from its ObjectId and says so', () => {
    const s = byId(d.sources, 'newsbox-20201221-eval');
    expect(s.published).toBe('2020-12-21');
    expect(s.note).toContain('ObjectId');
    // 0x5fe032df seconds after the epoch is 2020-12-21 (UTC and KST alike).
    expect(new Date(0x5fe032df * 1000).toISOString().slice(0, 10)).toBe('2020-12-21');
  });
});

describe('default dataset: spot checks against the 원문 보도자료', () => {
  const JN = 'jeonnam-20231214-gidongdae';

  it('전남 2023 (000): 5-year totals, members, lottery fund, 400여 명, 44명', () => {
    const households = figure(JN, '14만 800 가구');
    expect([households.region.fullName, households.period.text, households.period.kind, households.measure, households.status]).toEqual(['전라남도', '2019-2023', 'range', 'households-supported-cumulative', '확인']);
    expect(households.quantity.value).toBe(140_800);
    const total = figure(JN, '228억 원');
    expect([total.period.text, total.quantity.value]).toEqual(['2019-2023', 22_800_000_000]);
    const nextYear = figure(JN, '18억 2천만 원');
    expect([nextYear.period.text, nextYear.quantity.value]).toEqual(['2024', 1_820_000_000]);
    expect(figure(JN, '10억 원').period.text).toBe('2023');
    // 여 reads as 'over' ("and some more"; src/core/domain/amount/qualifiers.ts), never as a range or an estimate.
    const members = figure(JN, '4천700여 명');
    expect([members.measure, members.quantity.value, members.quantity.approx]).toEqual(['members', 4700, ['over']]);
    expect(figure(JN, '297개').measure).toBe('eupmyeondong-covered');
    expect(figure(JN, '400여 명').quote).toContain('400여 명이 참석');
    expect(figure(JN, '44명').measure).toBe('honourees');
  });

  it('전남 2023 (000): the 성과평가 winners and the 지방자치경영대전 prize', () => {
    const won = d.awards.filter((a) => a.source === JN && a.year === 2023).map((a) => `${a.region.fullName}:${a.grade}`);
    expect(won.sort()).toEqual(['전라남도 영광군:대상', '전라남도 장성군:최우수상', '전라남도 강진군:우수상', '전라남도 고흥군:장려상', '전라남도 목포시:장려상', '전라남도 진도군:장려상'].sort());
    const autonomy = d.awards.filter((a) => a.source === JN && a.year === 2022);
    expect(autonomy.map((a) => [a.region.fullName, a.category, a.grade])).toEqual([['전라남도', '복지 분야', '우수상']]);
  });

  it('keeps the cumulative household series as reported, one row per source', () => {
    const series = d.figures.filter((f) => f.measure === 'households-supported-cumulative');
    expect(series.map((f) => `${f.period.text} ${f.quantity.written}`).sort()).toEqual(['2019-2020 7141가구', '2019-2021 3만 6천 가구', '2019-2022 6만4천여 가구', '2019-2023 14만 800 가구', '2019-2024 약 17만 4천 가구', '2019-2025 30만 가구 이상']);
    expect(new Set(series.map((f) => f.source)).size).toBe(series.length);
    for (const f of series) expect([f.period.kind, f.conflictsWith], f.id).toEqual(['range', []]);
  });

  it('강동구 (001): 274가구 in 2024 against 190건 a year earlier (+44%), 243가구 in 2025 kept apart', () => {
    const src = 'newsstep-20241218-gangdong-council';
    const found = figure(src, '274가구');
    expect([found.region.fullName, found.period.text, found.quantity.unit]).toEqual(['서울특별시 강동구', '2024', '가구']);
    const before = figure(src, '190건');
    expect([before.period.text, before.quantity.unit, before.measure]).toEqual(['2023', '건', null]);
    expect(figure(src, '44%').period.text).toBe('2024');
    expect(figure(src, '100여 명').period.text).toBe('2024');
    const later = figure('seoul-20251222-gangdong-crisis', '243가구');
    expect([later.period.text, later.conflictsWith]).toEqual(['2025', []]);
  });

  it('여수 2016 (004): safety net, senior jobs and budget, with the 프라임경제 conflicts side by side', () => {
    const src = 'yeosu-20160623-welfare-net';
    // The three groups are parts of the 5000여명 total: only the total carries the measure, so they never read as a conflict.
    expect(['658명', '4,004명', '347명', '5000여명'].map((v) => figure(src, v).measure)).toEqual([null, null, null, 'members']);
    expect(figure(src, '4,004명').quantity.value).toBe(4004);
    const money = figure(src, '75억 원');
    expect(money.conflictsWith.map((id) => byId(d.figures, id).quantity.written)).toEqual(['74억원']);
    expect(money.conflictsWith.map((id) => byId(d.figures, id).source)).toEqual(['newsprime-nd-yeosu-senior-jobs']);
    const people = figure(src, '5,152명');
    expect([people.measure, people.region.fullName, people.period.text]).toEqual(['participants', '전라남도 여수시', '2016']);
    expect(people.conflictsWith.map((id) => byId(d.figures, id).quantity.written)).toEqual(['5229명']);
    expect(figure(src, '16.7%').quote).toContain('741명이 증가한 5,152명');
    expect(figure(src, '15.5%').measure).toBe('elderly-population-share');
    const rows = d.budgets.filter((b) => b.source === src).map((b) => [b.measure, b.quantity.written, b.stage, b.fiscalYear]);
    expect(rows).toEqual([['welfare-budget', '2,659억 원', null, 2016], ['welfare-share', '35.06%', '당초', 2016]]);
    expect(budget(src, '전라남도 여수시', 2016, 'welfare-share').quantity.value).toBe(35.06);
  });

  it('keeps the 여수 2016 share as the newspaper wrote it (35%), pointing at the 35.06% of the press release', () => {
    const share = budget('newsprime-nd-yeosu-senior-jobs', '전라남도 여수시', 2016, 'welfare-share');
    expect(share.quantity.written).toBe('35%');
    expect(share.note).toContain('35.06%');
  });

  it('부안 2017 (002): 1,540여세대, 자활센터 incentive, and the unreadable 808억만원 kept unconfirmed', () => {
    const src = 'localnews-20171219-buan-welfare';
    const served = figure(src, '1,540여세대');
    expect([served.region.fullName, served.quantity.value, served.quantity.unit]).toEqual(['전라북도 부안군', 1540, '세대']);
    const centre = d.awards.filter((a) => a.source === src && a.prize !== null);
    expect(centre.map((a) => [a.evaluation, a.grade, a.prize?.written, a.prize?.value])).toEqual([['self-sufficiency-center-evaluation', '최우수기관', '1천900만원', 19_000_000]]);
    const silver = figure(src, '100억');
    expect([silver.quantity.reading, silver.quantity.value, silver.status]).toEqual(['100억원', 10_000_000_000, '미확인']);
    expect(silver.note).toContain('단위는 출처 문맥에서 보충');
    const welfare = only(d.budgets.filter((b) => b.source === src), `${src} budget`);
    // The document's 808억만원 stays as printed; the reading (808억 원) is in the note, and the figure is unconfirmed.
    expect([welfare.quantity.written, welfare.quantity.reading, welfare.status, welfare.fiscalYear]).toEqual(['808억만원', '808억 원', '미확인', 2017]);
    expect(welfare.note).toContain('읽기: 808억 원');
    expect(welfare.quote).toContain('808억만원');
    expect(parseAmount('808억만원').ok).toBe(false);
  });

  it('secondary citations stay 2차인용 (국민기초생활보장 2025)', () => {
    const row = figure('mohw-20260729-basic-livelihood-2nd', '2,732,235명');
    expect([row.region.written, row.period.text, row.period.kind, row.status, row.quantity.value]).toEqual(['전국', '2025-12-31', 'day', '2차인용', 2_732_235]);
  });
});

describe('default dataset: 보건복지부 지역복지사업 평가 and budgets', () => {
  it('대구시 2021 (003): 시·도 부문 대상 with 포상금 4천만원, 8 awards, 상금 2억 5천만원, 5,314건', () => {
    const pr = 'localnews-20211216-daegu-outreach';
    const city = award(pr, '대구광역시', 2021, '시·도 부문');
    expect([city.grade, city.prize?.written, city.prize?.value]).toEqual(['대상', '4천만원', 40_000_000]);
    expect(figureByMetric(pr, '수상 건수').quantity.written).toBe('8개');
    expect(d.awards.filter((a) => a.source === pr)).toHaveLength(8);
    expect(figureByMetric(pr, '포상금').quantity.written).toBe('2억 5천만원');
    expect(figureByMetric(pr, '포상금').quantity.value).toBe(250_000_000);
    expect(figureByMetric(pr, '찾아가는 복지서비스 상담 건수(전국 1위)').quantity.written).toBe('5,314건');
    expect(award(pr, '대구광역시 달서구', 2021, '민관협력 및 자원연계').grade).toBe('대상');
    expect(award(pr, '대구광역시 남구', 2021, '지역사회보장계획 시행결과').grade).toBe('최우수상');
    const hope = d.awards.filter((a) => a.source === pr && a.category === '희망복지지원단 운영');
    expect(hope.map((a) => `${a.region.fullName}:${a.grade}`).sort()).toEqual(['대구광역시 달서구:최우수상', '대구광역시 수성구:최우수상']);
  });

  it('2022 national results: 122개 기관, 포상금 26억원, ten 대상 categories', () => {
    const src = 'yna-hankyung-20221208-eval';
    expect(figureByMetric(src, '우수기관 수(중복 포함)').quantity.written).toBe('122개');
    expect(figureByMetric(src, '포상금 총액').quantity.written).toBe('26억원');
    const categories = new Set(d.awards.filter((a) => a.source === src && a.grade === '대상').map((a) => a.category));
    expect(categories.size).toBe(10);
  });

  it('prize money stays as written on the award it belongs to', () => {
    expect(award('idomin-nd-583785-eval', '경상남도 창녕군', 2018, '희망복지지원단 운영').prize?.written).toBe('3000만 원');
    expect(award('namdonews-nd-423450-eval', '전라남도 해남군', 2016, '지역사회보장계획 수립·시행결과').prize?.written).toBe('5천만원');
    const gwangju = award('newsbox-20201221-eval', '광주광역시 남구', 2020, '찾아가는 보건복지 서비스 제공');
    expect([gwangju.prize?.written, gwangju.prize?.value]).toEqual(['1,500만원', 15_000_000]);
    expect(figureByMetric('kukinews-20191206-eval', '포상금 총액').quantity.written).toBe('33억 원');
  });

  it('2018 지역사회보장계획 시행결과: four 발전상, and the 대구 남구 disagreement kept side by side', () => {
    const src = 'yna-hankyung-20190812-eval';
    expect(d.awards.filter((a) => a.source === src && a.grade === '발전상')).toHaveLength(4);
    expect(award(src, '대구광역시 남구', 2018, '지역사회보장계획 시행결과').grade).toBe('우수상');
    expect(award('kbmaeil-nd-461755-eval', '대구광역시 남구', 2018, '지역사회보장계획 시행결과').grade).toBe('최우수상');
  });

  it('budgets keep notation and basis: 여수 2024 일반회계, 노원 2015 결산, 전남 2013 합계', () => {
    const yeosu = budget('ysibtv-20231121-budget', '전라남도 여수시', 2024, 'welfare-budget');
    expect([yeosu.quantity.written, yeosu.account, yeosu.quantity.value]).toEqual(['5,004억 원', '일반회계', 500_400_000_000]);
    const nowon = budget('datanews-nd-97208-budget', '서울특별시 노원구', 2015, 'social-welfare-expenditure');
    expect([nowon.quantity.written, nowon.stage, nowon.quantity.value]).toEqual(['3812억2900만 원', '결산', 381_229_000_000]);
    expect(budget('datanews-nd-97208-budget', '서울특별시', 2015, 'social-welfare-expenditure').quantity.written).toBe('6조576억9000만 원');
    const jeonnam = budget('ysnaju-nd-8674996-budget', '전라남도', 2013, 'total-budget');
    expect([jeonnam.quantity.written, jeonnam.quantity.value]).toEqual(['8조4천2백47억8천400만원', 8_424_784_000_000]);
    expect(budget('yeongnam-20140901-budget', '대구광역시 달성군', 2014, 'welfare-per-capita').quantity.written).toBe('199만6천원');
    expect(budget('ysmbc-nd-29686-budget', '전라남도 고흥군', null, 'welfare-budget').quantity.written).toBe('8백56억 원');
    expect(budget('kmib-20150910-budget', '광주광역시 북구', 2015, 'welfare-share').quantity.written).toBe('70.12%');
  });
});

// Every figure the five 원문 보도자료 state about programs, awards and budgets, read off their text by hand.
// [source, notation as printed and stored, the note's reading when the printed notation cannot be parsed].
// Left out on purpose: dates and periods, ages and eligibility thresholds (61세, 65세 이상, 유자녀 1인, 상이등급 7급),
// the count of 대구's 8 구·군, the ☎ 129 hot line, and 부안's "2권역" (no countable unit; kept in a note, checked below).
const PRESS_FIGURES: Array<[source: string, written: string, printed?: string]> = [
  // 000 전라남도 2023-12-14 우리동네 복지기동대 성과공유대회
  ...['22개', '297개', '400여 명', '44명', '4천700여 명', '14만 800 가구', '228억 원', '10억 원', '18억 2천만 원'].map((w): [string, string] => ['jeonnam-20231214-gidongdae', w]),
  // 001 강동구 2024-12-18 지역사회보장협의체 성과공유회
  ...['100여 명', '274가구', '190건', '44%'].map((w): [string, string] => ['newsstep-20241218-gangdong-council', w]),
  // 002 부안군 2017-12-19 주민행복지원실
  ['localnews-20171219-buan-welfare', '808억만원', '808억 원'],
  ...['6개', '7개', '9개', '3개', '3개', '100여명', '100명', '1,540여세대', '80세대', '7개', '2만원', '7만원', '20만원'].map((w): [string, string] => ['localnews-20171219-buan-welfare', w]),
  ['localnews-20171219-buan-welfare', '100억', '100억원'],
  ['localnews-20171219-buan-welfare', '5억', '5억원'],
  ['localnews-20171219-buan-welfare', '3억', '3억원'],
  // 003 대구시 2021-12-16 지역복지사업 평가 (포상금 4천만원 is the prize of the 대상 award below)
  ...['8개', '2억 5천만원', '5,314건'].map((w): [string, string] => ['localnews-20211216-daegu-outreach', w]),
  // 004 여수시 2016-06-23 복지그물망 (the headline's "75억…5152명" are the body's 75억 원 and 5,152명)
  ...['2,659억 원', '35.06%', '658명', '4,004명', '347명', '5000여명', '80여건', '60%', '75억 원', '5,152명', '15.5%', '15억 원', '16.7%', '741명'].map(
    (w): [string, string] => ['yeosu-20160623-welfare-net', w],
  ),
];

// [source, region on the source's date, grade, prize as written].
const PRESS_AWARDS: Array<[source: string, region: string, grade: string, prize?: string]> = [
  ['jeonnam-20231214-gidongdae', '전라남도 영광군', '대상'],
  ['jeonnam-20231214-gidongdae', '전라남도 장성군', '최우수상'],
  ['jeonnam-20231214-gidongdae', '전라남도 강진군', '우수상'],
  ['jeonnam-20231214-gidongdae', '전라남도 고흥군', '장려상'],
  ['jeonnam-20231214-gidongdae', '전라남도 목포시', '장려상'],
  ['jeonnam-20231214-gidongdae', '전라남도 진도군', '장려상'],
  ['jeonnam-20231214-gidongdae', '전라남도', '우수상'],
  ['newsstep-20241218-gangdong-council', '서울특별시 강동구', '우수 지자체'],
  ['localnews-20171219-buan-welfare', '전라북도 부안군', '최우수기관', '1천900만원'],
  ['localnews-20171219-buan-welfare', '전라북도 부안군', '행안부 장관상'],
  ['localnews-20171219-buan-welfare', '전라북도 부안군', '우수기관'],
  ['localnews-20171219-buan-welfare', '전라북도 부안군', '우수기관'],
  ['localnews-20171219-buan-welfare', '전라북도 부안군', '유공기관'],
  ['localnews-20211216-daegu-outreach', '대구광역시', '대상', '4천만원'],
  ['localnews-20211216-daegu-outreach', '대구광역시 수성구', '최우수상'],
  ['localnews-20211216-daegu-outreach', '대구광역시 달서구', '최우수상'],
  ['localnews-20211216-daegu-outreach', '대구광역시 달서구', '대상'],
  ['localnews-20211216-daegu-outreach', '대구광역시 남구', '우수상'],
  ['localnews-20211216-daegu-outreach', '대구광역시 달서구', '대상'],
  ['localnews-20211216-daegu-outreach', '대구광역시 수성구', '우수상'],
  ['localnews-20211216-daegu-outreach', '대구광역시 남구', '최우수상'],
];
const PRESS_SOURCES = new Set(PRESS_FIGURES.map(([source]) => source));

/** Counts of each key, so a notation stated twice (부안 7개, 3개) must be there twice. */
function tally(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

describe('default dataset: notation kept verbatim', () => {
  it('every quoted figure and budget carries its notation exactly as the quote prints it', () => {
    const off = [...d.figures, ...d.budgets].filter((r) => r.quote !== null && !r.quote.includes(r.quantity.written));
    expect(off.map((r) => `${r.id}: ${r.quantity.written} ∉ ${r.quote}`)).toEqual([]);
  });

  it('a notation the parser cannot read is counted from the note only on an unconfirmed row', () => {
    const read = [...d.figures, ...d.budgets].filter((r) => r.quantity.reading !== undefined);
    expect(read.map((r) => r.id).sort()).toEqual([
      'asiae-20211215-gidongdae-boseong-2',
      'civilreporter-nd-gidongdae-mokpo-2',
      'dailyclick-20250509-gidongdae-goheung-1',
      'ilyo-20241215-eval-10',
      'ilyo-20241215-eval-4',
      'ilyo-20241215-eval-5',
      'ilyo-20241215-eval-6',
      'ilyo-20241215-eval-8',
      'ilyo-20241215-eval-9',
      'localnews-20171219-buan-welfare-11',
      'localnews-20171219-buan-welfare-12',
      'localnews-20171219-buan-welfare-21',
      'localnews-20171219-buan-welfare-9',
      'lofin365-nd-fiscal-indicators-2nd-1',
      'lofin365-nd-fiscal-indicators-2nd-2',
      'lofin365-nd-fiscal-indicators-2nd-3',
      'lofin365-nd-fiscal-indicators-2nd-4',
      'mohw-20260729-basic-livelihood-2nd-2',
      'mohw-20260729-basic-livelihood-2nd-5',
    ]);
    for (const r of read) {
      expect(r.status, r.id).not.toBe('확인');
      expect(r.note, r.id).toContain(`읽기: ${r.quantity.reading}`);
    }
    expect(figure('asiae-20211215-gidongdae-boseong', '13기동대').quantity.value).toBe(13);
  });
});

describe('default dataset: the five 원문 보도자료', () => {
  it('every figure in the five press releases is present with its original notation', () => {
    expect(PRESS_SOURCES.size).toBe(5);
    const quantities = [...d.figures, ...d.budgets];
    const have = tally(quantities.map((r) => `${r.source} ${r.quantity.written}`));
    for (const [key, n] of tally(PRESS_FIGURES.map(([s, w]) => `${s} ${w}`))) expect(have.get(key) ?? 0, key).toBeGreaterThanOrEqual(n);
    for (const [source, written, reading] of PRESS_FIGURES) {
      if (reading === undefined) continue;
      // Printed verbatim, quoted, counted from the note's reading, and not confirmed (the reading is ours).
      const rows = quantities.filter((r) => r.source === source && r.quantity.written === written);
      expect(rows.length, written).toBeGreaterThan(0);
      for (const r of rows) {
        expect([r.quantity.reading, r.status], written).toEqual([reading, '미확인']);
        expect(r.quote, written).toContain(written);
        expect(parseAmount(written).ok, written).toBe(false);
      }
    }
    const awards = tally(d.awards.map((a) => `${a.source} ${a.region.fullName} ${a.grade} ${a.prize?.written ?? ''}`));
    for (const [key, n] of tally(PRESS_AWARDS.map(([s, r, g, p]) => `${s} ${r} ${g} ${p ?? ''}`))) expect(awards.get(key) ?? 0, key).toBeGreaterThanOrEqual(n);
    expect(figure('localnews-20171219-buan-welfare', '6개').note).toContain('2권역');
  });

  it('cites the five press releases for nothing they do not state', () => {
    const listed = new Set(PRESS_FIGURES.map(([s, w]) => `${s} ${w}`));
    for (const r of [...d.figures, ...d.budgets].filter((x) => PRESS_SOURCES.has(x.source))) expect(listed.has(`${r.source} ${r.quantity.written}`), r.id).toBe(true);
    const awarded = new Set(PRESS_AWARDS.map(([s, r, g]) => `${s} ${r} ${g}`));
    for (const a of d.awards.filter((x) => PRESS_SOURCES.has(x.source))) expect(awarded.has(`${a.source} ${a.region.fullName} ${a.grade}`), a.id).toBe(true);
  });
});
