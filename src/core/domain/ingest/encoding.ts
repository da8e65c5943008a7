/** The text encodings agencies publish CSV in. */
export type Encoding = 'utf-8' | 'euc-kr';

/**
 * Detects the encoding of a file from its first bytes: a UTF-8 BOM, valid UTF-8, or else CP949 (a superset of
 * EUC-KR, which WHATWG's `euc-kr` decoder implements). A truncated multi-byte sequence at the end of the sample is
 * not held against UTF-8.
 */
export function detectEncoding(head: Uint8Array): { encoding: Encoding; bom: boolean } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bom: true };
  let end = head.length;
  // Back off over a possibly cut multi-byte character at the end of the sample.
  for (let i = 1; i <= 3 && end - i >= 0; i++) {
    const b = head[end - i] ?? 0;
    if ((b & 0xc0) === 0xc0) {
      end -= i;
      break;
    }
    if ((b & 0x80) === 0) break;
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(0, end));
    return { encoding: 'utf-8', bom: false };
  } catch {
    return { encoding: 'euc-kr', bom: false };
  }
}

/** Maps a declared encoding name to the decoder's label. */
export function decoderLabel(declared: string): Encoding {
  return declared === 'utf-8' ? 'utf-8' : 'euc-kr';
}
