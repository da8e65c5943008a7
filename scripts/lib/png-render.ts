// SVG → PNG with resvg and the export font only (no system fonts: the same pixels on every machine).
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { crc32 } from 'node:zlib';
import { exportFontFiles } from './export-fonts.ts';

/** Print PNG: 16 cm wide at 300 dpi. */
export const PRINT_WIDTH_PX = Math.round((16 / 2.54) * 300);
/** Screen PNG scale. */
export const SCREEN_SCALE = 2;

/** How big a PNG is: `zoom` multiplies the SVG size, `width` scales to a pixel width. */
export type PngSize = { mode: 'zoom'; value: number } | { mode: 'width'; value: number };

/** A rendered image: PNG bytes, raw RGBA pixels and size. */
export interface RenderedPng {
  png: Buffer;
  pixels: Buffer;
  width: number;
  height: number;
}

const textOptions = (fontFiles: string[]): ResvgRenderOptions['font'] => ({
  fontFiles,
  loadSystemFonts: false,
  defaultFontFamily: 'Noto Sans KR',
  sansSerifFamily: 'Noto Sans KR',
});
const drawOptions = (size: PngSize): ResvgRenderOptions => ({
  fitTo: size,
  background: '#ffffff',
  shapeRendering: 2,
  textRendering: 1,
  logLevel: 'off',
});

/**
 * Lays out the text of an SVG with the given Korean font files (default: the full Noto Sans KR; the build passes its
 * subset) and returns it with every glyph turned into a path. Text layout is the slow part, so it is done once per
 * chart; both PNG sizes are then drawn from the flat SVG.
 */
export function flattenText(svg: string, fontFiles = exportFontFiles()): string {
  return new Resvg(svg, { ...drawOptions({ mode: 'zoom', value: 1 }), font: textOptions(fontFiles) }).toString();
}

/** Renders SVG (text included) to PNG synchronously with the given Korean font files. */
export function renderPng(svg: string, size: PngSize, fontFiles = exportFontFiles()): RenderedPng {
  const image = new Resvg(svg, { ...drawOptions(size), font: textOptions(fontFiles) }).render();
  return { png: image.asPng(), pixels: image.pixels, width: image.width, height: image.height };
}

/** Draws an SVG whose text is already paths (see flattenText): no font is loaded at all. */
export function drawFlat(flat: string, size: PngSize): Buffer {
  return new Resvg(flat, { ...drawOptions(size), font: { loadSystemFonts: false } }).render().asPng();
}

/**
 * Adds metadata chunks after IHDR: pHYs (pixels per metre, so word processors place the print PNG at 16 cm) and
 * iTXt Title/Description (UTF-8 alt text that travels with the file).
 */
export function withPngMetadata(png: Buffer, meta: { dpi?: number; title?: string; description?: string }): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
    return Buffer.concat([head, data, crc]);
  };
  const chunks: Buffer[] = [];
  if (meta.dpi) {
    const ppm = Math.round(meta.dpi / 0.0254);
    const data = Buffer.alloc(9);
    data.writeUInt32BE(ppm, 0);
    data.writeUInt32BE(ppm, 4);
    data.writeUInt8(1, 8);
    chunks.push(chunk('pHYs', data));
  }
  const text = (keyword: string, value: string) =>
    chunk('iTXt', Buffer.concat([Buffer.from(`${keyword}\0\0\0ko\0\0`, 'latin1'), Buffer.from(value, 'utf8')]));
  if (meta.title) chunks.push(text('Title', meta.title));
  if (meta.description) chunks.push(text('Description', meta.description));
  const ihdrEnd = 8 + 8 + 13 + 4;
  return Buffer.concat([png.subarray(0, ihdrEnd), ...chunks, png.subarray(ihdrEnd)]);
}
