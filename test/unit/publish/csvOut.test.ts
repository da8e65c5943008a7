import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvPieces, needsFormulaGuard, toCsv } from '../../../src/core/publish/csvOut.ts';

describe('csvCell', () => {
  it('quotes commas, quotes, CR and LF, doubling inner quotes', () => {
    expect(csvCell('제주도, 2021년')).toBe('"제주도, 2021년"');
    expect(csvCell('“18% 증액한 74억원”')).toBe('“18% 증액한 74억원”');
    expect(csvCell('원문 "18% 증액"')).toBe('"원문 ""18% 증액"""');
    expect(csvCell('첫 줄\n둘째 줄')).toBe('"첫 줄\n둘째 줄"');
    expect(csvCell('a\r\nb')).toBe('"a\r\nb"');
  });

  it('writes numbers plainly and empty cells for null and undefined', () => {
    expect(csvCell(7400000000)).toBe('7400000000');
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(() => csvCell(Number.NaN)).toThrow();
  });

  it('guards text that a spreadsheet would run as a formula, but not plain signed numbers', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('+cmd')).toBe("'+cmd");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2+3+cmd|x')).toBe("'-2+3+cmd|x");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('-3.5')).toBe('-3.5');
    expect(csvCell('-2.1%')).toBe('-2.1%');
    expect(csvCell('+1,200')).toBe('"+1,200"');
    expect(needsFormulaGuard('여수시')).toBe(false);
    expect(needsFormulaGuard('-')).toBe(true);
  });
});

describe('toCsv', () => {
  it('starts with a BOM, ends lines with CRLF and round-trips through a CSV parser', () => {
    const rows = [
      ['yeosu-1', '여수시, 전라남도', 7400000000, '74억원'],
      ['x-2', '줄\n바꿈', null, '=1+1'],
    ];
    const text = toCsv(['id', 'name', 'value', 'written'], rows);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')[0]).toBe(`${BOM}id,name,value,written`);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ['id', 'name', 'value', 'written'],
      ['yeosu-1', '여수시, 전라남도', '7400000000', '74억원'],
      ['x-2', '줄\n바꿈', '', "'=1+1"],
    ]);
  });

  it('can omit the BOM and refuses rows of the wrong width', () => {
    expect(toCsv(['a'], [[1]], { bom: false })).toBe('a\r\n1\r\n');
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/2/);
  });
});

describe('csvPieces', () => {
  it('yields toCsv one line at a time, CRLF included, the BOM on the header', () => {
    const rows = [
      ['yeosu-1', '여수시, 전라남도', 7400000000],
      ['x-2', '줄\n바꿈', null],
    ];
    const pieces = [...csvPieces(['id', 'name', 'value'], rows)];
    expect(pieces).toEqual([
      `${BOM}id,name,value\r\n`,
      'yeosu-1,"여수시, 전라남도",7400000000\r\n',
      'x-2,"줄\n바꿈",\r\n',
    ]);
    expect(pieces.join('')).toBe(toCsv(['id', 'name', 'value'], rows));
    expect([...csvPieces(['a'], [], { bom: false })]).toEqual(['a\r\n']);
  });

  it('refuses a row of the wrong width when it reaches it', () => {
    const pieces = csvPieces(['a', 'b'], [[1, 2], [1]]);
    expect(pieces.next().value).toBe(`${BOM}a,b\r\n`);
    expect(pieces.next().value).toBe('1,2\r\n');
    expect(() => pieces.next()).toThrow(/row 2 has 1 cells/);
  });
});
