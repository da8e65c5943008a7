/**
 * Revised Romanization of Korean for names that have no English name in data/english.csv: syllables split into
 * jamo, the common sound changes at syllable boundaries (ㄴ/ㄹ → ll, ㄱ/ㅂ before a nasal, ㅇ/ㅁ before ㄹ), and a
 * hyphen before an administrative suffix (강동구 → Gangdong-gu). Good enough to be read aloud; data wins over it.
 */
const INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIAL = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi'];
const MEDIAL_REST = ['yu', 'eu', 'ui', 'i'];
const VOWELS = [...MEDIAL, ...MEDIAL_REST];
// Final consonant as pronounced before a consonant or at the end (index = jongseong index).
const FINAL = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];
const SUFFIXES = ['특별자치도', '특별자치시', '특별시', '광역시', '도', '시', '군', '구', '읍', '면', '동'];

interface Syllable {
  i: number;
  v: number;
  f: number;
}

function split(word: string): Array<Syllable | string> {
  return [...word].map((ch) => {
    const c = ch.codePointAt(0)! - 0xac00;
    if (c < 0 || c > 11171) return ch;
    return { i: Math.floor(c / 588), v: Math.floor((c % 588) / 28), f: c % 28 };
  });
}

function romanizeWord(word: string): string {
  const parts = split(word);
  let out = '';
  parts.forEach((p, k) => {
    if (typeof p === 'string') {
      out += p;
      return;
    }
    const prev = parts[k - 1];
    const prevFinal = prev && typeof prev !== 'string' ? FINAL[prev.f]! : '';
    let initial = INITIAL[p.i]!;
    if (initial === 'r' && (prevFinal === 'n' || prevFinal === 'l')) initial = 'l';
    else if (initial === 'r' && prevFinal !== '') initial = 'n';
    out += initial + VOWELS[p.v]!;
    const next = parts[k + 1];
    let final = FINAL[p.f]!;
    if (next && typeof next !== 'string') {
      const ni = INITIAL[next.i]!;
      if (final === 'n' && ni === 'r') final = 'l';
      else if (final === 'k' && (ni === 'n' || ni === 'm')) final = 'ng';
      else if (final === 'p' && (ni === 'n' || ni === 'm')) final = 'm';
      else if (final === 'l' && ni === '') final = 'r';
    }
    out += final;
  });
  return out;
}

/** `강동구` → `Gangdong-gu`, `전라남도` → `Jeollanam-do`, `여수시` → `Yeosu-si`; non-Hangul text is kept. */
export function romanize(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const suffix = SUFFIXES.find((s) => word.length > s.length && word.endsWith(s));
      const stem = suffix ? word.slice(0, -suffix.length) : word;
      const roman = romanizeWord(stem) + (suffix ? `-${romanizeWord(suffix)}` : '');
      return roman.charAt(0).toUpperCase() + roman.slice(1);
    })
    .join(' ');
}

/** True when the text contains Hangul (syllables or jamo). */
export function hasHangul(text: string): boolean {
  return /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/.test(text);
}
