import { describe, expect, it } from 'vitest';
import { dateEnd, isPeriod, isRealDay, parsePeriod, periodLabel } from '../../../../src/core/domain/dataset/period.ts';

describe('parsePeriod(text)', () => {
  it('reads years, months, days and cumulative ranges with their first and last day', () => {
    expect(parsePeriod('2023')).toEqual({ text: '2023', kind: 'year', start: '2023-01-01', end: '2023-12-31' });
    expect(parsePeriod('2024-02')).toEqual({ text: '2024-02', kind: 'month', start: '2024-02-01', end: '2024-02-29' });
    expect(parsePeriod('2023-02')).toMatchObject({ end: '2023-02-28' });
    expect(parsePeriod('2019-2023')).toEqual({
      text: '2019-2023',
      kind: 'range',
      start: '2019-01-01',
      end: '2023-12-31',
    });
    expect(parsePeriod('2016-06-23')).toMatchObject({ kind: 'day', start: '2016-06-23', end: '2016-06-23' });
    expect(parsePeriod('')).toEqual({ text: '', kind: 'unknown', start: null, end: null });
  });

  it('labels periods the Korean way', () => {
    expect(['2023', '2023-05', '2016-06-23', '2019-2023', ''].map((t) => periodLabel(parsePeriod(t)))).toEqual([
      '2023년',
      '2023년 5월',
      '2016년 6월 23일',
      '2019~2023년',
      '기간 미상',
    ]);
  });
});

describe('calendar helpers', () => {
  it('dateEnd(partial) is the last day it can mean; isRealDay rejects impossible days', () => {
    expect([dateEnd('2023'), dateEnd('2023-11'), dateEnd('2000-02'), dateEnd('2023-12-14')]).toEqual([
      '2023-12-31',
      '2023-11-30',
      '2000-02-29',
      '2023-12-14',
    ]);
    expect([
      isRealDay('2023-02-29'),
      isRealDay('2024-02-29'),
      isRealDay('1900-02-29'),
      isRealDay('2023-04-31'),
    ]).toEqual([false, true, false, false]);
  });
});

describe('isPeriod', () => {
  it('takes years, months 01–12 and calendar days', () => {
    for (const ok of ['2023', '2023-01', '2023-12', '2024-02-29', '2023-12-31', '2000-02-29'])
      expect(isPeriod(ok), ok).toBe(true);
  });

  it('refuses months and days that are not on the calendar, and other shapes', () => {
    for (const bad of [
      '2023-13',
      '2023-00',
      '2023-02-29',
      '1900-02-29',
      '2023-04-31',
      '2023-01-00',
      '2023-1',
      '23',
      '2023-',
      '2019-2023',
      ' 2023',
      '2023-01-01T00',
    ])
      expect(isPeriod(bad), bad).toBe(false);
  });
});
