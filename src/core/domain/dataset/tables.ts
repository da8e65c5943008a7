import { columns, listOf, oneOf, vocab, type Column } from './columns.ts';

/**
 * The project's own file formats: for each table, its columns in order and what each must hold. This is the single
 * source of truth: the validator, the data/README.md table and the published datapackage schema are derived from it.
 */
export interface TableFormat {
  name: string;
  /** Glob-like location under data/, for messages and docs. */
  path: string;
  columns: Record<string, Column>;
}

function table(name: string, path: string, cols: Record<string, Column>): TableFormat {
  return { name, path, columns: cols };
}

export const sourcesFormat = table('sources', 'sources/*.csv', {
  id: columns.id,
  kind: oneOf(vocab.sourceKind),
  title: columns.text,
  issuer: columns.text,
  published: columns.date,
  url: columns.url,
  locator: columns.optionalText,
  reliability: oneOf(vocab.reliability),
  note: columns.optionalText,
});

export const programsFormat = table('programs', 'programs.csv', {
  id: columns.id,
  name: columns.text,
  short_name: columns.optionalText,
  kind: columns.optionalText,
  operator: columns.optionalText,
  started: columns.date,
  description: columns.optionalText,
  aliases: columns.optionalText,
});

export const measuresFormat = table('measures', 'measures.csv', {
  id: columns.id,
  label: columns.text,
  unit: columns.text,
  aggregation: oneOf(vocab.aggregation),
  description: columns.optionalText,
});

export const evaluationsFormat = table('evaluations', 'evaluations.csv', {
  id: columns.id,
  name: columns.text,
  organiser: columns.text,
  kind: columns.optionalText,
  description: columns.optionalText,
});

export const figuresFormat = table('figures', 'figures/<program>.csv', {
  id: columns.id,
  region: columns.text,
  period: columns.period,
  measure: columns.optionalRef,
  metric: columns.text,
  value: columns.text,
  qualifier: listOf(vocab.qualifier),
  source: columns.ref,
  quote: columns.optionalText,
  status: oneOf(vocab.status),
  note: columns.optionalText,
});

export const awardsFormat = table('awards', 'awards/<evaluation>.csv', {
  id: columns.id,
  year: columns.year,
  category: columns.optionalText,
  grade: columns.text,
  rank: columns.count,
  region: columns.text,
  prize: columns.optionalText,
  source: columns.ref,
  quote: columns.optionalText,
  status: oneOf(vocab.status),
  note: columns.optionalText,
});

export const budgetsFormat = table('budgets', 'budgets/<topic>.csv', {
  id: columns.id,
  region: columns.text,
  fiscal_year: columns.optionalYear,
  measure: columns.optionalRef,
  metric: columns.text,
  value: columns.text,
  account: oneOf(vocab.account, true),
  stage: oneOf(vocab.stage, true),
  source: columns.ref,
  quote: columns.optionalText,
  status: oneOf(vocab.status),
  note: columns.optionalText,
});
