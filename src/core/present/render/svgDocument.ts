import { parseHTML } from 'linkedom';

/**
 * A DOM document for rendering charts outside a browser. Plot builds SVG through `options.document`, so the same
 * chart code runs at build time (here) and in tests; linkedom is pure JavaScript and loads in a fraction of jsdom's time.
 */
export function createSvgDocument(): Document {
  return parseHTML('<!doctype html><html lang="ko"><head></head><body></body></html>').document as unknown as Document;
}
