import { describe, expect, it } from 'vitest';
import {
  compoundSuffixes,
  expandKeywords,
  mentionedRegionKeywords,
  programKeywords,
  regionKeywords,
  type RegionNames,
} from '../../../src/core/views/searchKeywords.ts';

describe('compound tails', () => {
  it('adds the word-boundary tails pagefind cannot find by prefix', () => {
    expect(compoundSuffixes('복지기동대')).toEqual(['기동대']);
    expect(compoundSuffixes('우리동네복지기동대')).toEqual(['동네복지기동대', '복지기동대', '기동대']);
    expect(compoundSuffixes('지역복지사업')).toEqual(['복지사업', '사업']);
    expect(compoundSuffixes('여수시')).toEqual([]);
    expect(compoundSuffixes('welfare')).toEqual([]);
  });

  it('expands phrases into distinct words with their tails', () => {
    expect(expandKeywords(['전남 복지기동대', '복지기동대', null])).toEqual(['전남', '복지기동대', '기동대']);
  });
});

describe('program and region keywords', () => {
  it('makes 기동대 and 전남 find the 복지기동대 program', () => {
    const words = programKeywords({
      name: '전라남도 우리동네 복지기동대',
      shortName: '복지기동대',
      aliases: ['복지기동대', '전남 복지기동대'],
    });
    expect(words).toEqual(expect.arrayContaining(['기동대', '전남', '우리동네', '복지기동대']));
  });

  const region = (
    name: string,
    aliases: string[],
    sidoCode: string | null = null,
  ): RegionNames & { sidoIdentity: string | null } => ({
    name,
    fullName: name,
    sidoIdentity: sidoCode,
    history: { chain: [{ name, fullName: name, aliases, sidoCode }] },
  });

  it('uses the registry aliases of a region (전라남도 → 전남)', () => {
    expect(regionKeywords(region('전라남도', ['전남']))).toEqual(['전라남도', '남도', '전남']);
  });

  it('adds every 시도 a mentioned region belonged to, and skips 전국', () => {
    const regions = new Map([
      ['46', region('전라남도', ['전남'], '46')],
      ['12', region('전남광주통합특별시', ['전남광주'], '12')],
      [
        '12130',
        {
          ...region('여수시', [], '12'),
          history: {
            chain: [
              { name: '여수시', fullName: '전라남도 여수시', aliases: [], sidoCode: '46' },
              { name: '여수시', fullName: '전남광주통합특별시 여수시', aliases: [], sidoCode: '12' },
            ],
          },
        },
      ],
    ]);
    const words = mentionedRegionKeywords(['12130', '00'], regions);
    expect(words).toEqual(expect.arrayContaining(['여수시', '전남', '전남광주', '전라남도']));
  });
});
