/**
 * Writes a value in base units the way Korean newsrooms do. One rule, from the 2023 전남 press release
 * ("14만 800 가구에 228억 원", "18억 2천만 원"):
 *
 * - newsroom (default), money and counts: four-digit groups with 조/억/만; a group that is a round thousand is
 *   written "N천" ("18억 2천만", "7천"), any other group with commas ("23억 1,800만", "4,700"); groups above
 *   조 are not renamed (10^16 is "10,000조"). A space always separates the number from the unit word
 *   ("4,700 명", "228억 원"); % and %p attach ("35.06%"). Per-unit money reads "가구당 150만 원" / "1인당 …".
 * - full: every digit with commas ("22,800,000,000 원").
 * - compact (charts, lossy): the largest of 조/억/만 with at most one decimal ("18.2억 원", "14.1만 가구").
 *
 * newsroom and full are exact: parseAmount(formatAmount(n, unit)) gives n back for every whole n.
 * Percentages keep exactly the decimals the number has, in every style.
 */
import { formatNumber, groupDigits } from './formatNumber.ts';
import { allowsFraction, PER_PREFIXES, type BaseUnit } from './units.ts';

/** Formatting style; see the file comment. */
export type FormatStyle = 'newsroom' | 'full' | 'compact';

/** Options for formatAmount. */
export interface FormatOptions {
  readonly style?: FormatStyle;
}

/** A formatted amount in pieces, so qualifiers can be placed between them. */
export interface AmountParts {
  /** "가구당" or "1인당" for per-unit money, else empty. */
  readonly per: string;
  /** The signed number with Korean scale words, e.g. "18억 2천만". */
  readonly number: string;
  /** The unit word: "원", "가구", "%". */
  readonly unit: string;
  /** Whether the unit attaches to the number without a space (% and %p). */
  readonly attached: boolean;
}

const BIG_SCALES: readonly { word: string; size: bigint }[] = [
  { word: '조', size: 10n ** 12n },
  { word: '억', size: 10n ** 8n },
  { word: '만', size: 10n ** 4n },
];
// The word written before a per-unit amount, by base unit ("원/가구" → "가구당"): the first spelling listed for it.
// A map instead of a search of PER_PREFIXES per amount, which a million-row ingest formats once per cell.
const PER_WORDS = new Map<string, string>();
for (const p of PER_PREFIXES) if (!PER_WORDS.has(p.base)) PER_WORDS.set(p.base, p.spelling);

const GROUP = 10n ** 4n;
const JO = 10n ** 12n;

// Every four-digit group as newsroom notation writes it, bare and with its scale word ("2천", "4,700", "2천만",
// "1,800만", "23억"), alone and after a space, made once: building these strings was most of the cost of a cell in a
// million-row ingest.
interface GroupTexts {
  bare: string[];
  man: string[];
  eok: string[];
  spacedBare: string[];
  spacedMan: string[];
  spacedEok: string[];
}
let groupTexts: GroupTexts | null = null;

function groups(): GroupTexts {
  if (groupTexts === null) {
    const bare = Array.from({ length: 10_000 }, (_, g) => (g % 1000 === 0 ? `${g / 1000}천` : groupDigits(BigInt(g))));
    const man = bare.map((t) => `${t}만`);
    const eok = bare.map((t) => `${t}억`);
    const spaced = (list: string[]) => list.map((t) => ` ${t}`);
    groupTexts = { bare, man, eok, spacedBare: spaced(bare), spacedMan: spaced(man), spacedEok: spaced(eok) };
  }
  return groupTexts;
}

/**
 * Newsroom notation of a non-negative whole number: "18억 2천만", "14만 800", "4,700". Below 조 the groups are cut
 * in exact double arithmetic (every part stays below 10^12); the 조 head of a bigint may be any length. A round
 * thousand group is "N천", any other has commas.
 */
function newsroomDigits(abs: number | bigint): string {
  const text = groups();
  let low: number;
  let out = '';
  if (typeof abs === 'number') {
    // Divide and floor instead of `%`, which on doubles is a call to fmod. Exact: the quotient is correctly rounded,
    // and for a safe integer one below a multiple of 10^12 it lies more than half a unit in the last place below the
    // whole number (10^-12 against ulp/2 ≤ 0.91·10^-12), so it never rounds up onto it.
    const jo = Math.floor(abs / 1e12); // a safe integer has a 조 head below 10^4
    low = abs - jo * 1e12;
    if (jo > 0) out = `${text.bare[jo]}조`;
  } else {
    low = Number(abs % JO);
    const jo = abs / JO;
    if (jo > 0n) out = `${jo < GROUP ? text.bare[Number(jo)] : groupDigits(jo)}조`;
  }
  // Each group is below 10^4: `| 0` keeps it a small integer, so the table lookups stay on V8's fast path.
  const high = Math.floor(low / 1e4); // below 10^8, so small integers from here on (exact as above)
  const ones = (low - high * 1e4) | 0;
  const man = (high | 0) % 10_000;
  const eok = ((high - man) / 10_000) | 0;
  if (eok > 0) out = out === '' ? text.eok[eok]! : out + text.spacedEok[eok]!;
  if (man > 0) out = out === '' ? text.man[man]! : out + text.spacedMan[man]!;
  if (ones > 0) out = out === '' ? text.bare[ones]! : out + text.spacedBare[ones]!;
  return out === '' ? '0' : out;
}

function absBig(value: number | bigint): bigint {
  const n = BigInt(value);
  return n < 0n ? -n : n;
}

/** Compact notation of a non-negative whole number, rounded half up to one decimal of the largest scale. */
function compactDigits(n: bigint): string {
  if (n < GROUP) return groupDigits(n);
  const index = BIG_SCALES.findIndex(({ size }) => n >= size);
  for (let i = index; i >= 0; i -= 1) {
    const scale = BIG_SCALES[i];
    if (!scale) break;
    const tenths = (n * 20n + scale.size) / (2n * scale.size);
    // 9,999.96만 rounds to 10,000만: say 1억 instead, unless there is no larger word.
    if (tenths >= GROUP * 10n && i > 0) continue;
    const whole = tenths / 10n;
    const decimal = tenths % 10n;
    return `${groupDigits(whole)}${decimal > 0n ? `.${decimal}` : ''}${scale.word}`;
  }
  return groupDigits(n);
}

function assertFormattable(value: number | bigint, unit: BaseUnit): void {
  if (typeof value === 'bigint') return;
  if (!Number.isFinite(value)) {
    throw new RangeError(`숫자가 아닌 값은 표시할 수 없습니다 / cannot format a non-finite value: ${value}`);
  }
  if (!allowsFraction(unit) && !Number.isInteger(value)) {
    throw new RangeError(`금액·개수는 정수여야 합니다 / ${unit} needs a whole number: ${value}`);
  }
}

/** Splits a formatted amount into per-word, number and unit; throws RangeError for NaN or a fractional count. */
export function amountParts(value: number | bigint, unit: BaseUnit, options: FormatOptions = {}): AmountParts {
  assertFormattable(value, unit);
  if (allowsFraction(unit)) return { per: '', number: formatNumber(value), unit, attached: true };
  const style = options.style ?? 'newsroom';
  let digits: string;
  if (style === 'newsroom')
    digits = newsroomDigits(typeof value === 'number' && Number.isSafeInteger(value) ? Math.abs(value) : absBig(value));
  else {
    const n = typeof value === 'bigint' ? value : BigInt(value);
    const abs = n < 0n ? -n : n;
    digits = style === 'full' ? groupDigits(abs) : compactDigits(abs);
  }
  const per = PER_WORDS.get(unit) ?? '';
  return { per, number: value < 0 ? `-${digits}` : digits, unit: per ? '원' : unit, attached: false };
}

/** Words placed around the number by formatQualified: "약"/"최대" before it, 여 right after it, "이상" … at the end. */
export interface QualifierWords {
  readonly before?: readonly string[];
  readonly over?: boolean;
  readonly after?: readonly string[];
}

/** Joins parts into text: per-word, words before, number (+ 여), unit, words after. */
export function joinParts(parts: AmountParts, words: QualifierWords = {}): string {
  const figure = `${parts.number}${words.over ? '여' : ''}${parts.attached ? '' : ' '}${parts.unit}`;
  if (!words.before?.length && !words.after?.length) return parts.per === '' ? figure : `${parts.per} ${figure}`;
  return [parts.per, ...(words.before ?? []), figure, ...(words.after ?? [])].filter((w) => w !== '').join(' ');
}

/** Formats a value in base units as Korean text: "228억 원", "14만 800 가구", "35.06%", "가구당 150만 원". */
export function formatAmount(value: number | bigint, unit: BaseUnit, options: FormatOptions = {}): string {
  return joinParts(amountParts(value, unit, options));
}
