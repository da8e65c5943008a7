// Korean particles that depend on the last syllable of the word before them (여수시는 / 고성군은, 중구와 / 고성군과).
// Names come from data, so the particle is chosen where a sentence is built around one, and each rule is written once.

/** The final consonant index (받침) of a word's last syllable: 0 when it ends in a vowel or is not Hangul. */
function finalConsonant(word: string): number {
  const cp = word.codePointAt(word.length - 1) ?? 0;
  return cp >= 0xac00 && cp <= 0xd7a3 ? (cp - 0xac00) % 28 : 0;
}

/** The pairs the site uses: [after a final consonant, after a vowel]. */
const PAIRS = {
  '은/는': ['은', '는'],
  '이/가': ['이', '가'],
  '을/를': ['을', '를'],
  '과/와': ['과', '와'],
  '으로/로': ['으로', '로'],
} as const;

export type ParticlePair = keyof typeof PAIRS;

/**
 * The word followed by the particle of the pair that fits its last syllable. A word that does not end in Hangul
 * (KB, a digit) takes the vowel form, as it is usually read.
 */
export function withParticle(word: string, pair: ParticlePair): string {
  const tail = finalConsonant(word);
  const [afterConsonant, afterVowel] = PAIRS[pair];
  // ㄹ (index 8) takes 로, not 으로: 분할로, 서울로.
  const vowelForm = tail === 0 || (pair === '으로/로' && tail === 8);
  return `${word}${vowelForm ? afterVowel : afterConsonant}`;
}

/** The word with its topic particle: 은 after a final consonant, 는 otherwise (청원군은, 여수시는). */
export function withTopic(word: string): string {
  return withParticle(word, '은/는');
}

/** The word with 로 after a vowel or ㄹ, 으로 after any other final consonant (여수시로, 청원군으로, 제주시 구좌읍으로). */
export function withRo(word: string): string {
  return withParticle(word, '으로/로');
}
