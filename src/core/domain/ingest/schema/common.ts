import { z } from 'zod';
import { INVISIBLE } from '../../text/escape.ts';

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

// Same rule as for our own tables: text that looks like markup is almost always an accident or an attack.
export const MARKUP = /<\s*[a-zA-Z!?/]|&#?[a-zA-Z0-9]+;|\bjavascript\s*:|\bdata\s*:\s*[a-z]+\/[a-z0-9.+-]+/i;

/**
 * Descriptor text ends up on pages (metric, basis, reasons) just like cells of our own files, so it gets the same
 * refusals: no invisible or bidirectional characters, nothing that looks like markup, and a length limit.
 */
export function safeText(max: number) {
  return z
    .string()
    .min(1)
    .max(max)
    .refine((s) => !INVISIBLE.test(s), '보이지 않는 문자·제어 문자는 쓸 수 없습니다 / invisible or control characters')
    .refine((s) => !MARKUP.test(s), '마크업처럼 보이는 글은 쓸 수 없습니다 / text that looks like markup');
}

/** A column name as it appears in the (joined) header, or a dotted path into a JSON record. */
export const columnName = safeText(200);
