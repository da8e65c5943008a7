// The national indicators of the synthetic nation: rows of indicators.csv over its published statistical files, so a
// synthetic build draws what a real national build draws (a map per indicator and year, ranks and region rows), not
// thousands of per-region press-release charts.
import { csvLine } from './csv-write.ts';

export const INDICATOR_HEADER = [
  'id',
  'name',
  'name_en',
  'kind',
  'table',
  'measure',
  'program',
  'source',
  'stage',
  'unit',
  'basis',
  'direction',
  'denominator_measure',
  'denominator_program',
  'denominator_source',
  'per',
  'palette',
  'shown_on',
  'role',
];

export interface SynthIndicator {
  id: string;
  name: string;
  kind: 'count' | 'share' | 'amount';
  table: 'figures' | 'budgets';
  measure: string;
  program: string;
  source: string;
  /** 'none' = records that state no stage (a panel), '' = any. */
  stage: string;
  unit: string;
  basis: string;
  palette: 'blues' | 'ylgnbu' | 'greens';
}

/** One line of indicators.csv. */
export function indicatorLine(i: SynthIndicator): string {
  const direction = i.table === 'budgets' ? 'neutral' : 'more-support';
  return csvLine([
    i.id,
    i.name,
    `Synthetic ${i.id}`,
    i.kind,
    i.table,
    i.measure,
    i.program,
    i.source,
    i.stage,
    i.unit,
    i.basis,
    direction,
    '',
    '',
    '',
    '',
    i.palette,
    '',
    '',
  ]);
}
