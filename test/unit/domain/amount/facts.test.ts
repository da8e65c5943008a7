import { describe, it, expect } from 'vitest';
import { parseAmount } from '../../../../src/core/domain/amount/index.ts';
import type { BaseUnit, Qualifier } from '../../../../src/core/domain/amount/index.ts';

// Real notations from reference/facts.csv (the row number is the CSV line). The figure is the part of `raw_text`
// that is the amount; the expected value is the csv's `value` column, copied by hand, not from the parser.
type Case = readonly [line: number, written: string, value: number, unit: BaseUnit, qualifiers?: Qualifier[]];

const CASES: readonly Case[] = [
  [2, '297개', 297, '개'],
  [3, '5,200여 명', 5200, '명', ['over']],
  [4, '30만 가구 이상', 300000, '가구', ['at-least']],
  [5, '103억 원', 10300000000, '원'],
  [12, '1000만 원', 10000000, '원'],
  [13, '30%', 30, '%'],
  [17, '5만 2천 가구', 52000, '가구'],
  [18, '7천 가구', 7000, '가구'],
  [19, '약 17만 4천 가구', 174000, '가구', ['approx']],
  [20, '44건', 44, '건'],
  [24, '4천495명', 4495, '명'],
  [25, '6만4천여 가구', 64000, '가구', ['over']],
  [27, '16만6천 가구', 166000, '가구'],
  [59, '26억원', 2600000000, '원'],
  [71, '1,500만원', 15000000, '원'],
  [81, '184조6000억원', 184600000000000, '원'],
  [82, '25.3%', 25.3, '%'],
  [83, '46조6075억원', 46607500000000, '원'],
  [85, '148만원', 1480000, '원'],
  [90, '9.0%', 9.0, '%'],
  [91, '168조1,012억원', 168101200000000, '원'],
  [94, '1만5,939명', 15939, '명'],
  [99, '1,517세대', 1517, '세대'],
  [103, '2억2000만원', 220000000, '원'],
  [127, '2억 1700만 원', 217000000, '원'],
  [135, '5250만원', 52500000, '원'],
  [174, '39억6000만원', 3960000000, '원'],
  [184, '2억 9515만 원', 295150000, '원'],
  [188, '4억6,200만원', 462000000, '원'],
  [190, '7,002건', 7002, '건'],
  [205, '7141가구', 7141, '가구'],
  [206, '23억 1800만원', 2318000000, '원'],
  [209, '8000 가구', 8000, '가구'],
  [218, '2천만원', 20000000, '원'],
  [230, '136곳', 136, '곳'],
  [248, '1억 3천 5백만 원', 135000000, '원'],
  [255, '2천270억 원 수준', 227000000000, '원', ['approx']],
  [259, '8백56억 원', 85600000000, '원'],
  [262, '1조3425억 원', 1342500000000, '원'],
  [269, '1천255만원', 12550000, '원'],
  [284, '29.57%', 29.57, '%'],
  [286, '1조 4,577억 원', 1457700000000, '원'],
  [290, '20,254억원', 2025400000000, '원'],
  [301, '3,312억 8,900만원', 331289000000, '원'],
  [303, '231조원', 231000000000000, '원'],
  [304, '66조1000억원', 66100000000000, '원'],
  [330, '3812억2900만 원', 381229000000, '원'],
  [334, '6조576억9000만 원', 6057690000000, '원'],
  [344, '4천700여 명', 4700, '명', ['over']],
  [345, '14만 800 가구', 140800, '가구'],
  [346, '228억 원', 22800000000, '원'],
  [353, '10억 원', 1000000000, '원'],
  [354, '18억 2천만 원', 1820000000, '원'],
  [362, '35.06%', 35.06, '%'],
  [366, '4,004명', 4004, '명'],
  [421, '8조4천2백47억8천400만원', 8424784000000, '원'],
  [422, '7천858억원', 785800000000, '원'],
  [435, '199만6천원', 1996000, '원'],
  [446, '2천605억5천410만 원', 260554100000, '원'],
  [451, '7천39억2천700만 원', 703927000000, '원'],
  [452, '8천631억5천만 원', 863150000000, '원'],
  [468, '1조104억원', 1010400000000, '원'],
  [483, '1조 971억 원', 1097100000000, '원'],
  [487, '3천500만원', 35000000, '원'],
  [491, '2,732,235명', 2732235, '명'],
  [503, '3만 6천 가구', 36000, '가구'],
  [507, '3억 400만 원', 304000000, '원'],
  [508, '1억 2000만 원', 120000000, '원'],
  [509, '가구당 최대 150만 원', 1500000, '원/가구', ['up-to']],
  [511, '1억 3000만 원 이하', 130000000, '원', ['at-most']],
  [529, '약 2억 5백만원', 205000000, '원', ['approx']],
  [533, '7억300만원', 703000000, '원'],
  [537, '870만원', 8700000, '원'],
  [607, '4억 3천만 원', 430000000, '원'],
  [616, '가구당 150만 원', 1500000, '원/가구'],
  [625, '1천900만원', 19000000, '원'],
  [626, '1,540여세대', 1540, '세대', ['over']],
];

describe('parseAmount on real notations from facts.csv', () => {
  for (const [line, written, value, unit, qualifiers = []] of CASES) {
    it(`line ${line}: ${written}`, () => {
      expect(parseAmount(written)).toMatchObject({ ok: true, value, unit, written, qualifiers });
    });
  }

  it('covers at least 60 distinct notations', () => {
    expect(new Set(CASES.map((c) => c[1])).size).toBeGreaterThanOrEqual(60);
  });

  // Line 510 "의료비는 50만 원까지" is 원/가구 in the csv only because of the sentence around it.
  it('line 510: 50만 원까지 reads as an upper bound in 원', () => {
    expect(parseAmount('50만 원까지')).toMatchObject({ ok: true, value: 500000, unit: '원', qualifiers: ['up-to'] });
  });

  // Line 357: the 부안 press release writes "808억만원". The csv's 80800000000 is a reading of a typo;
  // the parser must refuse it rather than guess between 808억 and 808만.
  it('line 357: refuses the source typo 808억만원', () => {
    const result = parseAmount('808억만원');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('doubled-scale');
  });

  // Lines 492 and 499: dataset cells without units, read with the unit the column declares.
  it('lines 492 and 499: bare dataset cells with a declared unit', () => {
    expect(parseAmount('2,013,319', { unit: '가구' })).toMatchObject({ ok: true, value: 2013319, unit: '가구' });
    expect(parseAmount('42.37', { unit: '%' })).toMatchObject({ ok: true, value: 42.37, unit: '%' });
  });

  // The same 228억 (line 346) as a TASIS cell in 백만원 and a 지방재정365 export cell in 천원.
  it('line 346 in 백만원 and 천원 columns', () => {
    expect(parseAmount('22,800', { unit: '백만원' })).toMatchObject({ ok: true, value: 22800000000, unit: '원' });
    expect(parseAmount('22,800,000', { unit: '천 원' })).toMatchObject({ ok: true, value: 22800000000, unit: '원' });
  });
});
