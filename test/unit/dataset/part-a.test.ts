import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { parseAmount } from '../../../src/lib/amount/index.ts';

// Part A of the default dataset: programs, measures, evaluations, 우리동네 복지기동대 and the smaller programs, and the
// 원문 보도자료 000/001/002/004. Headers are the contract of data/README.md; spot checks were read off the releases.
const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));

const HEADERS = {
  sources: 'id,kind,title,issuer,published,url,locator,reliability,note',
  programs: 'id,name,short_name,kind,operator,started,description,aliases',
  measures: 'id,label,unit,aggregation,description',
  evaluations: 'id,name,organiser,kind,description',
  figures: 'id,region,period,measure,metric,value,qualifier,source,quote,status,note',
  awards: 'id,year,category,grade,rank,region,prize,source,quote,status,note',
  budgets: 'id,region,fiscal_year,measure,value,account,stage,source,quote,status,note',
} as const;

// Files of part A (figures and awards are found by listing; part B owns the mohw files and welfare-budget.csv).
const PART_B_FILES = new Set(['figures/mohw-local-welfare-evaluation.csv', 'awards/mohw-local-welfare-evaluation.csv']);

type Row = Record<string, string>;
interface Table {
  file: string;
  header: string[];
  rows: Row[];
}

/** Reads one CSV strictly: no BOM, no parse errors, every record as wide as the header. */
function readTable(relative: string): Table {
  const text = readFileSync(DATA + relative, 'utf8');
  expect(text.charCodeAt(0), `${relative} starts with a BOM`).not.toBe(0xfeff);
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  expect(parsed.errors, `${relative} parse errors`).toEqual([]);
  const [header = [], ...records] = parsed.data;
  const rows = records.map((cells, i) => {
    expect(cells.length, `${relative} record ${i + 2} width`).toBe(header.length);
    return Object.fromEntries(header.map((name, j) => [name, cells[j] ?? '']));
  });
  return { file: relative, header, rows };
}

function listCsv(folder: string): string[] {
  return readdirSync(DATA + folder)
    .filter((name) => name.endsWith('.csv'))
    .sort()
    .map((name) => `${folder}/${name}`);
}

const sources = readTable('sources/part-a.csv');
const programs = readTable('programs.csv');
const measures = readTable('measures.csv');
const evaluations = readTable('evaluations.csv');
const figureTables = listCsv('figures').filter((f) => !PART_B_FILES.has(f)).map(readTable);
const awardTables = listCsv('awards').filter((f) => !PART_B_FILES.has(f)).map(readTable);
const budgets = readTable('budgets/press-releases.csv');
const figures = figureTables.flatMap((t) => t.rows);
const awards = awardTables.flatMap((t) => t.rows);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const PERIOD = /^\d{4}(?:-\d{2}(?:-\d{2})?|-\d{4})?$/;
const sourceById = new Map(sources.rows.map((s) => [s.id ?? '', s]));
const measureById = new Map(measures.rows.map((m) => [m.id ?? '', m]));
const allSourceIds = new Set(listCsv('sources').flatMap((f) => readTable(f).rows.map((r) => r.id ?? '')));

/** The one figure with this source and value (and metric fragment, when values repeat within a source). */
function figure(source: string, value: string, metric = ''): Row {
  const hits = figures.filter((f) => f.source === source && f.value === value && (f.metric ?? '').includes(metric));
  expect(hits, `${source} ${value} ${metric}`).toHaveLength(1);
  return hits[0] as Row;
}

function amount(value: string): number {
  const parsed = parseAmount(value);
  if (!parsed.ok) throw new Error(`${value}: ${parsed.error.code}`);
  return parsed.value;
}

describe('part A dataset: shape', () => {
  it('has exactly the headers of data/README.md', () => {
    expect(sources.header.join(',')).toBe(HEADERS.sources);
    expect(programs.header.join(',')).toBe(HEADERS.programs);
    expect(measures.header.join(',')).toBe(HEADERS.measures);
    expect(evaluations.header.join(',')).toBe(HEADERS.evaluations);
    for (const t of figureTables) expect(t.header.join(','), t.file).toBe(HEADERS.figures);
    for (const t of awardTables) expect(t.header.join(','), t.file).toBe(HEADERS.awards);
    expect(budgets.header.join(',')).toBe(HEADERS.budgets);
  });

  it('has unique, well-formed ids, and every figure/award/budget id is <source>-<n>', () => {
    const groups = [sources.rows, programs.rows, measures.rows, evaluations.rows, [...figures, ...awards, ...budgets.rows]];
    for (const rows of groups) {
      const ids = rows.map((r) => r.id ?? '');
      for (const id of ids) expect(id).toMatch(SLUG);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const r of [...figures, ...awards, ...budgets.rows]) expect(r.id).toMatch(new RegExp(`^${r.source}-\\d+$`));
  });

  it('names each figure file after a program and each award file after an evaluation', () => {
    const programIds = new Set(programs.rows.map((p) => p.id));
    const evaluationIds = new Set(evaluations.rows.map((e) => e.id));
    for (const t of figureTables) expect(programIds.has(t.file.slice('figures/'.length, -4)), t.file).toBe(true);
    for (const t of awardTables) expect(evaluationIds.has(t.file.slice('awards/'.length, -4)), t.file).toBe(true);
    for (const id of ['mohw-local-welfare-evaluation', 'welfare-budget', 'jeonnam-gidongdae', 'senior-jobs']) expect(programIds.has(id)).toBe(true);
    for (const id of ['mohw-local-welfare-evaluation', 'jeonnam-gidongdae-evaluation']) expect(evaluationIds.has(id)).toBe(true);
  });

  it('offers every measure the budget files need', () => {
    for (const id of ['welfare-budget', 'total-budget', 'welfare-share', 'welfare-per-capita', 'welfare-budget-growth', 'social-welfare-expenditure']) {
      expect(measureById.has(id), id).toBe(true);
    }
    for (const m of measures.rows) expect(['annual', 'cumulative', 'stock', 'target', 'rate']).toContain(m.aggregation);
  });

  it('fills required cells with allowed words', () => {
    for (const s of sources.rows) {
      for (const col of ['kind', 'title', 'issuer', 'reliability']) expect(s[col], `${s.id} ${col}`).not.toBe('');
      expect(s.published).toMatch(/^$|^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
      expect(s.published === '' ? s.note : 'dated', `${s.id} says why it has no date`).not.toBe('');
      expect(s.url === '' ? s.locator : s.url, `${s.id} can be found`).not.toBe('');
      expect(['원문', '보도', '2차인용', '미확인']).toContain(s.reliability);
    }
    for (const r of [...figures, ...awards, ...budgets.rows]) {
      expect(['확인', '2차인용', '미확인'], r.id).toContain(r.status);
      expect((r.quote ?? '').length, `${r.id} quote`).toBeLessThanOrEqual(80);
      expect(r.region, r.id).not.toBe('');
      expect(r.region, `${r.id} bare 구`).not.toMatch(/^(중구|동구|서구|남구|북구)$/);
    }
    for (const f of figures) {
      expect(f.metric, f.id).not.toBe('');
      expect(f.period, f.id).toMatch(/^$|^\d{4}(?:-\d{2}(?:-\d{2})?|-\d{4})?$/);
      if (f.period === '') expect(f.note, `${f.id} explains the missing year`).not.toBe('');
    }
    for (const a of awards) expect(a.year).toMatch(/^\d{4}$/);
    for (const b of budgets.rows) expect(b.fiscal_year).toMatch(/^\d{4}$/);
    expect(DATE.test('2023-12') && PERIOD.test('2019-2023')).toBe(true);
  });

  it('points every row at a known source and measure; values parse in the measure unit', () => {
    for (const r of [...figures, ...awards, ...budgets.rows]) expect(allSourceIds.has(r.source ?? ''), `${r.id} → ${r.source}`).toBe(true);
    if (!existsSync(DATA + 'measures.csv')) return;
    for (const r of [...figures, ...budgets.rows]) {
      const parsed = parseAmount(r.value ?? '');
      expect(parsed.ok, `${r.id} ${r.value}`).toBe(true);
      if (r.measure === '' || !parsed.ok) continue;
      expect(measureById.has(r.measure ?? ''), `${r.id} measure ${r.measure}`).toBe(true);
      expect(parsed.unit, `${r.id} unit`).toBe(measureById.get(r.measure ?? '')?.unit);
    }
    for (const a of awards) if (a.prize !== '') expect(parseAmount(a.prize ?? '').ok, a.id).toBe(true);
  });

  it('marks secondary citations and press releases as facts-notes.md says', () => {
    for (const r of [...figures, ...awards, ...budgets.rows]) {
      const s = sourceById.get(r.source ?? '');
      if (s?.reliability === '2차인용') expect(r.status, r.id).toBe('2차인용');
    }
    for (const id of ['jeonnam-20231214-gidongdae', 'newsstep-20241218-gangdong-council', 'localnews-20171219-buan-welfare', 'yeosu-20160623-welfare-net']) {
      const s = sourceById.get(id);
      expect(s?.reliability, id).toBe('원문');
      expect(s?.url, id).toBe('');
      expect(s?.locator, id).not.toMatch(/shared|press-releases|\.txt/);
    }
    expect(sourceById.get('jeonnam-20231214-gidongdae')?.locator).toBe('여수포털 보도자료');
  });
});

describe('part A dataset: conflicts', () => {
  it('links only the known cross-source conflicts (여수 2016 노인일자리 예산과 참여 인원)', () => {
    const groups = new Map<string, Row[]>();
    for (const t of figureTables) {
      for (const f of t.rows) {
        if (f.measure === '') continue;
        const key = [t.file, f.region, f.measure, f.period].join('|');
        groups.set(key, [...(groups.get(key) ?? []), f]);
      }
    }
    const conflicts = [...groups.values()]
      .filter((rows) => new Set(rows.map((r) => amount(r.value ?? ''))).size > 1)
      .map((rows) => rows.map((r) => `${r.source}:${r.value}`).sort().join(' vs '));
    expect(conflicts.sort()).toEqual([
      'newsprime-nd-yeosu-senior-jobs:5229명 vs yeosu-20160623-welfare-net:5,152명',
      'newsprime-nd-yeosu-senior-jobs:74억원 vs yeosu-20160623-welfare-net:75억 원',
    ]);
  });
});

describe('part A dataset: spot checks against the 원문 보도자료', () => {
  const JN = 'jeonnam-20231214-gidongdae';

  it('전남 2023 (000): 5-year totals, members, lottery fund, 400여 명, 44명', () => {
    const households = figure(JN, '14만 800 가구');
    expect([households.region, households.period, households.measure, households.status]).toEqual(['전라남도', '2019-2023', 'households-supported-cumulative', '확인']);
    expect(amount('14만 800 가구')).toBe(140_800);
    expect(figure(JN, '228억 원').period).toBe('2019-2023');
    expect(amount('228억 원')).toBe(22_800_000_000);
    expect(figure(JN, '18억 2천만 원').period).toBe('2024');
    expect(amount('18억 2천만 원')).toBe(1_820_000_000);
    expect(figure(JN, '10억 원').period).toBe('2023');
    expect(figure(JN, '4천700여 명').measure).toBe('members');
    expect(figure(JN, '297개').measure).toBe('eupmyeondong-covered');
    expect(figure(JN, '400여 명').quote).toContain('400여 명이 참석');
    expect(figure(JN, '44명').measure).toBe('honourees');
  });

  it('전남 2023 (000): the 성과평가 winners and the 지방자치경영대전 prize', () => {
    const won = awards.filter((a) => a.source === JN && a.year === '2023').map((a) => `${a.region}:${a.grade}`);
    expect(won.sort()).toEqual(
      ['전라남도 영광군:대상', '전라남도 장성군:최우수상', '전라남도 강진군:우수상', '전라남도 고흥군:장려상', '전라남도 목포시:장려상', '전라남도 진도군:장려상'].sort(),
    );
    const autonomy = awards.filter((a) => a.source === JN && a.year === '2022');
    expect(autonomy.map((a) => [a.region, a.category, a.grade])).toEqual([['전라남도', '복지 분야', '우수상']]);
  });

  it('keeps the cumulative household series as reported, one row per source', () => {
    const series = figures
      .filter((f) => f.measure === 'households-supported-cumulative')
      .map((f) => `${f.period} ${f.value}`)
      .sort();
    expect(series).toEqual(['2019-2020 7141가구', '2019-2021 3만 6천 가구', '2019-2022 6만4천여 가구', '2019-2023 14만 800 가구', '2019-2024 약 17만 4천 가구', '2019-2025 30만 가구 이상']);
  });

  it('강동구 (001): 274가구 in 2024 against 190건 a year earlier (+44%), 243가구 in 2025 kept apart', () => {
    const src = 'newsstep-20241218-gangdong-council';
    expect([figure(src, '274가구').region, figure(src, '274가구').period]).toEqual(['서울특별시 강동구', '2024']);
    expect(figure(src, '190건').period).toBe('2023');
    expect(figure(src, '44%').period).toBe('2024');
    expect(figure(src, '100여 명').period).toBe('2024');
    expect(figure('seoul-20251222-gangdong-crisis', '243가구').period).toBe('2025');
  });

  it('여수 2016 (004): safety net, senior jobs and budget, with the 프라임경제 conflicts side by side', () => {
    const src = 'yeosu-20160623-welfare-net';
    // The three groups are parts of the 5000여명 total: only the total carries the measure, so they never read as a conflict.
    expect(['658명', '4,004명', '347명', '5000여명'].map((v) => figure(src, v).measure)).toEqual(['', '', '', 'members']);
    expect(amount('4,004명')).toBe(4004);
    const jobs = figures.filter((f) => f.region === '전라남도 여수시' && f.period === '2016' && f.measure === 'program-budget');
    expect(jobs.map((f) => `${f.source}:${f.value}`).sort()).toEqual([`newsprime-nd-yeosu-senior-jobs:74억원`, `${src}:75억 원`]);
    const people = figures.filter((f) => f.region === '전라남도 여수시' && f.period === '2016' && f.measure === 'participants');
    expect(people.map((f) => f.value).sort()).toEqual(['5,152명', '5229명']);
    expect(figure(src, '16.7%').quote).toContain('741명이 증가한 5,152명');
    expect(figure(src, '15.5%').measure).toBe('elderly-population-share');
    const budget = budgets.rows.filter((b) => b.source === src).map((b) => [b.measure, b.value, b.stage]);
    expect(budget).toEqual([['welfare-budget', '2,659억 원', ''], ['welfare-share', '35.06%', '당초']]);
    expect(amount('35.06%')).toBe(35.06);
  });

  it('부안 2017 (002): 1,540여세대, 자활센터 incentive, and the unreadable 808억만원 kept unconfirmed', () => {
    const src = 'localnews-20171219-buan-welfare';
    expect(figure(src, '1,540여세대').region).toBe('전라북도 부안군');
    expect(amount('1,540여세대')).toBe(1540);
    const centre = awards.filter((a) => a.source === src && a.prize !== '');
    expect(centre.map((a) => [a.grade, a.prize])).toEqual([['최우수기관', '1천900만원']]);
    expect(amount('1천900만원')).toBe(19_000_000);
    expect(figure(src, '100억원').note).toContain('단위는 출처 문맥에서 보충');
    const welfare = budgets.rows.find((b) => b.source === src);
    expect([welfare?.value, welfare?.status]).toEqual(['808억 원', '미확인']);
    expect(welfare?.quote).toContain('808억만원');
    expect(parseAmount('808억만원').ok).toBe(false);
  });

  it('secondary citations stay 2차인용 (국민기초생활보장 2025)', () => {
    const row = figure('mohw-20260729-basic-livelihood-2nd', '2,732,235명');
    expect([row.region, row.period, row.status]).toEqual(['전국', '2025-12-31', '2차인용']);
    expect(amount('2,732,235명')).toBe(2_732_235);
  });
});
