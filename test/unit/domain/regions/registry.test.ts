import { describe, it, expect } from 'vitest';
import { parseRegistry, RegistryError } from '../../../../src/core/domain/regions/index.ts';
import { loadRegistry, readRegionFile } from '../../../support/loadRegistry.ts';

const R_HEADER = 'code,name,full_name,kind,parent,valid_from,valid_to,aliases,note';
const C_HEADER = 'date,type,old_code,new_code,note,source_url';

// A tiny registry: one 시도, one 군 recoded 1:1 on 2020-01-01.
const SMALL_REGIONS = [
  R_HEADER,
  '99,가상도,가상도,시도,,,,가상,',
  '99710,가나군,가상도 가나군,군,99,,2019-12-31,,',
  '99720,가나군,가상도 가나군,군,99,2020-01-01,,,',
].join('\n');
const SMALL_CHANGES = [C_HEADER, '2020-01-01,recode,99710,99720,test,https://example.org'].join('\n');

function errorOf(regions: string, changes: string): RegistryError {
  try {
    parseRegistry(regions, changes);
  } catch (err) {
    if (err instanceof RegistryError) return err;
    throw err;
  }
  throw new Error('expected parseRegistry to throw');
}

describe('parseRegistry on the committed files', () => {
  const registry = loadRegistry();

  it('reads every row of both files', () => {
    const regionLines = readRegionFile('regions.csv').trim().split('\n').length - 1;
    const changeLines = readRegionFile('changes.csv').trim().split('\n').length - 1;
    expect(registry.regions).toHaveLength(regionLines);
    expect(registry.changes).toHaveLength(changeLines);
  });

  it('derives the 시도 of 행정구 through their parent 시', () => {
    const jangan = registry.byCode.get('41111')?.[0];
    expect(jangan).toMatchObject({ name: '수원시 장안구', kind: '행정구', parent: '41110', sidoCode: '41' });
    expect(registry.byCode.get('52111')?.[0]?.sidoCode).toBe('52');
  });

  it('keeps the special kinds of 세종 and the 제주 행정시', () => {
    expect(registry.byCode.get('36110')?.[0]).toMatchObject({
      kind: '특별자치시',
      parent: '36',
      aliases: ['세종시', '세종'],
    });
    expect(registry.byCode.get('50110')?.[0]?.kind).toBe('행정시');
    expect(registry.byCode.get('50130')?.[0]?.kind).toBe('행정시');
  });

  it('splits aliases on |', () => {
    expect(registry.byCode.get('28177')?.[0]?.aliases).toEqual(['미추홀구(남구)']);
    expect(registry.byCode.get('12')?.[0]?.aliases).toContain('전남광주');
  });
});

describe('parseRegistry on malformed input', () => {
  it('accepts the small valid fixture', () => {
    const r = parseRegistry(SMALL_REGIONS, SMALL_CHANGES);
    expect(r.regions).toHaveLength(3);
    expect(r.changes[0]).toMatchObject({ type: 'recode', oldCode: '99710', newCode: '99720' });
  });

  it('rejects a wrong header, naming line 1', () => {
    const err = errorOf(SMALL_REGIONS.replace('full_name', 'fullname'), SMALL_CHANGES);
    expect(err.file).toBe('regions.csv');
    expect(err.line).toBe(1);
    expect(err.message).toContain('header must be');
    expect(err.ko).toContain('머리글');
  });

  it('names the line of a bad code', () => {
    const err = errorOf(SMALL_REGIONS.replace('99710,', '9971,'), SMALL_CHANGES);
    expect(err.line).toBe(3);
    expect(err.en).toContain('2 or 5 digits');
  });

  it('counts lines across quoted fields containing newlines', () => {
    const regions = SMALL_REGIONS.replace(
      '99,가상도,가상도,시도,,,,가상,',
      '99,가상도,가상도,시도,,,,가상,"two\nlines"',
    ).replace('99720,가나군,가상도 가나군,군,99,2020-01-01,,,', '99720,가나군,가상도 가나군,군,99,2020-13-01,,,');
    expect(errorOf(regions, SMALL_CHANGES).line).toBe(5);
  });

  it('rejects an unknown kind, a missing parent and a wrong field count', () => {
    expect(errorOf(SMALL_REGIONS.replace(',군,99,,', ',구청,99,,'), SMALL_CHANGES).en).toContain('unknown kind');
    expect(errorOf(SMALL_REGIONS.replace(',군,99,,2019', ',군,98,,2019'), SMALL_CHANGES).en).toContain('parent 98');
    expect(
      errorOf(SMALL_REGIONS.replace('99,가상도,가상도,시도,,,,가상,', '99,가상도,가상도,시도,,,,가상'), SMALL_CHANGES)
        .en,
    ).toContain('expected 9 fields');
  });

  it('rejects overlapping periods of one code', () => {
    const regions = `${SMALL_REGIONS}\n99720,가나군,가상도 가나군,군,99,2021-01-01,,,`;
    const err = errorOf(regions, SMALL_CHANGES);
    expect(err.line).toBe(5);
    expect(err.en).toContain('overlap');
  });

  it('rejects a change whose dates do not meet the registry periods', () => {
    const err = errorOf(SMALL_REGIONS, SMALL_CHANGES.replace('2020-01-01,recode', '2020-02-01,recode'));
    expect(err.file).toBe('changes.csv');
    expect(err.line).toBe(2);
  });

  it('rejects a change naming a code that is not in the registry', () => {
    expect(errorOf(SMALL_REGIONS, SMALL_CHANGES.replace(',99720,', ',99730,')).en).toContain(
      '99730 is not in regions.csv',
    );
  });

  it('rejects a unit that ends without a recorded event', () => {
    const err = errorOf(SMALL_REGIONS, C_HEADER);
    expect(err.file).toBe('regions.csv');
    expect(err.line).toBe(3);
    expect(err.en).toContain('no event');
  });

  it('rejects a 1:1 change type used for a 1:2 split', () => {
    const regions = `${SMALL_REGIONS}\n99730,나나군,가상도 나나군,군,99,2020-01-01,,,`;
    const changes = `${SMALL_CHANGES}\n2020-01-01,recode,99710,99730,bad,https://example.org`;
    expect(errorOf(regions, changes).en).toContain('must be 1:1');
  });
});
