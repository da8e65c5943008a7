/**
 * Reads a v1 descriptor (one measure, `layout` long/wide, `headerRow`) as v2, so older descriptors keep working.
 * Anything that is not a v1 descriptor passes through untouched for the v2 schema to judge.
 */
export function migrateV1(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('layout' in raw)) return raw;
  const { layout, headerRow, measure, metric, unit, qualifier, ...rest } = raw as Record<string, unknown>;
  const base = { measure, metric, unit, ...(qualifier === undefined ? {} : { qualifier }) };
  const l = layout as { kind?: string; period?: unknown; value?: { column?: unknown }; periodColumns?: unknown };
  const v2: Record<string, unknown> = { ...rest, ...(headerRow === undefined ? {} : { headerRows: [headerRow] }) };
  if (l?.kind === 'long') return { ...v2, period: l.period, values: [{ column: l.value?.column, ...base }] };
  if (l?.kind === 'wide' && typeof l.periodColumns === 'object' && l.periodColumns !== null)
    return {
      ...v2,
      values: Object.entries(l.periodColumns).map(([period, column]) => ({ column, period, ...base })),
    };
  return raw;
}
