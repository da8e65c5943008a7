import { describe, expect, it } from 'vitest';
import { indexLineStarts, lineAt, readCsv } from '../../../../src/core/domain/csv/readCsv.ts';

describe('readCsv(text, file, header)', () => {
  it('keys cells by header, trims them and keeps the line where each row starts (quoted newlines included)', () => {
    const t = readCsv('id,name\na, 첫째 \nb,"둘\n째"\n\nc,셋째\r\n', 'x.csv');
    expect(t.rows).toEqual([
      { line: 2, cells: { id: 'a', name: '첫째' } },
      { line: 3, cells: { id: 'b', name: '둘\n째' } },
      { line: 6, cells: { id: 'c', name: '셋째' } },
    ]);
    expect(t.problems).toEqual([]);
  });

  it('strips a UTF-8 BOM before the header', () => {
    expect(readCsv('\uFEFFid\n1\n', 'x.csv').header).toEqual(['id']);
  });

  it('reports ragged rows with their line and counts them as unreadable', () => {
    const t = readCsv('a,b\n1,2\n3\n4,5,6\n', 'x.csv');
    expect(t.rows.map((r) => r.line)).toEqual([2]);
    expect(t.unreadable).toBe(2);
    expect(t.problems.map((p) => [p.code, p.line])).toEqual([
      ['ragged-row', 3],
      ['ragged-row', 4],
    ]);
  });

  it('reports an unexpected header once, listing the expected one', () => {
    const t = readCsv('id,naem\n1,x\n', 'x.csv', ['id', 'name']);
    expect(t.problems).toHaveLength(1);
    expect(t.problems[0]).toMatchObject({ code: 'unexpected-header', line: 1, value: 'id,naem' });
    expect(t.problems[0]!.en).toContain('Expected: id,name');
  });

  it('treats a whitespace-only file as empty', () => {
    expect(readCsv(' \n', 'x.csv').problems.map((p) => p.code)).toEqual(['empty-file']);
  });
});

describe('lineAt(starts, offset)', () => {
  it('maps offsets to 1-based lines', () => {
    const starts = indexLineStarts('ab\ncd\n\nef');
    expect([0, 2, 3, 6, 7, 8].map((o) => lineAt(starts, o))).toEqual([1, 1, 2, 3, 4, 4]);
  });
});
