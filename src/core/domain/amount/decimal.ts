/**
 * Exact decimal arithmetic on BigInt (value = n / 10^e). Korean figures mix decimals and scale words
 * ("23.18억"), and doubles cannot hold 10^16 exactly, so the parser never computes in floating point.
 */

/** An exact decimal: n / 10^e with e ≥ 0. */
export interface Decimal {
  readonly n: bigint;
  readonly e: number;
}

/** Zero. */
export const ZERO: Decimal = { n: 0n, e: 0 };

/** Reads plain digits with an optional fraction ("1234", "35.06"); the caller has already validated the text. */
export function decimalFromDigits(text: string): Decimal {
  const dot = text.indexOf('.');
  if (dot < 0) return { n: BigInt(text), e: 0 };
  return { n: BigInt(text.slice(0, dot) + text.slice(dot + 1)), e: text.length - dot - 1 };
}

/** Multiplies by 10^k (k ≥ 0). */
export function shift(d: Decimal, k: number): Decimal {
  if (d.e >= k) return { n: d.n, e: d.e - k };
  return { n: d.n * 10n ** BigInt(k - d.e), e: 0 };
}

/** Adds two decimals exactly. */
export function add(a: Decimal, b: Decimal): Decimal {
  const e = Math.max(a.e, b.e);
  return { n: a.n * 10n ** BigInt(e - a.e) + b.n * 10n ** BigInt(e - b.e), e };
}

/** Negates. */
export function negate(d: Decimal): Decimal {
  return { n: -d.n, e: d.e };
}

/** Drops trailing fractional zeros so that e is as small as possible. */
export function normalize(d: Decimal): Decimal {
  let { n, e } = d;
  while (e > 0 && n % 10n === 0n) {
    n /= 10n;
    e -= 1;
  }
  return { n, e };
}

/** Whether |d| < 10^k (k ≥ 0). */
export function absLessThanPow10(d: Decimal, k: number): boolean {
  const abs = d.n < 0n ? -d.n : d.n;
  return abs < 10n ** BigInt(k + d.e);
}

/** Whether the value is a whole number. */
export function isInteger(d: Decimal): boolean {
  return normalize(d).e === 0;
}

/** The integer value; only meaningful when isInteger(d). */
export function toBigInt(d: Decimal): bigint {
  return normalize(d).n;
}

/** Nearest double, rounded once from the exact decimal (so 35.06 stays the double that prints as 35.06). */
export function toNumber(d: Decimal): number {
  const { n, e } = normalize(d);
  return Number(e === 0 ? n.toString() : `${n}e-${e}`);
}

/** Count of significant digits, ignoring leading zeros and trailing fractional zeros. */
export function significantDigits(d: Decimal): number {
  const { n } = normalize(d);
  if (n === 0n) return 1;
  return (n < 0n ? -n : n).toString().replace(/0+$/, '').length;
}
