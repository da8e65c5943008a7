// Node has no CP949 encoder (TextEncoder is UTF-8 only), so the table is built by inverting the WHATWG euc-kr
// decoder over every two-byte sequence: what we write is exactly what the ingestion's decoder reads back.

let table: Map<number, number> | undefined;

function encoderTable(): Map<number, number> {
  if (table) return table;
  const map = new Map<number, number>();
  const decoder = new TextDecoder('euc-kr', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x41; trail <= 0xfe; trail++) {
      let text: string;
      try {
        text = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      const code = text.codePointAt(0);
      if (text.length === 1 && code !== undefined && code > 0x7f && !map.has(code)) map.set(code, (lead << 8) | trail);
    }
  }
  table = map;
  return map;
}

/** Encodes text as CP949; throws on a character CP949 cannot represent (the generator only uses ones it can). */
export function encodeCp949(text: string): Buffer {
  const map = encoderTable();
  const out = Buffer.allocUnsafe(text.length * 2);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    const bytes = map.get(c);
    if (bytes === undefined)
      throw new Error(`CP949 cannot encode U+${c.toString(16)} in "${text.slice(Math.max(0, i - 5), i + 5)}"`);
    out[n++] = bytes >> 8;
    out[n++] = bytes & 0xff;
  }
  return out.subarray(0, n);
}
