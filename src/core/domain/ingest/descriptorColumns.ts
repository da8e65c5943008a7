import type { Descriptor } from './descriptor.ts';

/** Every column the descriptor names: each must be in the header. */
export function descriptorColumns(d: Descriptor): Set<string> {
  return new Set([
    ...(d.region.columns ?? [d.region.column ?? '']),
    ...d.values.flatMap((v) => [v.column, ...Object.values(v.columnByPeriod ?? {})]),
    ...(d.period && 'column' in d.period ? [d.period.column] : []),
    ...d.select.map((s) => s.column),
    ...d.skip.map((s) => s.column),
    ...d.fillDown,
    ...(d.residual ? [d.residual.column] : []),
  ]);
}
