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

// One scratch buffer for the filtered rows, grown as needed: a map is ~7 MB of rows, and a fresh buffer per image
// costs as many page faults as the packing itself. deflateSync is done with it before the next image starts.
let scratch = new Uint8Array(0);
/** Word reads below assume little-endian memory (x64, arm64); elsewhere the byte-by-byte copy is used. */
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/**
 * Rows of RGB bytes, each led by filter type 0 (none), from opaque straight RGBA pixels. Four pixels are read as
 * 32-bit words and written as three (the alpha bytes dropped): ~2× faster than copying byte by byte.
 */
function rgbRows(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const stride = width * 3 + 1;
  if (scratch.length < stride * height) scratch = new Uint8Array(stride * height);
  const raw = scratch.subarray(0, stride * height);
  const out = new DataView(raw.buffer, 0, raw.length);
  const aligned = rgba.byteOffset % 4 === 0;
  const words = new Uint32Array(
    aligned ? rgba.buffer : new Uint8Array(rgba).buffer,
    aligned ? rgba.byteOffset : 0,
    width * height,
  );
  const quads = LITTLE_ENDIAN ? width >>> 2 : 0;
  for (let y = 0, s = 0; y < height; y++) {
    let d = y * stride;
    raw[d++] = 0;
    for (let q = 0; q < quads; q++, s += 4, d += 12) {
      // Little-endian words: R | G << 8 | B << 16 | A << 24.
      const p0 = words[s]!;
      const p1 = words[s + 1]!;
      const p2 = words[s + 2]!;
      const p3 = words[s + 3]!;
      out.setUint32(d, (p0 & 0xffffff) | (p1 << 24), true);
      out.setUint32(d + 4, ((p1 >>> 8) & 0xffff) | (p2 << 16), true);
      out.setUint32(d + 8, ((p2 >>> 16) & 0xff) | (p3 << 8), true);
    }
    for (let end = (y + 1) * width; s < end; s++) {
      raw[d++] = rgba[s * 4]!;
      raw[d++] = rgba[s * 4 + 1]!;
      raw[d++] = rgba[s * 4 + 2]!;
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
