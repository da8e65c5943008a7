// Separators seen in published region labels: whitespace of every kind, zero-width marks and middle dots
// (including ㆍ U+318D, which Korean documents often use as a middle dot).
const SEPARATORS = /[\s\u00a0\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff·ㆍ‧・•∙⋅]/gu;

/** Compacts a region label for lookup: drops separators and folds compatibility forms (full-width digits, brackets). */
export function compactLabel(input: string): string {
  return input.replace(SEPARATORS, '').normalize('NFKC').replace(SEPARATORS, '');
}

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

/** Splits precomposed Hangul syllables into conjoining jamo so that near-misses (여슈/여수) stay close. */
export function toJamo(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < SYLLABLE_FIRST || cp > SYLLABLE_LAST) {
      out += ch;
      continue;
    }
    const index = cp - SYLLABLE_FIRST;
    out += String.fromCharCode(0x1100 + Math.floor(index / 588), 0x1161 + Math.floor((index % 588) / 28));
    const tail = index % 28;
    if (tail > 0) out += String.fromCharCode(0x11a7 + tail);
  }
  return out;
}

/** Levenshtein distance between two strings, by UTF-16 code unit (jamo and syllables are single units). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
