import { describe, expect, it } from 'vitest';
import type { RegionEntry } from '../../../../src/core/site/siteData.ts';
import { regionSearchTitle } from '../../../../src/core/views/region/regionSearchTitle.ts';

const entry = (e: Partial<RegionEntry> & Pick<RegionEntry, 'identity' | 'name' | 'fullName' | 'kind'>): RegionEntry =>
  ({
    sidoIdentity: null,
    parentIdentity: null,
    status: 'current',
    abolishedOn: null,
    legacyCodes: [],
    ...e,
  }) as RegionEntry;

const sejong = entry({ identity: '36', name: '세종특별자치시', fullName: '세종특별자치시', kind: '시도' });
const sejongUnit = entry({
  identity: '36110',
  name: '세종특별자치시',
  fullName: '세종특별자치시',
  kind: '특별자치시',
  parentIdentity: '36',
});
const seoul = entry({ identity: '11', name: '서울특별시', fullName: '서울특별시', kind: '시도' });
const jung = entry({
  identity: '11140',
  name: '중구',
  fullName: '서울특별시 중구',
  kind: '자치구',
  parentIdentity: '11',
});
const cheongwon = entry({
  identity: '43720',
  name: '청원군',
  fullName: '충청북도 청원군',
  kind: '군',
  status: 'abolished',
  abolishedOn: '2014-07-01',
} as Partial<RegionEntry> & Pick<RegionEntry, 'identity' | 'name' | 'fullName' | 'kind'>);
const regions = [sejong, sejongUnit, seoul, jung, cheongwon];

describe('regionSearchTitle', () => {
  it('is the full name, so two 중구 differ', () => {
    expect(regionSearchTitle(jung, regions)).toBe('서울특별시 중구');
  });
  it('tells the 시도 and the unit with the same name apart', () => {
    expect(regionSearchTitle(sejong, regions)).toBe('세종특별자치시');
    expect(regionSearchTitle(sejongUnit, regions)).toBe('세종특별자치시 (기초자치단체)');
  });
  it('dates an abolished unit', () => {
    expect(regionSearchTitle(cheongwon, regions)).toBe('충청북도 청원군 (2014-07-01부터 없음)');
  });
});
