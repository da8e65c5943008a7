// How many source documents a 출처 line, snippet or citation names before it counts the rest, in one place. Most
// charts cite one to three documents; the national awards map cites ~40, and its embed panel repeated that list three
// times (the image snippet's caption, the Korean and the English citation): ~3 KB gzip of the home page, enough for
// one more simulated round trip before its first paint. A long list names its first documents, counts the rest
// (`외 N건`) and points, with an absolute address, to the chart's source list, where every one of them is.

/** Lists of up to this many documents are named in full in citations, snippets and embeds; longer ones name one fewer. */
export const SOURCES_IN_FULL = 3;

/**
 * The same for the 출처 lines drawn in exported images (SVG/PNG): a printed page has room for a few more lines, and
 * its last line is the chart's permalink, where the full list is.
 */
export const IMAGE_SOURCES_IN_FULL = 6;
