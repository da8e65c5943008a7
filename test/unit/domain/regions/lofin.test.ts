import { describe, it, expect } from 'vitest';
import {
  compactLabel,
  lofinCsv,
  matchLofinRecords,
  parseRegistry,
  resolveRegion,
  RegistryError,
  rowOf,
} from '../../../../src/core/domain/regions/index.ts';
import { buildLofinCodesText } from '../../../../scripts/build-lofin-codes.ts';
import { loadRegistry, readRegionFile, resolved as ok, unresolved as err } from '../../../support/loadRegistry.ts';

const registry = loadRegistry();
const crosswalk = registry.lofin;
if (!crosswalk) throw new Error('loadRegistry must load lofin-codes.csv');
const pairs = crosswalk.pairs;

describe('data/regions/lofin-codes.csv', () => {
  it('has the 243 자치단체 of the published JSON: 17 본청 and 226 기초, all as of 2026-01-01', () => {
    expect(pairs).toHaveLength(243);
    expect(pairs.filter((p) => p.level === '본청')).toHaveLength(17);
    expect(pairs.filter((p) => p.level === '기초')).toHaveLength(226);
    expect(new Set(pairs.map((p) => p.asOf))).toEqual(new Set(['2026-01-01']));
  });

  it('is what scripts/build-lofin-codes.ts makes from data/published/local-finance/indicators-2024-2026.json', () => {
    const built = buildLofinCodesText();
    expect(built.problems).toEqual([]);
    expect(built.text).toBe(readRegionFile('lofin-codes.csv'));
  });

  it.each([
    ['1114000', '서울성동구', '11200'],
    ['1112000', '서울중구', '11140'],
    ['4213000', '강원강릉시', '51150'],
    ['4612000', '전남여수시', '46130'],
    ['4280000', '강원고성군', '51820'],
    ['4874000', '경남고성군', '48820'],
    ['2772000', '대구군위군', '27720'],
    ['4200000', '강원본청', '51'],
    ['4500000', '전북본청', '52'],
    ['3200000', '세종본청', '36'],
    ['4900000', '제주본청', '50'],
  ])('%s %s → %s', (lafCd, name, code) => {
    expect(crosswalk.byLafCd.get(lafCd)).toMatchObject({ lafName: name, code });
  });

  it('agrees with laf_cd = code + "00" for only 26 of the 226 기초 units (the reference note says 26)', () => {
    const same = pairs.filter((p) => p.level === '기초' && p.lafCd === `${p.code}00`);
    expect(same).toHaveLength(26);
  });

  describe.each(pairs.map((p) => [p.lafCd, p] as const))('%s', (_lafCd, p) => {
    it('code → name: the registry unit of the code on as_of carries the name after the 광역 short name', () => {
      const unit = rowOf(registry, p.code, p.asOf);
      const sido = unit && rowOf(registry, unit.sidoCode, p.asOf);
      expect(unit?.validFrom ?? '', 'code valid on as_of').not.toBeNull();
      const shorts = [sido?.name ?? '', ...(sido?.aliases ?? [])];
      const written = p.level === '본청' ? ['본청'] : [unit?.name ?? ''];
      expect(shorts.some((s) => written.some((w) => `${s}${w}` === p.lafName))).toBe(true);
    });

    it('name → code: a 기초 label resolves to the code; a 본청 short name names exactly that one 시도 on as_of', () => {
      if (p.level === '기초') {
        expect(ok(resolveRegion(registry, p.lafName, p.asOf)).code).toBe(p.code);
      } else {
        const short = p.lafName.replace(/본청$/, '');
        const sidos = registry.regions.filter(
          (r) =>
            r.kind === '시도' &&
            (r.validFrom ?? '') <= p.asOf &&
            (r.validTo ?? '9999') >= p.asOf &&
            (r.name === short || r.aliases.includes(short)),
        );
        expect(sidos.map((r) => r.code)).toEqual([p.code]);
      }
    });

    it('the 7-digit code itself resolves to the code on as_of', () => {
      expect(ok(resolveRegion(registry, p.lafCd, p.asOf))).toMatchObject({ code: p.code, matchedBy: 'code' });
    });
  });
});

describe('7-digit input', () => {
  it('follows the crosswalk unit by identity to the date asked for', () => {
    expect(ok(resolveRegion(registry, '4213000', '2022-06-01')).code).toBe('42150');
    expect(ok(resolveRegion(registry, '4612000', '2026-08-01')).code).toBe('12130');
    expect(ok(resolveRegion(registry, '2772000', '2022-06-01')).code).toBe('47720');
  });

  it('never guesses code + "00": an unknown laf_cd is an error naming the crosswalk', () => {
    // 11140 + "00" would be 서울 중구 by truncation; 1114000 is 성동구, and 1116100 is no laf_cd at all.
    const e = err(resolveRegion(registry, '1116100', '2026-01-01'));
    expect(e.kind).toBe('unknown');
    expect(e.ko).toContain('data/regions/lofin-codes.csv');
    expect(e.en).toContain('never guessed');
  });

  it('is refused when the registry was parsed without the crosswalk', () => {
    const bare = parseRegistry(readRegionFile('regions.csv'), readRegionFile('changes.csv'));
    const e = err(resolveRegion(bare, '1111000', '2026-01-01'));
    expect(e.en).toContain('not loaded');
    expect(e.ko).toContain('lofin-codes.csv');
  });

  it('reports the end of a 본청 merged away (광주본청 after 2026-07-01) instead of mapping it', () => {
    const e = err(resolveRegion(registry, '2900000', '2026-08-01'));
    expect(e.kind).toBe('not-on-date');
    expect(e.candidates.map((c) => c.code)).toEqual(['12']);
  });
});

describe('parsing lofin-codes.csv', () => {
  const parse = (body: string) =>
    parseRegistry(
      readRegionFile('regions.csv'),
      readRegionFile('changes.csv'),
      `laf_cd,laf_hg_nm,level,code,as_of,note\n${body}`,
    );
  const fails = (body: string): RegistryError => {
    try {
      parse(body);
    } catch (e) {
      return e as RegistryError;
    }
    throw new Error('parsed');
  };

  it('accepts a good row', () => {
    expect(parse('1114000,서울성동구,기초,11200,2026-01-01,\n').lofin?.pairs).toHaveLength(1);
  });

  it.each([
    ['4213000,강원강릉시,기초,51150,2022-01-01,', 'not valid on 2022-01-01'],
    ['1100000,서울본청,기초,11,2026-01-01,', 'cannot map to 시도'],
    ['1114000,서울성동구,기초,11200,2026-01-01,\n1114000,서울성동구,기초,11110,2026-01-01,', 'appears twice'],
    ['114000,서울성동구,기초,11200,2026-01-01,', 'must have 7 digits'],
    ['1114000,서울성동구,구,11200,2026-01-01,', 'must be 본청 or 기초'],
  ])('rejects %s', (row, message) => {
    const e = fails(row);
    expect(e).toBeInstanceOf(RegistryError);
    expect(e.file).toBe('lofin-codes.csv');
    expect(e.en).toContain(message);
    expect(e.ko).toMatch(/lofin-codes\.csv:\d+/);
  });
});

describe('matchLofinRecords', () => {
  const rec = (laf_cd: string, laf_hg_nm: string, wa_laf_cd: string, wa_laf_hg_nm: string) => ({
    laf_cd,
    laf_hg_nm,
    wa_laf_cd,
    wa_laf_hg_nm,
  });

  it('matches by name, never by number', () => {
    const { pairs: got, problems } = matchLofinRecords(
      registry,
      [rec('4200000', '강원본청', '4200000', '강원'), rec('4213000', '강원강릉시', '4200000', '강원')],
      '2026-01-01',
    );
    expect(problems).toEqual([]);
    expect(got.map((p) => p.code)).toEqual(['51', '51150']);
    expect(lofinCsv(got)).toContain('4213000,강원강릉시,기초,51150,2026-01-01,laf_cd 앞 두 자리 42 ≠ 시도 코드 51\n');
  });

  it('lists every record that does not match exactly once', () => {
    const { pairs: got, problems } = matchLofinRecords(
      registry,
      [
        rec('4200000', '강원본청', '4200000', '강원'),
        rec('4213000', '강원강능시', '4200000', '강원'),
        rec('4214000', '강원여수시', '4200000', '강원'),
        rec('4215000', '경기태백시', '4200000', '강원'),
        rec('4612000', '전남여수시', '4600000', '전남'),
      ],
      '2026-01-01',
    );
    expect(got.map((p) => p.lafCd)).toEqual(['4200000']);
    expect(problems.map((p) => p.en.slice(0, 7))).toEqual(['4213000', '4214000', '4215000', '4612000']);
    expect(problems[3]?.en).toContain('parent 4600000');
    expect(compactLabel(problems[0]?.ko ?? '')).toContain('강원강능시');
  });
});
