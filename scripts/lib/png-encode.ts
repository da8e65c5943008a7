// PNG encoding of a rendered chart: RGB without filters, deflated at zlib level 1. A chart is drawn on white, so the
// alpha channel is always opaque and is left out; level 1 with no filter is about 3× cheaper than resvg's own encoder
// (adaptive filters, default level) and makes files no larger on these flat-coloured images (see bench/png-export.ts).
import { crc32, deflateSync } from 'node:zlib';

/** What the bytes of an encoded PNG depend on besides the pixels: the encoder settings and the zlib build. */
export const PNG_ENCODER_ID = `rgb-none-deflate1-zlib-${process.versions.zlib}`;

/** Metadata chunks: pixel density (pHYs, pixels per metre) and UTF-8 alt text (iTXt Title, Description). */
export interface PngMetadata {
  pixelsPerMetre?: number;
  title?: string;
  description?: string;
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)) >>> 0, 8 + data.length);
  return out;
}

/** Rows of RGB bytes, each led by filter type 0 (none), from opaque straight RGBA pixels. */
function rgbRows(rgba: Uint8Array, width: number, height: number): Buffer {
  const stride = width * 3 + 1;
  const raw = Buffer.allocUnsafe(stride * height);
  for (let y = 0, s = 0; y < height; y++) {
    let d = y * stride;
    raw[d++] = 0;
    for (let end = s + width * 4; s < end; s += 4) {
      raw[d++] = rgba[s]!;
      raw[d++] = rgba[s + 1]!;
      raw[d++] = rgba[s + 2]!;
    }
  }
  return raw;
}

/**
 * Encodes opaque RGBA pixels (alpha ignored) as an 8-bit RGB PNG, with the metadata chunks after IHDR so that word
 * processors read the density before the image data.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number, meta: PngMetadata = {}): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const chunks = [chunk('IHDR', ihdr)];
  if (meta.pixelsPerMetre) {
    const data = Buffer.alloc(9);
    data.writeUInt32BE(meta.pixelsPerMetre, 0);
    data.writeUInt32BE(meta.pixelsPerMetre, 4);
    data.writeUInt8(1, 8);
    chunks.push(chunk('pHYs', data));
  }
  const text = (keyword: string, value: string) =>
    chunk('iTXt', Buffer.concat([Buffer.from(`${keyword}\0\0\0ko\0\0`, 'latin1'), Buffer.from(value, 'utf8')]));
  if (meta.title) chunks.push(text('Title', meta.title));
  if (meta.description) chunks.push(text('Description', meta.description));
  chunks.push(chunk('IDAT', deflateSync(rgbRows(rgba, width, height), { level: 1 })), chunk('IEND', Buffer.alloc(0)));
  return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), ...chunks]);
}
