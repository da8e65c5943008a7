/**
 * The comparison key of a published wording: spacing and punctuation dropped ('기반 마련' = '기반마련',
 * '수립·시행결과' = '수립 시행결과'). Only for grouping; the words shown are always a source's own.
 */
export function wordingKey(text: string | null): string {
  return (text ?? '').normalize('NFC').replace(/[\s\p{P}\p{S}]/gu, '');
}
