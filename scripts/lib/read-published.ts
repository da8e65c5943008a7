import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import Papa from 'papaparse';
import { decoderLabel, detectEncoding, type Encoding } from '../../src/core/domain/ingest/encoding.ts';

/**
 * Streams a published CSV row by row: detects or applies the encoding, decodes in chunks (CP949 included), and hands
 * each row with the 1-based line where it starts. Memory stays flat however large the file is.
 */
export async function streamRows(
  path: string,
  declared: string,
  delimiter: string,
  onRow: (cells: string[], line: number) => void,
): Promise<{ encoding: Encoding; bom: boolean; syntaxErrors: Array<{ line: number; message: string }> }> {
  const head = await readHead(path, 64 * 1024);
  const detected = detectEncoding(head);
  const encoding = declared === 'auto' ? detected.encoding : decoderLabel(declared);
  const bom = encoding === 'utf-8' && detected.bom;
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  const syntaxErrors: Array<{ line: number; message: string }> = [];
  let line = 1;
  let pending = '';
  // Whether the text not yet parsed may hold a quote. Only a quoted cell can span lines or hide a newline, so text
  // without quotes is cut at its last newline and its rows are one line each, with no scan of every cell. Both
  // encodings are ASCII-compatible and no CP949 trail byte is 0x22: the raw bytes hold 0x22 exactly where the text
  // holds '"', and Buffer.includes is a native byte search.
  let quotes = false;
  const parser = createRowParser(delimiter, (cells, errors) => {
    for (const e of errors) syntaxErrors.push({ line, message: e });
    if (errors.length === 0) onRow(cells, line);
    if (quotes) for (const c of cells) line += countNewlines(c);
    line += 1;
  });
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    quotes ||= (chunk as Buffer).includes(0x22);
    pending += decoder.decode(chunk as Buffer, { stream: true });
    const cut = quotes ? lastSafeCut(pending, delimiter) : pending.lastIndexOf('\n') + 1;
    if (cut > 0) {
      parser.feed(pending.slice(0, cut));
      pending = pending.slice(cut);
      if (quotes) quotes = pending.includes('"');
    }
  }
  pending += decoder.decode();
  parser.feed(pending);
  parser.end();
  return { encoding, bom, syntaxErrors };
}

async function readHead(path: string, bytes: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * Only whole rows are handed to the parser: cut after the last newline outside a quoted cell, so a quoted cell that
 * spans chunks is never split. A quote opens a quoted cell only where papaparse opens one, at the start of a cell;
 * inside, `""` is a quote and a quote closes the cell only when (after any spaces) a delimiter or a newline follows.
 * A quote anywhere else is text (`12" 모니터`): counting it as an opening quote, as a parity count of quotes did,
 * found no safe newline for the rest of the file, which was then held in one string until the end. Quotes are found
 * with indexOf (a native scan) and only they are looked at, not every character. Returns 0 when no row is complete.
 */
export function lastSafeCut(text: string, delimiter: string): number {
  const single = delimiter.length === 1 ? delimiter.charCodeAt(0) : -1;
  // Quoted cells that hold a newline, as [open, close] pairs: rare, and the only places a newline is not a row end.
  let spanning: number[] | undefined;
  let newline = text.indexOf('\n'); // the first newline at or after the quoted cell being looked at
  let end = text.length; // the cut lies before this: the end, or where a cell still open at the end was opened
  for (let q = text.indexOf('"'); q !== -1; q = text.indexOf('"', q + 1)) {
    const before = q === 0 ? 10 : text.charCodeAt(q - 1);
    const opens = before === 10 || (single >= 0 ? before === single : text.startsWith(delimiter, q - delimiter.length));
    if (!opens) continue;
    const close = closingQuote(text, q, delimiter, single);
    if (close === -1) {
      end = q;
      break;
    }
    if (newline !== -1 && newline < q) newline = text.indexOf('\n', q);
    if (newline !== -1 && newline < close) (spanning ??= []).push(q, close);
    q = close;
  }
  // The last newline before `end` that no quoted cell holds; cells are visited from the last one back.
  let nl = end === 0 ? -1 : text.lastIndexOf('\n', end - 1);
  for (let i = (spanning?.length ?? 0) - 2; i >= 0 && nl !== -1; i -= 2) {
    const [open, close] = [spanning![i]!, spanning![i + 1]!];
    if (nl > close) break;
    if (nl > open) nl = open === 0 ? -1 : text.lastIndexOf('\n', open - 1);
  }
  return nl + 1;
}

/** The quote that closes the quoted cell opened at `open`, or -1 when the text ends before it is known. */
function closingQuote(text: string, open: number, delimiter: string, single: number): number {
  for (let q = text.indexOf('"', open + 1); q !== -1; q = text.indexOf('"', q + 1)) {
    const next = text.charCodeAt(q + 1);
    if (next === 34) {
      q += 1; // "" is a quote inside the cell
      continue;
    }
    if (next === single || next === 10) return q;
    let k = q + 1;
    for (; k < text.length; k++) {
      const c = text.charCodeAt(k);
      if (c === 10 || (c === 13 && text.charCodeAt(k + 1) === 10) || text.startsWith(delimiter, k)) return q;
      if (text[k]!.trim() !== '') break; // text after the quote: papaparse reports it and reads on inside the cell
    }
    if (k >= text.length) return -1; // what follows the quote is in the next chunk
  }
  return -1;
}

const NO_ERRORS: string[] = [];

interface RowParser {
  feed(text: string): void;
  end(): void;
}

function createRowParser(delimiter: string, emit: (cells: string[], errors: string[]) => void): RowParser {
  return {
    feed(text) {
      if (text === '') return;
      const body = text.endsWith('\r\n') ? text.slice(0, -2) : text.endsWith('\n') ? text.slice(0, -1) : text;
      Papa.parse<string[]>(body, {
        delimiter,
        newline: body.includes('\r\n') ? '\r\n' : '\n',
        skipEmptyLines: false,
        step: (result) =>
          emit(result.data, result.errors.length === 0 ? NO_ERRORS : result.errors.map((e) => e.message)),
      });
    },
    end() {},
  };
}
