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
const GROUP = 10n ** 4n;

function groupText(group: bigint): string {
  return group < GROUP && group % 1000n === 0n ? `${group / 1000n}천` : groupDigits(group);
}

/** Newsroom notation of a non-negative whole number: "18억 2천만", "14만 800", "4,700". */
function newsroomDigits(n: bigint): string {
  if (n === 0n) return '0';
  const parts: string[] = [];
  let rest = n;
  for (const { word, size } of BIG_SCALES) {
    const head = word === '조' ? rest / size : (rest / size) % GROUP;
    if (head > 0n) parts.push(`${groupText(head)}${word}`);
    rest %= size;
  }
  if (rest > 0n) parts.push(groupText(rest));
  return parts.join(' ');
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
  const n = typeof value === 'bigint' ? value : BigInt(value);
  const abs = n < 0n ? -n : n;
  const style = options.style ?? 'newsroom';
  const digits = style === 'full' ? groupDigits(abs) : style === 'compact' ? compactDigits(abs) : newsroomDigits(abs);
  const per = PER_PREFIXES.find((p) => p.base === unit)?.spelling ?? '';
  return { per, number: `${n < 0n ? '-' : ''}${digits}`, unit: per ? '원' : unit, attached: false };
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
  return [parts.per, ...(words.before ?? []), figure, ...(words.after ?? [])].filter((w) => w !== '').join(' ');
}

/** Formats a value in base units as Korean text: "228억 원", "14만 800 가구", "35.06%", "가구당 150만 원". */
export function formatAmount(value: number | bigint, unit: BaseUnit, options: FormatOptions = {}): string {
  return joinParts(amountParts(value, unit, options));
}
