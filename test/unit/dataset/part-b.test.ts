import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';

// Part B of the default dataset: 보건복지부 지역복지사업 평가 (awards + figures), 지자체 사회복지 예산 (budgets) and
// their sources. The headers below are the contract of data/README.md.
const DATA = fileURLToPath(new URL('../../../data/', import.meta.url));

const HEADERS = {
  sources: 'id,kind,title,issuer,published,url,locator,reliability,note',
  figures: 'id,region,period,measure,metric,value,qualifier,source,quote,status,note',
  awards: 'id,year,category,grade,rank,region,prize,source,quote,status,note',
  budgets: 'id,region,fiscal_year,measure,value,account,stage,source,quote,status,note',
} as const;

const FILES = {
  sources: 'sources/part-b.csv',
  figures: 'figures/mohw-local-welfare-evaluation.csv',
  awards: 'awards/mohw-local-welfare-evaluation.csv',
  budgets: 'budgets/welfare-budget.csv',
} as const;

type Row = Record<string, string>;
interface Table {
  header: string[];
  rows: Row[];
}

/** Reads one of our CSV files strictly: no BOM, no parse errors, every record as wide as the header. */
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
  return { header, rows };
}

const sources = readTable(FILES.sources);
const figures = readTable(FILES.figures);
const awards = readTable(FILES.awards);
const budgets = readTable(FILES.budgets);

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const PERIOD = /^\d{4}(?:-\d{2}(?:-\d{2})?|-\d{4})?$/;
const YEAR = /^\d{4}$/;
// A notation as newsrooms write it: optional 약, digits with commas/decimals and Korean scale words, optional 여,
// then one known unit, optional 이상. Structural only; the amount parser checks the arithmetic at build time.
const NOTATION =
  /^(?:약\s?)?\d[\d,.]*(?:\s?[조억만천백]\s?(?:\d[\d,.]*)?)*\s?여?\s?(?:원\/가구|원\/명|천원|백만원|억원|원|가구|세대|명|건|개|%p|%|곳|회)(?:\s?이상)?$/;
const BUDGET_MEASURES = new Set([
  'welfare-budget',
  'total-budget',
  'welfare-share',
  'welfare-per-capita',
  'welfare-budget-growth',
  'social-welfare-expenditure',
]);

/** Ids of every source in every data/sources/*.csv (part A's file may or may not exist yet). */
function allSourceIds(): string[] {
  return readdirSync(DATA + 'sources')
    .filter((name) => name.endsWith('.csv'))
    .flatMap((name) => readTable('sources/' + name).rows.map((row) => row.id ?? ''));
}

function only<T>(items: T[], what: string): T {
  expect(items, what).toHaveLength(1);
  return items[0] as T;
}

describe('part B dataset: shape', () => {
  it('has exactly the headers of data/README.md', () => {
    expect(sources.header.join(',')).toBe(HEADERS.sources);
    expect(figures.header.join(',')).toBe(HEADERS.figures);
    expect(awards.header.join(',')).toBe(HEADERS.awards);
    expect(budgets.header.join(',')).toBe(HEADERS.budgets);
  });

  it('has well-formed ids, unique across figures, awards and budgets, and source ids unique across all source files', () => {
    const rowIds = [...figures.rows, ...awards.rows, ...budgets.rows].map((row) => row.id ?? '');
    for (const id of [...rowIds, ...sources.rows.map((row) => row.id ?? '')]) expect(id).toMatch(SLUG);
    expect(new Set(rowIds).size).toBe(rowIds.length);
    const sourceIds = allSourceIds();
    expect(new Set(sourceIds).size).toBe(sourceIds.length);
  });

  it('refers only to sources that exist, and every row id starts with its source id', () => {
    const known = new Set(allSourceIds());
    for (const row of [...figures.rows, ...awards.rows, ...budgets.rows]) {
      expect(known.has(row.source ?? ''), `${row.id}: source ${row.source}`).toBe(true);
      expect(row.id?.startsWith(`${row.source}-`), `${row.id}`).toBe(true);
    }
  });

  it('uses measures from data/measures.csv (when present) and the budget measure vocabulary', () => {
    const used = [...figures.rows, ...budgets.rows].map((row) => row.measure ?? '').filter((m) => m !== '');
    for (const measure of budgets.rows.map((row) => row.measure ?? '').filter((m) => m !== '')) {
      expect(BUDGET_MEASURES.has(measure), measure).toBe(true);
    }
    if (existsSync(DATA + 'measures.csv')) {
      const known = new Set(readTable('measures.csv').rows.map((row) => row.id));
      for (const measure of used) expect(known.has(measure), `measure ${measure} in measures.csv`).toBe(true);
    }
  });

  it('fills required cells with values from the controlled vocabularies', () => {
    for (const s of sources.rows) {
      for (const col of ['id', 'kind', 'title', 'issuer', 'reliability']) expect(s[col], `${s.id}.${col}`).not.toBe('');
      expect(['보도자료', '기사', '통계', '법령', '자료집', '웹페이지', '데이터셋', '공시']).toContain(s.kind);
      expect(['원문', '보도', '2차인용', '미확인']).toContain(s.reliability);
      if (s.published === '') expect(s.note, `${s.id}: why no date`).not.toBe('');
      else expect(s.published).toMatch(DATE);
      if (s.url !== '') expect(s.url).toMatch(/^https?:\/\//);
      else expect(s.locator, `${s.id}: where without URL`).not.toBe('');
    }
    for (const f of figures.rows) {
      for (const col of ['region', 'metric', 'value', 'source', 'quote']) expect(f[col], `${f.id}.${col}`).not.toBe('');
      if (f.period === '') expect(f.note, `${f.id}: why no period`).not.toBe('');
      else expect(f.period).toMatch(PERIOD);
      expect(f.value, `${f.id}`).toMatch(NOTATION);
      for (const q of (f.qualifier ?? '').split('|').filter((x) => x !== '')) {
        expect(['누적', '연간', '목표', '잠정', '계획', '예산', '결산']).toContain(q);
      }
    }
    for (const a of awards.rows) {
      for (const col of ['year', 'category', 'grade', 'region', 'source', 'quote']) expect(a[col], `${a.id}.${col}`).not.toBe('');
      expect(a.year).toMatch(YEAR);
      expect(a.rank).toMatch(/^\d*$/);
      if (a.prize !== '') expect(a.prize, `${a.id}`).toMatch(NOTATION);
    }
    for (const b of budgets.rows) {
      for (const col of ['region', 'value', 'source', 'quote', 'note']) expect(b[col], `${b.id}.${col}`).not.toBe('');
      if (b.fiscal_year !== '') expect(b.fiscal_year).toMatch(YEAR);
      expect(b.value, `${b.id}`).toMatch(NOTATION);
      expect(['', '일반회계', '일반+특별회계', '총계', '순계']).toContain(b.account);
      expect(['', '당초', '추경', '최종', '결산']).toContain(b.stage);
    }
    for (const row of [...figures.rows, ...awards.rows, ...budgets.rows]) {
      expect(['확인', '2차인용', '미확인']).toContain(row.status);
      expect([...(row.quote ?? '')].length, `${row.id} quote length`).toBeLessThanOrEqual(80);
    }
  });

  it('never writes a bare 구 or 군 without its 시도', () => {
    for (const row of [...figures.rows, ...awards.rows, ...budgets.rows]) {
      expect(row.region, `${row.id}`).toMatch(/^(?:전국|\S+(?:특별시|광역시|특별자치시|도|특별자치도)(?: \S+)?)$/);
    }
  });
});

describe('part B dataset: spot checks against the sources', () => {
  const award = (source: string, region: string, year: string, category: string) =>
    only(
      awards.rows.filter((a) => a.source === source && a.region === region && a.year === year && a.category === category),
      `${source} ${region} ${year} ${category}`,
    );
  const figure = (source: string, metric: string) =>
    only(figures.rows.filter((f) => f.source === source && f.metric === metric), `${source} ${metric}`);
  const budget = (source: string, region: string, year: string, measure: string) =>
    only(
      budgets.rows.filter((b) => b.source === source && b.region === region && b.fiscal_year === year && b.measure === measure),
      `${source} ${region} ${year} ${measure}`,
    );

  it('대구시 2021 press release: 시·도 부문 대상 with 포상금 4천만원, 8 awards, 상금 2억 5천만원, 5,314건', () => {
    const pr = 'daegu-20211216-eval';
    const city = award(pr, '대구광역시', '2021', '시·도 부문');
    expect([city.grade, city.prize]).toEqual(['대상', '4천만원']);
    expect(figure(pr, '수상 건수').value).toBe('8개');
    expect(awards.rows.filter((a) => a.source === pr)).toHaveLength(8);
    expect(figure(pr, '포상금').value).toBe('2억 5천만원');
    expect(figure(pr, '찾아가는 복지서비스 상담 건수(전국 1위)').value).toBe('5,314건');
    expect(award(pr, '대구광역시 달서구', '2021', '민관협력 및 자원연계').grade).toBe('대상');
    expect(award(pr, '대구광역시 남구', '2021', '지역사회보장계획 시행결과').grade).toBe('최우수상');
    const hope = awards.rows.filter((a) => a.source === pr && a.category === '희망복지지원단 운영');
    expect(hope.map((a) => `${a.region}:${a.grade}`).sort()).toEqual(['대구광역시 달서구:최우수상', '대구광역시 수성구:최우수상']);
  });

  it('2022 national results: 122개 기관, 포상금 26억원, ten 대상 categories', () => {
    const src = 'yna-hankyung-20221208-eval';
    expect(figure(src, '우수기관 수(중복 포함)').value).toBe('122개');
    expect(figure(src, '포상금 총액').value).toBe('26억원');
    const categories = new Set(awards.rows.filter((a) => a.source === src && a.grade === '대상').map((a) => a.category));
    expect(categories.size).toBe(10);
  });

  it('prize money stays as written on the award it belongs to', () => {
    expect(award('idomin-nd-583785-eval', '경상남도 창녕군', '2018', '희망복지지원단 운영').prize).toBe('3000만 원');
    expect(award('namdonews-nd-423450-eval', '전라남도 해남군', '2016', '지역사회보장계획 수립·시행결과').prize).toBe('5천만원');
    expect(award('newsbox-20201221-eval', '광주광역시 남구', '2020', '찾아가는 보건복지 서비스 제공').prize).toBe('1,500만원');
    expect(figure('kukinews-20191206-eval', '포상금 총액').value).toBe('33억 원');
  });

  it('2018 지역사회보장계획 시행결과: four 발전상, and the 대구 남구 disagreement kept side by side', () => {
    const src = 'yna-hankyung-20190812-eval';
    expect(awards.rows.filter((a) => a.source === src && a.grade === '발전상')).toHaveLength(4);
    expect(award(src, '대구광역시 남구', '2018', '지역사회보장계획 시행결과').grade).toBe('우수상');
    expect(award('kbmaeil-nd-461755-eval', '대구광역시 남구', '2018', '지역사회보장계획 시행결과').grade).toBe('최우수상');
  });

  it('budgets keep notation and basis: 여수 2024 일반회계, 노원 2015 결산, 전남 2013 합계', () => {
    const yeosu = budget('ysibtv-20231121-budget', '전라남도 여수시', '2024', 'welfare-budget');
    expect([yeosu.value, yeosu.account]).toEqual(['5,004억 원', '일반회계']);
    const nowon = budget('datanews-nd-97208-budget', '서울특별시 노원구', '2015', 'social-welfare-expenditure');
    expect([nowon.value, nowon.stage]).toEqual(['3812억2900만 원', '결산']);
    expect(budget('datanews-nd-97208-budget', '서울특별시', '2015', 'social-welfare-expenditure').value).toBe('6조576억9000만 원');
    expect(budget('ysnaju-nd-8674996-budget', '전라남도', '2013', 'total-budget').value).toBe('8조4천2백47억8천400만원');
    expect(budget('yeongnam-20140901-budget', '대구광역시 달성군', '2014', 'welfare-per-capita').value).toBe('199만6천원');
    expect(budget('ysmbc-nd-29686-budget', '전라남도 고흥군', '', 'welfare-budget').value).toBe('8백56억 원');
    expect(budget('kmib-20150910-budget', '광주광역시 북구', '2015', 'welfare-share').value).toBe('70.12%');
  });

  it('keeps the 여수 2016 share as the newspaper wrote it (35%), pointing at the 35.06% of the press release', () => {
    const share = budget('newsprime-nd-326593-budget', '전라남도 여수시', '2016', 'welfare-share');
    expect(share.value).toBe('35%');
    expect(share.note).toContain('35.06%');
  });

  it('dates a newsbox source from its ObjectId and says so', () => {
    const s = only(sources.rows.filter((r) => r.id === 'newsbox-20201221-eval'), 'newsbox source');
    expect(s.published).toBe('2020-12-21');
    expect(s.note).toContain('ObjectId');
  });
});
