// subset-font ships no typings; this covers the call the image export makes (see its README).
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[]; keepFeatures?: string[] },
  ): Promise<Buffer>;
}
