// SVG → PNG with resvg and the export font only (no system fonts: the same pixels on every machine).
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { exportFontFiles, packageVersion } from './export-fonts.ts';
import { encodePng, PNG_ENCODER_ID, type PngMetadata } from './png-encode.ts';

/** A chart's PNG is twice the SVG's size: sharp on high-density screens and in print (see ARCHITECTURE.md). */
export const PNG_SCALE = 2;
/** The width word processors give a chart PNG, from its pHYs density: the text width of an A4 press release. */
export const PRINT_WIDTH_CM = 16;

/** The pHYs density (pixels per metre) that makes an image `width` pixels wide print PRINT_WIDTH_CM wide. */
export const printDensity = (width: number): number => Math.round(width / (PRINT_WIDTH_CM / 100));

/** What a PNG's bytes depend on besides its SVG and fonts: the rasteriser's version and the encoder. */
export const RENDERER_ID = `resvg-js-${packageVersion('@resvg/resvg-js')}-${PNG_ENCODER_ID}`;

/** How big a PNG is: `zoom` multiplies the SVG size, `width` scales to a pixel width. */
export type PngSize = { mode: 'zoom'; value: number } | { mode: 'width'; value: number };

/** A rendered image: PNG bytes, raw RGBA pixels and size. */
export interface RenderedPng {
  png: Buffer;
  pixels: Buffer;
  width: number;
  height: number;
}

/** resvg's settings for every export image: white ground, anti-aliased shapes and text, only the given fonts. */
export const resvgOptions = (size: PngSize, fontFiles: string[]): ResvgRenderOptions => ({
  fitTo: size,
  background: '#ffffff',
  shapeRendering: 2,
  textRendering: 1,
  logLevel: 'off',
  font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans KR', sansSerifFamily: 'Noto Sans KR' },
});

/**
 * Renders SVG (text included) to PNG with the given Korean font files (default: the full Noto Sans KR; the build
 * passes its subset). Text layout, drawing and encoding happen once: each chart has one PNG size.
 */
export function renderPng(
  svg: string,
  size: PngSize,
  fontFiles = exportFontFiles(),
  meta: PngMetadata = {},
): RenderedPng {
  const image = new Resvg(svg, resvgOptions(size, fontFiles)).render();
  const { pixels, width, height } = image;
  return { png: encodePng(pixels, width, height, meta), pixels, width, height };
}

/** A chart's PNG: PNG_SCALE × its SVG, with alt text and the density that places it PRINT_WIDTH_CM wide. */
export function chartPng(svg: string, fontFiles: string[], alt: { title: string; description: string }): Buffer {
  const image = new Resvg(svg, resvgOptions({ mode: 'zoom', value: PNG_SCALE }, fontFiles)).render();
  const { width, height } = image;
  return encodePng(image.pixels, width, height, { ...alt, pixelsPerMetre: printDensity(width) });
}
