import { describe, expect, it } from 'vitest';
import { citeText, dataDate, englishDate } from '../../../src/core/publish/cite.ts';
import type { SourceRecord } from '../../../src/core/domain/dataset/types.ts';

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

describe('citeText', () => {
  it('puts the issuer, 「title」, Korean date and URL first, then this site and the permalink, then the data date (자료 기준일)', () => {
    const c = citeText({
      sources: [jeonnam],
      label: '전라남도 누적 지원 가구 14만 800 가구',
      permalink: 'https://example.org/sources/jeonnam-20231214-gidongdae/#x-1',
      accessed: '2026-07-29',
    });
    expect(c.ko).toBe(
      '전라남도 누적 지원 가구 14만 800 가구. 전라남도, 「전국 확산 ‘우리동네 복지기동대’ 성과 공유」, 2023년 12월 14일, https://www.jeonnam.go.kr/example. ' +
        '복지 아틀라스에서 인용: https://example.org/sources/jeonnam-20231214-gidongdae/#x-1 (자료 기준일: 2026년 7월 29일).',
    );
    expect(c.en).toBe(
      '전라남도 누적 지원 가구 14만 800 가구. 전라남도, “전국 확산 ‘우리동네 복지기동대’ 성과 공유”, 14 December 2023, https://www.jeonnam.go.kr/example. ' +
        'Cited via 복지 아틀라스 (Bokji Atlas): https://example.org/sources/jeonnam-20231214-gidongdae/#x-1 (data as of 29 July 2026).',
    );
  });

  it('leaves out what is unknown: no URL, no date, no data date', () => {
    const c = citeText({
      sources: [{ ...jeonnam, url: null, published: null }],
      permalink: '/sources/a/#b',
      accessed: null,
    });
    expect(c.ko).toBe(
      '전라남도, 「전국 확산 ‘우리동네 복지기동대’ 성과 공유」, 날짜 미상. 복지 아틀라스에서 인용: /sources/a/#b.',
    );
    expect(c.en).toContain('n.d.');
    expect(c.en).not.toContain('accessed');
    expect(c.ko).not.toContain('자료 기준일');
  });

  it('lists several sources once each, in order (chart citations)', () => {
    const other = {
      ...jeonnam,
      id: 'other',
      issuer: '여수시',
      title: '빈틈없는 복지그물망',
      published: '2016-06-23',
      url: null,
    };
    const c = citeText({ sources: [jeonnam, other, jeonnam], permalink: '/x/', accessed: null });
    expect(c.ko.match(/전라남도, 「/g)).toHaveLength(1);
    expect(c.ko.indexOf('전라남도')).toBeLessThan(c.ko.indexOf('여수시'));
    expect(c.ko).toContain('; 여수시, 「빈틈없는 복지그물망」, 2016년 6월 23일.');
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
