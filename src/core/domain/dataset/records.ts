import type { EvaluationRecord, MeasureRecord, ProgramRecord, SourceRecord } from './types.ts';
import type { ValidRow } from './validateTable.ts';

const orNull = (v: string | undefined): string | null => (v ? v : null);
const list = (v: string | undefined): string[] =>
  (v ?? '')
    .split('|')
    .map((s) => s.trim())
    .filter(Boolean);

/** Typed records from validated rows of the reference tables. */
export function toSource({ cells: c }: ValidRow): SourceRecord {
  return {
    id: c.id ?? '',
    kind: c.kind ?? '',
    title: c.title ?? '',
    issuer: c.issuer ?? '',
    published: orNull(c.published),
    url: orNull(c.url),
    locator: orNull(c.locator),
    reliability: c.reliability ?? '',
    note: orNull(c.note),
  };
}

export function toProgram({ cells: c }: ValidRow): ProgramRecord {
  return {
    id: c.id ?? '',
    name: c.name ?? '',
    shortName: orNull(c.short_name),
    kind: orNull(c.kind),
    operator: orNull(c.operator),
    started: orNull(c.started),
    description: orNull(c.description),
    aliases: list(c.aliases),
  };
}

export function toMeasure({ cells: c }: ValidRow): MeasureRecord {
  return {
    id: c.id ?? '',
    label: c.label ?? '',
    unit: c.unit ?? '',
    aggregation: c.aggregation ?? '',
    description: orNull(c.description),
  };
}

export function toEvaluation({ cells: c }: ValidRow): EvaluationRecord {
  return {
    id: c.id ?? '',
    name: c.name ?? '',
    organiser: c.organiser ?? '',
    kind: orNull(c.kind),
    description: orNull(c.description),
  };
}
