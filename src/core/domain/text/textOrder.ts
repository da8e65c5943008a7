// The two orders lists are sorted in. One place for each, so every list agrees and none pays for its own collator.

/**
 * Korean dictionary order (가나다), for lists a reader scans by name: regions, programs, titles. One collator made
 * once: `a.localeCompare(b, 'ko')` gives the same order but looks the locale up again on every call, about three
 * times the cost, which a program page sorting thousands of figures by region name paid per comparison.
 */
export function koreanOrder(a: string, b: string): number {
  // Made on first use rather than at import, so browser bundles that import this module for codeUnitOrder carry no
  // collator (a constructor call at module level survives tree-shaking).
  collator ??= new Intl.Collator('ko');
  return collator.compare(a, b);
}
let collator: Intl.Collator | undefined;

/**
 * UTF-16 code-unit order, for ids, codes and dates: the same on every machine and locale, so sorted output (and with it
 * every build) is byte-identical. Precomposed Hangul syllables are encoded in 가나다 order, so names come out close to
 * koreanOrder; use that where a reader sees the order.
 */
export const codeUnitOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
