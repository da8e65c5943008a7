// Korean particles that depend on the last syllable of the word before them; used wherever a sentence is built around
// a name (region messages, map notes), so each rule is written once.

/** The final consonant index (받침) of a word's last syllable: 0 when it ends in a vowel or is not Hangul. */
function finalConsonant(word: string): number {
  const cp = word.codePointAt(word.length - 1) ?? 0;
  return cp >= 0xac00 && cp <= 0xd7a3 ? (cp - 0xac00) % 28 : 0;
}

/** The word with its topic particle: 은 after a final consonant, 는 otherwise (청원군은, 여수시는). */
export function withTopic(word: string): string {
  return `${word}${finalConsonant(word) === 0 ? '는' : '은'}`;
}

/** The word with 로 after a vowel or ㄹ, 으로 after any other final consonant (여수시로, 청원군으로, 제주시 구좌읍으로). */
export function withRo(word: string): string {
  const tail = finalConsonant(word);
  return tail === 0 || tail === 8 ? `${word}로` : `${word}으로`;
}
