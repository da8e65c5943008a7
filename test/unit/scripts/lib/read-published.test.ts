import fc from 'fast-check';
import Papa from 'papaparse';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastSafeCut, streamRows } from '../../../../scripts/lib/read-published.ts';

/**
 * The cut, one character at a time, as papaparse reads quotes: a quote opens a quoted cell only at the start of a
 * cell; inside, "" is a quote, and a quote closes the cell when spaces and then a delimiter or newline follow.
 */
function referenceCut(text: string, delimiter = ','): number {
  let cut = 0;
  let cellStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (cellStart && c === '"') {
      let close = -1;
      for (let j = i + 1; j < text.length && close === -1; j++) {
        if (text[j] !== '"') continue;
        if (text[j + 1] === '"') {
          j++;
          continue;
        }
        let k = j + 1;
        const ends = (at: number) =>
          text[at] === '\n' || text[at] === delimiter || (text[at] === '\r' && text[at + 1] === '\n');
        while (k < text.length && !ends(k) && text[k]!.trim() === '') k++;
        if (k >= text.length) return cut;
        if (ends(k)) close = j;
      }
      if (close === -1) return cut;
      i = close;
      cellStart = false;
      continue;
    }
    cellStart = c === delimiter || c === '\n';
    if (c === '\n') cut = i + 1;
  }
  return cut;
}

const PIECES = ['a', '"', '\n', ',', '\r', '""', '가', ' ', '"x"', '1"2'];

describe('lastSafeCut', () => {
  it('cuts after the last newline outside quoted cells, as papaparse reads quotes', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(lastSafeCut(t, ',')).toBe(referenceCut(t));
      }),
      { numRuns: 10000, seed: 3 },
    );
  });

  it('parsing the text before the cut and after it gives papaparse’s rows for the whole text', () => {
    const parse = (s: string) => Papa.parse<string[]>(s, { delimiter: ',', newline: '\n' });
    const text = fc
      .array(fc.constantFrom(...PIECES.filter((p) => p !== '\r')), { maxLength: 60 })
      .map((p) => `${p.join('')}\n`);
    fc.assert(
      fc.property(text, (t) => {
        const whole = parse(t.slice(0, -1));
        fc.pre(whole.errors.length === 0);
        const cut = lastSafeCut(t, ',');
        const rows = cut === 0 ? [] : parse(t.slice(0, cut - 1)).data;
        expect([...rows, ...parse(t.slice(cut, -1)).data]).toEqual(whole.data);
      }),
      { numRuns: 5000, seed: 5 },
    );
  });

  it('reads a quote inside an unquoted cell as text, so the rows after it are not held back', () => {
    // A parity count of quotes found no safe newline after the stray quote: nothing more was parsed until the end.
    const stray = 'h\na,12" 모니터,x\nb,1,2\n';
    expect(lastSafeCut(stray, ',')).toBe(stray.length);
    const semicolons = 'a;"1;2";3\nb;4"5;6\nc';
    expect(lastSafeCut(semicolons, ';')).toBe(semicolons.lastIndexOf('\n') + 1);
  });

  it('never cuts inside a quoted cell that spans the chunk', () => {
    expect(lastSafeCut('a,b\r\n"x\ny', ',')).toBe(5);
    expect(lastSafeCut('a,"x"\n"y""\nz', ',')).toBe(6);
    expect(lastSafeCut('a,"x"', ',')).toBe(0);
    expect(lastSafeCut('\n', ',')).toBe(1);
    expect(lastSafeCut('"\n', ',')).toBe(0);
    expect(lastSafeCut('', ',')).toBe(0);
  });
});

describe('streamRows', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'read-published-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** Rows of `cells`, written as CSV; returns the text and the line each row starts on. */
  function csv(rows: string[][]): { text: string; lines: number[] } {
    let line = 1;
    const lines: number[] = [];
    const text = rows
      .map((cells) => {
        lines.push(line);
        line += 1 + cells.join('').split('\n').length - 1;
        return cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',');
      })
      .join('\n');
    return { text: `${text}\n`, lines };
  }

  async function read(bytes: Uint8Array, encoding = 'auto') {
    const file = join(dir, 'rows.csv');
    await writeFile(file, bytes);
    const rows: Array<{ cells: string[]; line: number }> = [];
    const out = await streamRows(file, encoding, ',', (cells, line) => rows.push({ cells, line }));
    return { rows, out };
  }

  it('numbers rows by the line they start on, with quoted multi-line cells on both sides of a 1 MB chunk edge', async () => {
    // ~2.3 MB: quote-free rows, a stretch of multi-line quoted cells across the first chunk edge, quote-free rows again
    // (read after the quotes are behind), then one more quoted cell near the end.
    const plain = (i: number) => [`r${i}`, '여수시', String(i * 7)];
    const quoted = (i: number) => [`q${i}`, `둘째\n줄 "인용" ${i}`, '1,234'];
    const rows = [
      ...Array.from({ length: 40_000 }, (_, i) => plain(i)),
      ...Array.from({ length: 10_000 }, (_, i) => quoted(i)),
      ...Array.from({ length: 60_000 }, (_, i) => plain(i)),
      quoted(99),
      plain(0),
    ];
    const { text, lines } = csv(rows);
    const bytes = new TextEncoder().encode(text);
    expect(bytes.length).toBeGreaterThan(2 * 2 ** 20);
    const firstQuoted = new TextEncoder().encode(text.slice(0, text.indexOf('q0'))).length;
    const lastQuoted = new TextEncoder().encode(text.slice(0, text.indexOf('q9999'))).length;
    expect(firstQuoted).toBeLessThan(2 ** 20);
    expect(lastQuoted).toBeGreaterThan(2 ** 20);
    const { rows: got, out } = await read(bytes);
    expect(out.syntaxErrors).toEqual([]);
    expect(got.map((r) => r.cells)).toEqual(rows);
    expect(got.map((r) => r.line)).toEqual(lines);
  });

  it('counts the lines of a quoted cell whose row ends in the next chunk, where no quote follows', async () => {
    // ASCII only, so characters are bytes: the quoted cell closes 2 bytes before the 1 MB edge and its row's newline
    // lies after it; every row after that has no quote.
    const edge = 2 ** 20;
    const plain = Array.from({ length: 2 * 10 ** 5 }, (_, i) => `r${String(i).padStart(6, '0')},1\n`); // 11 bytes a row
    const head = plain.join('').slice(0, edge - 8);
    const cut = head.lastIndexOf('\n') + 1;
    const filler = `f,${'x'.repeat(edge - 8 - cut - 3)}\n`;
    const text = `${head.slice(0, cut)}${filler}q,"a\nb",12345678\n${plain.slice(0, 1000).join('')}`;
    expect(text.indexOf('",1234')).toBe(edge - 2);
    const { rows } = await read(new TextEncoder().encode(text));
    const q = rows.findIndex((r) => r.cells[0] === 'q');
    const before = head.slice(0, cut).split('\n').length; // plain rows before the filler, plus one
    expect(rows[q]).toEqual({ cells: ['q', 'a\nb', '12345678'], line: before + 1 });
    expect(rows[q + 1]).toEqual({ cells: ['r000000', '1'], line: before + 3 });
    expect(rows.at(-1)!.line).toBe(before + 3 + 999);
  });

  it('reads a quote inside an unquoted cell as text, then a quoted multi-line cell two chunks later', async () => {
    const plain = Array.from({ length: 200_000 }, (_, i) => `r${i},${i}\n`);
    const text = `h,v\na,12" 모니터\n${plain.join('')}q,"x\ny"\nz,1\n`;
    expect(text.length).toBeGreaterThan(2 * 2 ** 20);
    const { rows, out } = await read(new TextEncoder().encode(text));
    expect(out.syntaxErrors).toEqual([]);
    expect(rows.slice(0, 3)).toEqual([
      { cells: ['h', 'v'], line: 1 },
      { cells: ['a', '12" 모니터'], line: 2 },
      { cells: ['r0', '0'], line: 3 },
    ]);
    expect(rows.slice(-2)).toEqual([
      { cells: ['q', 'x\ny'], line: 200_003 },
      { cells: ['z', '1'], line: 200_005 },
    ]);
  });

  it('reads CP949 text, whose trail bytes never look like a quote, with the same line numbers', async () => {
    // "여수시" in CP949, then a quoted two-line cell.
    const cp949 = [0xbf, 0xa9, 0xbc, 0xf6, 0xbd, 0xc3];
    const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([...ascii('a,b\n'), ...cp949, ...ascii(',"x\ny"\n'), ...cp949, ...ascii(',3\n')]);
    const { rows, out } = await read(bytes, 'euc-kr');
    expect(out.encoding).toBe('euc-kr');
    expect(rows).toEqual([
      { cells: ['a', 'b'], line: 1 },
      { cells: ['여수시', 'x\ny'], line: 2 },
      { cells: ['여수시', '3'], line: 4 },
    ]);
  });
});
