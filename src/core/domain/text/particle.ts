// Korean particles change with the last syllable of the word before them (여수시는 / 고성군은, 중구와 / 고성군과).
// Region and indicator names come from data, so the particle is chosen at render time instead of being written as
// "은(는)" in every sentence.

/** The particle pairs the site uses: [after a final consonant, after a vowel]. */
const PAIRS = {
  '은/는': ['은', '는'],
  '이/가': ['이', '가'],
  '을/를': ['을', '를'],
  '과/와': ['과', '와'],
  '으로/로': ['으로', '로'],
} as const;

export type ParticlePair = keyof typeof PAIRS;

/**
 * The word followed by the right particle of the pair. A word ending in something other than a Hangul syllable
 * (a digit, Latin letters) keeps the written "은(는)" form, since its reading is not known.
 */
export function withParticle(word: string, pair: ParticlePair): string {
  const last = word.trimEnd().codePointAt(word.trimEnd().length - 1) ?? 0;
  const [afterConsonant, afterVowel] = PAIRS[pair];
  if (last < 0xac00 || last > 0xd7a3) return `${word}${afterConsonant}(${afterVowel})`;
  const final = (last - 0xac00) % 28;
  // ㄹ (final 8) takes 로, not 으로: 서울로, 창원시로 but 고성군으로.
  if (pair === '으로/로') return `${word}${final === 0 || final === 8 ? afterVowel : afterConsonant}`;
  return `${word}${final === 0 ? afterVowel : afterConsonant}`;
}
