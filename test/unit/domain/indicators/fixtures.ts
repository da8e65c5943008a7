// Synthetic records over the committed region registry, for the indicator computations.
import type { BudgetRecord, Dataset, FigureRecord } from '../../../../src/core/domain/dataset/types.ts';
import type { Indicator } from '../../../../src/core/domain/indicators/schema.ts';

export function fig(
  identity: string,
  date: string,
  measure: string,
  value: number,
  extra: Partial<FigureRecord> = {},
): FigureRecord {
  return {
    id: `f-${measure}-${identity}-${date}${extra.scope ? '-r' : ''}`,
    source: measure === 'population' ? 'src-pop' : 'src-ssis',
    quote: null,
    status: '확인',
    note: null,
    origin: 'test',
    program: measure === 'population' ? 'population' : 'basic-livelihood',
    region: { written: identity, code: identity, identity, name: identity, fullName: identity, asOf: date },
    period: { text: date, kind: 'day', start: date, end: date },
    measure,
    metric: measure,
    quantity: { written: `${value}명`, value, unit: '명', approx: [], display: `${value}명` },
    qualifiers: [],
    conflictsWith: [],
    ...extra,
  };
}

export function budget(identity: string, year: number, value: number, stage: string | null = null): BudgetRecord {
  return {
    id: `b-${identity}-${year}-${stage ?? 'x'}`,
    source: 'src-panel',
    quote: null,
    status: '확인',
    note: null,
    origin: 'test',
    region: { written: identity, code: identity, identity, name: identity, fullName: identity, asOf: `${year}` },
    fiscalYear: year,
    measure: 'fiscal-self-reliance',
    metric: '재정자립도',
    quantity: { written: `${value}`, value, unit: '%', approx: [], display: `${value}%` },
    account: '일반회계',
    stage,
    conflictsWith: [],
  };
}

export function dataset(figures: FigureRecord[], budgets: BudgetRecord[] = []): Dataset {
  return {
    sources: [],
    programs: [],
    measures: [],
    evaluations: [],
    figures,
    awards: [],
    budgets,
    categories: [],
  };
}

export const count: Indicator = {
  id: 'bl',
  name: '기초생활보장 수급권자',
  nameEn: 'x',
  kind: 'count',
  unit: '명',
  basis: '수급권자',
  direction: 'more-need',
  numerator: { table: 'figures', measure: 'eligible-persons', program: 'basic-livelihood', source: null },
  denominator: null,
  palette: 'blues',
  programs: [],
  role: null,
};

export const rate: Indicator = {
  ...count,
  id: 'bl-rate',
  kind: 'rate',
  denominator: { table: 'figures', measure: 'population', program: 'population', source: null, per: 1000 },
};

export const panel: Indicator = {
  ...count,
  id: 'fsr',
  kind: 'share',
  unit: '%',
  numerator: { table: 'budgets', measure: 'fiscal-self-reliance', program: null, source: null, stage: null },
};
