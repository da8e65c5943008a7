import { formatAmount, formatNumber, type BaseUnit } from '../../domain/amount/index.ts';
import type { Indicator } from '../../domain/indicators/schema.ts';

const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A value as readers see it: counts whole, amounts in 억 원, shares and rates to one decimal. */
export function formatIndicator(indicator: Pick<Indicator, 'kind' | 'unit' | 'denominator'>, value: number): string {
  if (indicator.kind === 'count') return `${formatNumber(Math.round(value))}${indicator.unit}`;
  if (indicator.kind === 'amount') return formatAmount(Math.round(value), indicator.unit as BaseUnit);
  if (indicator.kind === 'rate' && indicator.denominator?.per === 1000)
    return `${formatNumber(round(value, 1))}${indicator.unit}`;
  return `${formatNumber(round(value, 1))}${indicator.unit}`;
}

/** Unit line for subtitles: "인구 1천 명당 명", "%", "명". */
export function unitPhrase(indicator: Pick<Indicator, 'kind' | 'unit' | 'denominator'>): string {
  if (indicator.denominator?.per === 1000) return `1천 명당 ${indicator.unit}`;
  return indicator.unit;
}

/**
 * Legend labels that never overlap: whole-number classes for counts ("2~3명", "4~7명"), half-open ranges otherwise
 * ("10% 미만", "10~20% 미만", "20% 이상").
 */
export function legendLabelsFor(breaks: readonly number[], whole: boolean, format: (n: number) => string): string[] {
  if (breaks.length === 0) return ['전체'];
  const out: string[] = [];
  for (let i = 0; i <= breaks.length; i++) {
    const lo = i === 0 ? null : breaks[i - 1]!;
    const hi = i === breaks.length ? null : breaks[i]!;
    if (lo === null) out.push(whole ? `${format(hi! - 1)} 이하` : `${format(hi!)} 미만`);
    else if (hi === null) out.push(`${format(lo)} 이상`);
    else if (whole) out.push(hi - 1 === lo ? format(lo) : `${format(lo)}~${format(hi - 1)}`);
    else out.push(`${format(lo)}~${format(hi)} 미만`);
  }
  return out;
}
