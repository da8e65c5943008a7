import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../../src/core/domain/ingest/encoding.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
// "여수시" in CP949: 여 BFA9, 수 BCF6, 시 BDC3.
const cp949 = new Uint8Array([0xbf, 0xa9, 0xbc, 0xf6, 0xbd, 0xc3]);

describe('detectEncoding(head)', () => {
  it('recognises a UTF-8 BOM, plain UTF-8 and CP949', () => {
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('여수시')]))).toEqual({
      encoding: 'utf-8',
      bom: true,
    });
    expect(detectEncoding(utf8('자치단체명,여수시'))).toEqual({ encoding: 'utf-8', bom: false });
    expect(detectEncoding(cp949)).toEqual({ encoding: 'euc-kr', bom: false });
    expect(new TextDecoder('euc-kr').decode(cp949)).toBe('여수시');
  });

  it('does not hold a multi-byte character cut at the end of the sample against UTF-8', () => {
    const bytes = utf8('여수시');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8');
  });
});
