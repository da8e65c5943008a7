import { describe, expect, it } from 'vitest';
import { citeText, dataDate, englishDate } from '../../../src/core/publish/cite.ts';
import type { SourceRecord } from '../../../src/core/domain/dataset/types.ts';
import { SOURCES_IN_FULL } from '../../../src/core/site/sourceLists.ts';

const jeonnam: SourceRecord = {
  id: 'jeonnam-20231214-gidongdae',
  kind: '보도자료',
  title: '전국 확산 ‘우리동네 복지기동대’ 성과 공유',
  issuer: '전라남도',
  published: '2023-12-14',
  url: 'https://www.jeonnam.go.kr/example',
  locator: null,
  reliability: '원문',
  note: null,
};

const glossary = new Map([
  ['issuer:전라남도', 'Jeollanam-do Provincial Government'],
  ['kind:보도자료', 'press release'],
]);
const subject = {
  ko: '전라남도 우리동네 복지기동대 — 전라남도 누적 지원액(5년) 228억 원 (2019~2023년 누적)',
  en: 'Jeollanam-do Neighbourhood Welfare Task Force (우리동네 복지기동대) — Jeollanam-do: cumulative amount of support (5 years), KRW 22.8 billion (cumulative 2019–2023)',
};

/** The text with every (balanced, possibly nested) parenthesised part removed. */
function outsideParentheses(text: string): string {
  let out = text;
  for (let prev = ''; prev !== out;) [prev, out] = [out, out.replace(/\([^()]*\)/g, '')];
  return out;
}

describe('citeText', () => {
  it('puts the subject, then issuer, 「title」, Korean date and URL, then this site, the permalink and the data date', () => {
    const c = citeText({
      sources: [jeonnam],
      subject,
      permalink: 'https://example.org/sources/jeonnam-20231214-gidongdae/#x-1',
      dataAsOf: '2026-07-29',
      glossary,
    });
    expect(c.ko).toBe(
      `${subject.ko}. 전라남도, 「전국 확산 ‘우리동네 복지기동대’ 성과 공유」, 2023년 12월 14일, https://www.jeonnam.go.kr/example. ` +
        '복지 아틀라스에서 인용: https://example.org/sources/jeonnam-20231214-gidongdae/#x-1 (자료 기준일: 2026년 7월 29일).',
    );
    expect(c.en).toBe(
      `${subject.en}. Jeollanam-do Provincial Government, press release (전국 확산 ‘우리동네 복지기동대’ 성과 공유), 14 December 2023, https://www.jeonnam.go.kr/example. ` +
        'Cited via Bokji Atlas (복지 아틀라스): https://example.org/sources/jeonnam-20231214-gidongdae/#x-1 (data as of 29 July 2026).',
    );
    expect(outsideParentheses(c.en)).not.toMatch(/[\uac00-\ud7a3]/);
  });

  it('English: no Hangul outside parentheses and one pair of quotes, also for titles with their own quotes and unknown issuers', () => {
    const newsstep: SourceRecord = {
      ...jeonnam,
      id: 'newsstep',
      kind: '기사',
      issuer: '뉴스스텝',
      title: '“문을 두드리니 위기가 보였다” 강동구, 지역사회보장협의체 민관협력 성과 공유',
      url: null,
      locator: '뉴스스텝 기사 (최선경 기자, 기사승인 2024-12-18 09:10:04)',
    };
    const c = citeText({ sources: [newsstep], subject, permalink: '/x/', dataAsOf: null, glossary: new Map() });
    expect(outsideParentheses(c.en)).not.toMatch(/[\uac00-\ud7a3]/);
    expect(c.en).not.toMatch(/““|””/);
    expect(c.en.match(/“/g)).toHaveLength(1);
    expect(c.en).toContain('Nyuseuseutep (뉴스스텝), Gisa (기사) (“문을 두드리니');
    expect(c.en).toContain('not online, published at (뉴스스텝 기사 (최선경 기자');
    expect(c.ko).toContain('게재 위치: 뉴스스텝 기사');
  });

  it('a source without URL is cited with its locator; without either it says so', () => {
    const c = citeText({
      sources: [{ ...jeonnam, url: null, published: null, locator: '여수포털 보도자료' }],
      permalink: '/sources/a/#b',
      dataAsOf: null,
      glossary,
    });
    expect(c.ko).toBe(
      '전라남도, 「전국 확산 ‘우리동네 복지기동대’ 성과 공유」, 날짜 미상, 게재 위치: 여수포털 보도자료. 복지 아틀라스에서 인용: /sources/a/#b.',
    );
    expect(c.en).toContain('n.d., not online, published at (여수포털 보도자료).');
    const none = citeText({
      sources: [{ ...jeonnam, url: null, locator: null }],
      permalink: '/x/',
      dataAsOf: null,
      glossary,
    });
    expect(none.ko).toContain('주소 없음');
    expect(none.en).toContain('not online.');
    expect(c.ko).not.toContain('자료 기준일');
  });

  it('lists several sources once each, in order (chart citations)', () => {
    const other = {
      ...jeonnam,
      id: 'other',
      issuer: '여수시',
      title: '빈틈없는 복지그물망',
      published: '2016-06-23',
      url: 'https://www.yeosu.go.kr/x',
    };
    const c = citeText({ sources: [jeonnam, other, jeonnam], permalink: '/x/', dataAsOf: null, glossary });
    expect(c.ko.match(/전라남도, 「/g)).toHaveLength(1);
    expect(c.ko.indexOf('전라남도')).toBeLessThan(c.ko.indexOf('여수시'));
    expect(c.ko).toContain('; 여수시, 「빈틈없는 복지그물망」, 2016년 6월 23일, https://www.yeosu.go.kr/x.');
  });
});

describe('citeText with a source list address', () => {
  const many = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      ...jeonnam,
      id: `s${i}`,
      title: `문서 ${i}`,
      url: `https://a.example/${i}`,
    }));
  const list = 'https://example.org/charts/c-sources.csv';

  it(`names every source up to SOURCES_IN_FULL (${SOURCES_IN_FULL}) and gives no list address`, () => {
    const c = citeText({
      sources: many(SOURCES_IN_FULL),
      sourceList: list,
      permalink: '/x/',
      dataAsOf: null,
      glossary,
    });
    for (let i = 0; i < SOURCES_IN_FULL; i++) expect(c.ko).toContain(`「문서 ${i}」`);
    expect(c.ko).not.toContain(list);
    expect(c.en).not.toContain(list);
  });

  it('a longer list names one fewer, counts the rest (duplicates once) and points to the list in both languages', () => {
    const sources = [...many(40), ...many(40)];
    const c = citeText({ sources, sourceList: list, permalink: 'https://example.org/#c', dataAsOf: null, glossary });
    const named = SOURCES_IN_FULL - 1;
    expect(c.ko).toContain(`「문서 ${named - 1}」`);
    expect(c.ko).not.toContain(`「문서 ${named}」`);
    expect(c.ko).toContain(
      `https://a.example/${named - 1}; 외 ${40 - named}건(전체 출처 목록: ${list}). 복지 아틀라스에서 인용: https://example.org/#c.`,
    );
    expect(c.en).toContain(`; and ${40 - named} more sources (full list: ${list}). Cited via Bokji Atlas`);
    expect(outsideParentheses(c.en)).not.toMatch(/[\uac00-\ud7a3]/);
  });

  it('without a list address every source is named (figures, records and pages cite what they show)', () => {
    const c = citeText({ sources: many(40), permalink: '/x/', dataAsOf: null, glossary });
    expect(c.ko).toContain('「문서 39」');
    expect(c.ko).not.toContain('외 ');
  });
});

describe('dataDate and dates', () => {
  it('takes the latest full date, ignoring null and partial dates', () => {
    expect(
      dataDate([{ published: '2016-06-23' }, { published: null }, { published: '2026' }, { published: '2023-12-14' }]),
    ).toBe('2023-12-14');
    expect(dataDate([{ published: null }, { published: '2024-05' }])).toBeNull();
  });

  it('writes English dates day month year, with shorter forms for partial dates', () => {
    expect(englishDate('2017-12-19')).toBe('19 December 2017');
    expect(englishDate('2024-05')).toBe('May 2024');
    expect(englishDate('2021')).toBe('2021');
    expect(englishDate(null)).toBe('n.d.');
  });
});
