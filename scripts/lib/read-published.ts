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
    const cut = quotes ? lastSafeCut(pending) : pending.lastIndexOf('\n') + 1;
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
 * Only whole rows are handed to the parser: cut after the last newline that is outside quotes, so a quoted cell that
 * spans chunks is never split. A newline is outside quotes when an even number of quotes precede it; quotes and
 * newlines are found with indexOf (native scans) instead of visiting every character in JavaScript.
 */
export function lastSafeCut(text: string): number {
  let quotes = 0;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) quotes++;
  let after = text.length;
  for (let nl = text.lastIndexOf('\n'); nl !== -1; nl = nl === 0 ? -1 : text.lastIndexOf('\n', nl - 1)) {
    for (let i = text.indexOf('"', nl); i !== -1 && i < after; i = text.indexOf('"', i + 1)) quotes--;
    after = nl;
    if (quotes % 2 === 0) return nl + 1;
  }
  return 0;
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
