const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML/XML text and attribute positions. Every string that comes from data passes through this. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

/**
 * Removes characters that can disguise text: bidirectional overrides and isolates, zero-width characters and C0/C1
 * controls other than tab and newline. Escaping alone would keep them, and a right-to-left override can make
 * a figure read backwards.
 */
export function stripInvisible(value: string): string {
  return value.replace(new RegExp(INVISIBLE.source, 'g'), '');
}

/**
 * Control, zero-width and bidirectional-override characters: invisible in a page, yet able to reorder or hide text.
 * Data files that contain one are refused (dataset/validateTable); text from elsewhere has them stripped.
 */
export const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
