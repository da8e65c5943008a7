import { formatAmount, type BaseUnit } from '../../src/core/domain/amount/index.ts';

/** Units the synthetic measures use, with a plausible range of one 자치단체's yearly value. */
export const UNIT_RANGES: Partial<Record<BaseUnit, [number, number]>> = {
  가구: [80, 60_000],
  명: [40, 250_000],
  건: [10, 90_000],
  곳: [1, 400],
  회: [2, 5_000],
  원: [5e7, 9e11],
  '%': [0.5, 95],
};

/**
 * Writes a value the way Korean agencies and newsrooms do, choosing a style with `r` in [0, 1): newsroom notation
 * (`18억 2천만 원`, `14만 800 가구`), attached (`18억2천만원`), full digits (`1,820,000,000원`), or an approximate
 * `여` figure (`4,700여 명`). Percentages are always `35.06%`.
 */
export function writeAmount(value: number, unit: BaseUnit, r: number): { written: string; value: number } {
  if (unit === '%') return { written: `${value.toFixed(2)}%`, value: Number(value.toFixed(2)) };
  if (r < 0.6) return { written: formatAmount(value, unit, { style: 'newsroom' }), value };
  if (r < 0.8) return { written: formatAmount(value, unit, { style: 'newsroom' }).replace(/ /g, ''), value };
  if (r < 0.95) return { written: formatAmount(value, unit, { style: 'full' }).replace(/ /g, ''), value };
  const step = unit === '원' ? 1e8 : 100;
  const rounded = Math.max(step, Math.round(value / step) * step);
  const base = formatAmount(rounded, unit, { style: 'newsroom' });
  // "4,700 명" → "4,700여 명"; "18억 원" → "18억여 원"
  return { written: base.replace(/ ([^ ]+)$/, '여 $1'), value: rounded };
}

/** A value in a unit's range that grows smoothly with the year, so synthetic series look like real ones. */
export function seriesValue(unit: BaseUnit, base: number, yearIndex: number, noise: number): number {
  const [min, max] = UNIT_RANGES[unit] ?? [1, 1000];
  const raw = min + (max - min) * base * (1 + 0.04 * yearIndex) * (0.95 + 0.1 * noise);
  if (unit === '%') return Math.min(99.99, raw);
  if (unit === '원') return Math.round(raw / 1e6) * 1e6;
  return Math.max(1, Math.round(raw));
}
