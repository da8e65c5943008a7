/**
 * Writes a parsed figure back with its qualifiers in one fixed order: "약 17만 4천 가구", "4,700여 명",
 * "30만 가구 이상", "가구당 최대 150만 원". Synonyms collapse to one word each (가량 → 약, 이내 → 이하).
 */
import { amountParts, joinParts, type FormatOptions } from './formatAmount.ts';
import { QUALIFIER_WORDS, type Qualifier } from './qualifiers.ts';
import type { ParsedAmount } from './types.ts';

const ORDER: readonly Qualifier[] = ['approx', 'up-to', 'over', 'at-least', 'at-most', 'less-than', 'more-than'];

/** Formats a parsed amount with its qualifiers (uses `exact` when present, so big values stay exact). */
export function formatQualified(result: ParsedAmount, options: FormatOptions = {}): string {
  if (result.qualifiers.length === 0) return joinParts(amountParts(result.exact ?? result.value, result.unit, options));
  const present = ORDER.filter((q) => result.qualifiers.includes(q));
  return joinParts(amountParts(result.exact ?? result.value, result.unit, options), {
    before: present.flatMap((q) => QUALIFIER_WORDS[q].before ?? []),
    over: present.includes('over'),
    after: present.flatMap((q) => QUALIFIER_WORDS[q].after ?? []),
  });
}
