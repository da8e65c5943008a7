import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDataBuild } from '../../scripts/lib/data-build.ts';
import type { Problem } from '../../src/core/domain/dataset/problem.ts';
import { AS_OF, REGIONS_DIR, hashFolder } from './support.ts';

const INPUT = join(import.meta.dirname, 'cases', 'minimal', 'input');
const FIG = 'figures/jeonnam-gidongdae.csv';
const SRC = 'sources/main.csv';
const AWD = 'awards/jeonnam-gidongdae-evaluation.csv';
const BUD = 'budgets/welfare.csv';
const PUB = 'published/lofin-sample/share-2023.csv';
const DESC = `${PUB}.descriptor.json`;

type Edit = (dir: string) => Promise<void>;
const ALIAS = { written: '인천남구', means: '인천미추홀구', from: '2018-07-01', reason: '옛 이름으로 적음' };
/** Replaces line `n` (1-based) of a file. */
const setLine =
  (file: string, n: number, text: string): Edit =>
  async (dir) => {
    const lines = (await readFile(join(dir, file), 'utf8')).split('\n');
    lines[n - 1] = text;
    await writeFile(join(dir, file), lines.join('\n'));
  };
/** Replaces the first occurrence of `from` in line `n`. */
const editLine =
  (file: string, n: number, from: string, to: string): Edit =>
  async (dir) => {
    const lines = (await readFile(join(dir, file), 'utf8')).split('\n');
    if (!lines[n - 1]?.includes(from)) throw new Error(`fixture changed: ${file}:${n} lacks ${from}`);
    lines[n - 1] = lines[n - 1]!.replace(from, to);
    await writeFile(join(dir, file), lines.join('\n'));
  };
const append =
  (file: string, text: string): Edit =>
  async (dir) => {
    const old = await readFile(join(dir, file), 'utf8');
    await writeFile(join(dir, file), `${old}${text}\n`);
  };
const writeBytes =
  (file: string, bytes: Uint8Array | string): Edit =>
  (dir) =>
    writeFile(join(dir, file), bytes);
const editJson =
  (file: string, change: (d: Record<string, unknown>) => void): Edit =>
  async (dir) => {
    const d = JSON.parse(await readFile(join(dir, file), 'utf8'));
    change(d);
    await writeFile(join(dir, file), JSON.stringify(d));
  };
// CP949 bytes of "id,region" + a Hangul row: a file in the agency encoding where UTF-8 is required.
const cp949Figures = new Uint8Array([...new TextEncoder().encode('id,region\n'), 0xbf, 0xa9, 0xbc, 0xf6, 0x0a]);

interface Case {
  name: string;
  edit: Edit;
  expect: Pick<Problem, 'code' | 'file'> & Partial<Pick<Problem, 'line' | 'column' | 'ko' | 'value'>>;
}

const FIG2 =
  'jeonnam-20231214-gidongdae-1,전라남도,2019-2023,households-cumulative,누적 지원 가구수(5년),14만 800 가구,누적,jeonnam-20231214-gidongdae,인용,확인,';

const cases: Case[] = [
  {
    name: 'broken quoting',
    edit: setLine(FIG, 3, 'x-1,"전라남도,2023,,지표,1 가구,,jeonnam-20231214-gidongdae,,확인,'),
    expect: { code: 'csv-missingquotes', file: FIG, line: 3, ko: 'CSV 문법 오류: 닫는 따옴표가 없습니다.' },
  },
  {
    name: 'ragged row (extra cell)',
    edit: editLine(FIG, 4, '확인,', '확인,,추가'),
    expect: {
      code: 'ragged-row',
      file: FIG,
      line: 4,
      ko: '열 개수가 맞지 않습니다: 머리글은 11개, 이 행은 12개입니다.',
    },
  },
  {
    name: 'ragged row (missing cell)',
    edit: setLine(AWD, 2, 'a-1,2023,,대상,1,전라남도 영광군'),
    expect: {
      code: 'ragged-row',
      file: AWD,
      line: 2,
      ko: '열 개수가 맞지 않습니다: 머리글은 11개, 이 행은 6개입니다.',
    },
  },
  {
    name: 'empty file',
    edit: writeBytes('sources/empty.csv', ''),
    expect: { code: 'empty-file', file: 'sources/empty.csv', line: 1, ko: '파일이 비어 있습니다.' },
  },
  {
    name: 'wrong encoding (CP949 in an own file)',
    edit: writeBytes('figures/jeonnam-gidongdae.csv', cp949Figures),
    expect: { code: 'not-utf8', file: FIG, line: 1 },
  },
  {
    name: 'wrong header',
    edit: setLine(BUD, 1, 'id,region,year,measure,metric,value,account,stage,source,quote,status,note'),
    expect: {
      code: 'unexpected-header',
      file: BUD,
      line: 1,
      ko: '머리글이 형식과 다릅니다. 기대한 머리글: id,region,fiscal_year,measure,metric,value,account,stage,source,quote,status,note',
    },
  },
  {
    name: 'duplicate column',
    edit: setLine('measures.csv', 1, 'id,label,unit,aggregation,label'),
    expect: {
      code: 'duplicate-column',
      file: 'measures.csv',
      line: 1,
      column: 'label',
      ko: '열 이름 "label"이(가) 두 번 나옵니다.',
    },
  },
  {
    name: 'unknown region',
    edit: editLine(FIG, 4, '전라남도', '전라남도 없는군'),
    expect: {
      code: 'region-unknown',
      file: FIG,
      line: 4,
      column: 'region',
      ko: "'전라남도 없는군'에 해당하는 지역을 찾지 못했습니다 (2023-12-14 기준). 비슷한 이름: 전라남도 고흥군(46770), 전라남도 화순군(46790), 전라남도 장흥군(46800), 전라남도 강진군(46810), 전라남도 해남군(46820).",
    },
  },
  {
    name: 'ambiguous region',
    edit: editLine(AWD, 2, '전라남도 영광군', '중구'),
    expect: { code: 'region-ambiguous', file: AWD, line: 2, column: 'region', value: '중구' },
  },
  {
    name: 'expired region (인천 중구 after 2026-07-01)',
    edit: async (dir) => {
      await append(
        SRC,
        'incheon-20260801,기사,인천 기사,인천일보,2026-08-01,https://www.incheonilbo.com/x,,보도,',
      )(dir);
      await append(FIG, 'incheon-20260801-1,인천광역시 중구,2026,,지원 가구,10 가구,,incheon-20260801,,확인,')(dir);
    },
    expect: { code: 'region-not-on-date', file: FIG, line: 6, column: 'region', value: '인천광역시 중구' },
  },
  {
    name: 'duplicate figure',
    edit: append(FIG, FIG2.replace('gidongdae-1,', 'gidongdae-9,')),
    expect: {
      code: 'duplicate-figure',
      file: FIG,
      line: 6,
      column: 'value',
      ko: '같은 출처의 같은 수치가 figures/jeonnam-gidongdae.csv:2에 이미 있습니다 (jeonnam-20231214-gidongdae-1).',
    },
  },
  {
    name: 'duplicate id',
    edit: append(FIG, FIG2.replace('14만 800 가구', '15만 가구')),
    expect: {
      code: 'duplicate-id',
      file: FIG,
      line: 6,
      column: 'id',
      ko: '식별자 "jeonnam-20231214-gidongdae-1"이(가) 이미 figures/jeonnam-gidongdae.csv:2에서 쓰였습니다 (figures/awards/budgets).',
    },
  },
  {
    name: 'duplicate id across files',
    edit: editLine(BUD, 2, 'yeosu-20160623-welfare-1', 'jeonnam-20231214-gidongdae-a1'),
    expect: { code: 'duplicate-id', file: BUD, line: 2, column: 'id' },
  },
  {
    name: 'value without unit',
    edit: editLine(FIG, 3, '228억 원', '228억'),
    expect: {
      code: 'amount-missing-unit',
      file: FIG,
      line: 3,
      column: 'value',
      value: '228억',
      ko: '단위가 없습니다. 원·가구·명 등 단위를 쓰거나 표의 단위를 지정하세요.',
    },
  },
  {
    name: 'negative amount',
    edit: editLine(FIG, 2, '14만 800 가구', '-5 가구'),
    expect: { code: 'amount-negative', file: FIG, line: 2, column: 'value', value: '-5 가구' },
  },
  {
    name: 'non-numeric amount',
    edit: editLine(FIG, 2, '14만 800 가구', '많음'),
    expect: { code: 'amount-not-a-number', file: FIG, line: 2, column: 'value', ko: '숫자를 찾을 수 없습니다.' },
  },
  {
    name: 'doubled scale word (808억만원)',
    edit: editLine(FIG, 3, '228억 원', '808억만원'),
    expect: { code: 'amount-doubled-scale', file: FIG, line: 3, column: 'value' },
  },
  {
    name: 'unit differs from the measure',
    edit: editLine(FIG, 2, '14만 800 가구', '14만 800 명'),
    expect: {
      code: 'unit-mismatch',
      file: FIG,
      line: 2,
      column: 'value',
      ko: '단위가 측정 항목과 다릅니다: "명" (기대: "가구")',
    },
  },
  {
    name: 'unknown source id',
    edit: editLine(FIG, 2, ',jeonnam-20231214-gidongdae,', ',no-such-source,'),
    expect: {
      code: 'unknown-source',
      file: FIG,
      line: 2,
      column: 'source',
      ko: '출처 "no-such-source"이(가) sources/*.csv에 없습니다.',
    },
  },
  {
    name: 'unknown measure',
    edit: editLine(FIG, 2, 'households-cumulative', 'households-typo'),
    expect: { code: 'unknown-measure', file: FIG, line: 2, column: 'measure' },
  },
  {
    name: 'unknown program (file name)',
    edit: async (dir) => {
      await cp(join(dir, FIG), join(dir, 'figures/no-such-program.csv'));
      await rm(join(dir, FIG));
    },
    expect: { code: 'unknown-program', file: 'figures/no-such-program.csv', line: 2 },
  },
  {
    name: 'unknown evaluation (file name)',
    edit: async (dir) => {
      await cp(join(dir, AWD), join(dir, 'awards/no-such-evaluation.csv'));
      await rm(join(dir, AWD));
    },
    expect: { code: 'unknown-evaluation', file: 'awards/no-such-evaluation.csv', line: 2 },
  },
  {
    name: 'source date in the future',
    edit: editLine(SRC, 3, '2022-11-11', '2027-01-05'),
    expect: {
      code: 'future-date',
      file: SRC,
      line: 3,
      column: 'published',
      ko: '발행일이 오늘(2026-11-23)보다 뒤입니다.',
    },
  },
  {
    name: 'period in the future (not a target)',
    edit: editLine(FIG, 4, ',2023,', ',2027,'),
    expect: { code: 'future-date', file: FIG, line: 4, column: 'period' },
  },
  {
    name: 'award year in the future',
    edit: editLine(AWD, 3, ',2023,', ',2028,'),
    expect: { code: 'future-date', file: AWD, line: 3, column: 'year' },
  },
  {
    name: 'fiscal year too far ahead',
    edit: editLine(BUD, 2, ',2016,', ',2030,'),
    expect: { code: 'future-date', file: BUD, line: 2, column: 'fiscal_year', ko: '회계연도가 2027년보다 뒤입니다.' },
  },
  {
    name: 'impossible date',
    edit: editLine(SRC, 2, '2023-12-14', '2023-02-30'),
    expect: { code: 'invalid-date', file: SRC, line: 2, column: 'published' },
  },
  {
    name: 'malformed period',
    edit: editLine(FIG, 4, ',2023,', ',2023-13,'),
    expect: { code: 'invalid-value', file: FIG, line: 4, column: 'period' },
  },
  {
    name: 'malformed id',
    edit: editLine(FIG, 2, 'jeonnam-20231214-gidongdae-1', 'Bad ID'),
    expect: { code: 'invalid-value', file: FIG, line: 2, column: 'id' },
  },
  {
    name: 'missing required cell',
    edit: editLine(FIG, 2, '누적 지원 가구수(5년)', ''),
    expect: { code: 'missing-value', file: FIG, line: 2, column: 'metric' },
  },
  {
    name: 'status not in the vocabulary',
    edit: editLine(FIG, 2, ',확인,', ',맞음,'),
    expect: {
      code: 'invalid-value',
      file: FIG,
      line: 2,
      column: 'status',
      ko: '"status" 값이 형식에 맞지 않습니다. 기대: 다음 중 하나: 확인, 2차인용, 미확인',
    },
  },
  {
    name: 'HTML in a text field',
    edit: editLine(FIG, 2, '누적 지원 가구수(5년)', '<b>누적</b>'),
    expect: {
      code: 'markup-in-text',
      file: FIG,
      line: 2,
      column: 'metric',
      ko: 'HTML·스크립트로 보이는 내용이 있습니다. 일반 글만 쓸 수 있습니다.',
    },
  },
  {
    name: 'script in a quote',
    edit: editLine(FIG, 3, '취약계층', '<script>alert(1)</script>'),
    expect: { code: 'markup-in-text', file: FIG, line: 3, column: 'quote' },
  },
  {
    name: 'SVG payload in a title',
    edit: editLine(SRC, 4, '여수시 복지 예산 보도자료', '<svg onload=alert(1)>'),
    expect: { code: 'markup-in-text', file: SRC, line: 4, column: 'title' },
  },
  {
    name: 'javascript: URL',
    edit: editLine(SRC, 3, 'http://www.koeco.kr/166815274010629015', 'javascript:alert(1)'),
    expect: { code: 'invalid-value', file: SRC, line: 3, column: 'url', value: 'javascript:alert(1)' },
  },
  {
    name: 'data: URL',
    edit: editLine(SRC, 3, 'http://www.koeco.kr/166815274010629015', '"data:text/html;base64,PHNjcmlwdD4="'),
    expect: { code: 'invalid-value', file: SRC, line: 3, column: 'url' },
  },
  {
    name: 'right-to-left override',
    edit: editLine(FIG, 2, '누적 지원', '누적\u202E 지원'),
    expect: { code: 'invisible-character', file: FIG, line: 2, column: 'metric' },
  },
  {
    name: 'zero-width character in a region',
    edit: editLine(AWD, 2, '영광군', '영\u200B광군'),
    expect: { code: 'invisible-character', file: AWD, line: 2, column: 'region' },
  },
  {
    name: 'descriptor is not JSON',
    edit: writeBytes(DESC, '{ "id": '),
    expect: { code: 'descriptor-json', file: DESC, line: 1 },
  },
  {
    name: 'descriptor names a missing column',
    edit: editJson(DESC, (d) => {
      d.region = { column: '단체명' };
    }),
    expect: { code: 'missing-column', file: PUB, line: 2, column: '단체명' },
  },
  {
    name: 'descriptor names an unknown source',
    edit: editJson(DESC, (d) => {
      d.source = 'nope';
    }),
    expect: { code: 'unknown-source', file: DESC, column: 'source' },
  },
  {
    name: 'descriptor with a fixed period that is not on the calendar',
    edit: editJson(DESC, (d) => {
      (d.layout as { period: unknown }).period = { value: '2023-13' };
    }),
    expect: { code: 'descriptor-invalid', file: DESC, column: 'period.value' },
  },
  {
    name: 'descriptor with an unknown field',
    edit: editJson(DESC, (d) => {
      d.colour = 'blue';
    }),
    expect: { code: 'descriptor-invalid', file: DESC },
  },
  {
    name: 'published file: junk value',
    edit: writeBytes(PUB, '표\n회계연도,자치단체명,사회복지비중\n2023,서울종로구,많음\n'),
    expect: { code: 'amount-not-a-number', file: PUB, line: 3, column: '사회복지비중' },
  },
  {
    name: 'published file: ragged row',
    edit: writeBytes(PUB, '표\n회계연도,자치단체명,사회복지비중\n2023,서울종로구\n'),
    expect: { code: 'ragged-row', file: PUB, line: 3 },
  },
  {
    name: 'published file: broken quoting',
    edit: writeBytes(PUB, '표\n회계연도,자치단체명,사회복지비중\n2023,"서울종로구,21.5\n'),
    expect: { code: 'csv-syntax', file: PUB, line: 3 },
  },
  { name: 'published file: empty', edit: writeBytes(PUB, ''), expect: { code: 'no-header', file: PUB, line: 2 } },
  {
    name: 'published file: a month that is not on the calendar (2023-13)',
    edit: writeBytes(PUB, '표\n회계연도,자치단체명,사회복지비중\n2023-13,서울종로구,21.5\n'),
    expect: { code: 'invalid-period', file: PUB, line: 3, column: '회계연도', value: '2023-13' },
  },
  {
    name: 'published file: a day that is not on the calendar (2023-02-30)',
    edit: writeBytes(PUB, '표\n회계연도,자치단체명,사회복지비중\n2023,서울종로구,21.5\n2023-02-30,서울중구,20.1\n'),
    expect: { code: 'invalid-period', file: PUB, line: 4, column: '회계연도', value: '2023-02-30' },
  },
  {
    name: 'published file: ambiguous region',
    edit: writeBytes(PUB, '표\n회계연도,자치단체명,사회복지비중\n2023,중구,21.5\n'),
    expect: { code: 'region-ambiguous', file: PUB, line: 3, column: '자치단체명' },
  },
  {
    name: 'published file: a region and period twice, without repeatedRows (a duplicate, as always)',
    edit: writeBytes(PUB, '표\n회계연도,자치단체명,사회복지비중\n2023,서울종로구,21.5\n2023,서울종로구,21.5\n'),
    expect: { code: 'duplicate-id', file: PUB, line: 4, column: 'id' },
  },
  {
    name: 'published file: repeated rows that disagree (repeatedRows never picks one)',
    edit: async (dir) => {
      await editJson(DESC, (d) => {
        d.repeatedRows = { reason: '같은 값이 되풀이된 행' };
      })(dir);
      await writeBytes(PUB, '표\n회계연도,자치단체명,사회복지비중\n2023,서울종로구,21.5\n2023,종로구,21.6\n')(dir);
    },
    expect: { code: 'repeated-row-differs', file: PUB, line: 4, column: '사회복지비중', value: '21.6' },
  },
  {
    name: 'published file: a header naming two columns (the year row left out of headerRows)',
    edit: writeBytes(PUB, '표\n회계연도,자치단체명,사회복지비중,사회복지비중\n2023,서울종로구,21.5,21.6\n'),
    expect: { code: 'repeated-header', file: PUB, line: 2, column: '사회복지비중' },
  },
  {
    name: 'region alias no row uses (stale)',
    edit: editJson(DESC, (d) => {
      d.region = { column: '자치단체명', aliases: [ALIAS] };
    }),
    expect: { code: 'region-alias-unused', file: DESC, column: 'region.aliases', value: '인천남구' },
  },
  {
    name: 'region alias whose written name resolves by itself (would override a real match)',
    edit: editJson(DESC, (d) => {
      d.region = { column: '자치단체명', aliases: [{ ...ALIAS, written: '서울종로구', means: '서울중구' }] };
    }),
    expect: { code: 'region-alias-shadows', file: PUB, line: 3, column: '자치단체명', value: '서울종로구' },
  },
  {
    name: 'region alias whose target does not exist on the row date',
    edit: async (dir) => {
      await editJson(DESC, (d) => {
        d.region = { column: '자치단체명', aliases: [{ ...ALIAS, means: '인천광역시 제물포구' }] };
      })(dir);
      await writeBytes(PUB, '표\n회계연도,자치단체명,사회복지비중\n2023,인천남구,21.5\n')(dir);
    },
    expect: { code: 'region-alias-target', file: PUB, line: 3, column: '자치단체명', value: '인천남구' },
  },
];

let template: string;
let previous: Record<string, string>;
beforeAll(async () => {
  // One good build, whose output every bad build must leave exactly as it was.
  template = await mkdtemp(join(tmpdir(), 'bokji-bad-'));
  const ok = await runDataBuild({
    dataDir: INPUT,
    outDir: join(template, 'out'),
    asOf: AS_OF,
    regionsDir: REGIONS_DIR,
  });
  expect(ok.ok).toBe(true);
  previous = await hashFolder(join(template, 'out'));
});
afterAll(() => rm(template, { recursive: true, force: true }));

describe('bad input stops the build with a precise report and leaves the previous output untouched', () => {
  it('has at least 30 cases', () => expect(cases.length).toBeGreaterThanOrEqual(30));
  for (const c of cases) {
    it(c.name, async () => {
      const dir = await mkdtemp(join(tmpdir(), 'bokji-case-'));
      try {
        await cp(INPUT, join(dir, 'data'), { recursive: true });
        await cp(join(template, 'out'), join(dir, 'out'), { recursive: true });
        await c.edit(join(dir, 'data'));
        const result = await runDataBuild({
          dataDir: join(dir, 'data'),
          outDir: join(dir, 'out'),
          asOf: AS_OF,
          regionsDir: REGIONS_DIR,
        });
        expect(result.ok).toBe(false);
        const errors = result.problems.filter((p) => p.severity === 'error');
        expect(errors).toContainEqual(expect.objectContaining(c.expect));
        for (const p of errors) {
          expect(p.ko.length, 'Korean message').toBeGreaterThan(3);
          expect(p.en.length, 'English message').toBeGreaterThan(3);
        }
        expect(await hashFolder(join(dir, 'out'))).toEqual(previous);
        for (const s of result.stats)
          expect(s.read, s.file).toBe(s.written + s.rejected + (s.skipped ?? 0) + (s.merged ?? 0));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
  }
});
