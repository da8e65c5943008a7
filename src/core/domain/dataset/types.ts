/** A source document as published in the dataset. */
export interface SourceRecord {
  id: string;
  kind: string;
  title: string;
  issuer: string;
  published: string | null;
  url: string | null;
  locator: string | null;
  reliability: string;
  note: string | null;
}

export interface ProgramRecord {
  id: string;
  name: string;
  shortName: string | null;
  kind: string | null;
  operator: string | null;
  started: string | null;
  description: string | null;
  aliases: string[];
}

export interface MeasureRecord {
  id: string;
  label: string;
  unit: string;
  aggregation: string;
  description: string | null;
}

export interface EvaluationRecord {
  id: string;
  name: string;
  organiser: string;
  kind: string | null;
  description: string | null;
}

/** A region as written in the source, resolved to the official code valid on the figure's date. */
export interface RegionRef {
  written: string;
  code: string;
  /** Stable page identity (survives 1:1 recodes and renames). */
  identity: string;
  name: string;
  fullName: string;
  /** Date on which the written name was resolved. */
  asOf: string;
}

/** A figure as written and as understood. `value` is in base units (원, 가구, 명, % …). */
export interface Quantity {
  written: string;
  value: number;
  unit: string;
  /** Qualifier codes read from the notation: approx (약), over (…여), at-least (이상) … see src/core/domain/amount/qualifiers.ts. */
  approx: string[];
  /** Newsroom notation of the parsed value with its qualifiers (e.g. 228억 원, 4,700여 명). */
  display: string;
  /** When `written` cannot be parsed (808억만원, 13기동대): the reading from the row's note the value was counted from. */
  reading?: string;
}

/** A time span: `kind` says whether it is one year/month/day or a range such as a cumulative 2019–2023. */
export interface Period {
  text: string;
  kind: 'year' | 'month' | 'day' | 'range' | 'unknown';
  start: string | null;
  end: string | null;
}

interface Cited {
  id: string;
  source: string;
  quote: string | null;
  status: string;
  note: string | null;
  /** File and line the row came from, for the data-quality page and for maintainers. */
  origin: string;
}

export interface FigureRecord extends Cited {
  program: string;
  region: RegionRef;
  period: Period;
  measure: string | null;
  metric: string;
  quantity: Quantity;
  qualifiers: string[];
  /** Ids of other figures for the same region, measure and period that state a different value. */
  conflictsWith: string[];
  /** The definition as the source states it (e.g. 수급권자 기준); set for figures from published files. */
  basis?: string | null;
  /** 'residual': recorded at 시 level in a file that also lists the 시's 일반구 (in no 구; never the 시's total). */
  scope?: 'residual' | null;
  /** Ids of records for the same thing stated on another basis (set only when there are some; not conflicts). */
  differentBasis?: string[];
}

export interface AwardRecord extends Cited {
  evaluation: string;
  year: number;
  category: string | null;
  grade: string;
  rank: number | null;
  region: RegionRef;
  prize: Quantity | null;
}

export interface BudgetRecord extends Cited {
  region: RegionRef;
  /** Null when the source gives no year: such figures are listed, never charted. */
  fiscalYear: number | null;
  /** Comparable measure (welfare-budget, welfare-share …), or null for a one-off indicator named by `metric`. */
  measure: string | null;
  metric: string;
  quantity: Quantity;
  account: string | null;
  stage: string | null;
  conflictsWith: string[];
  /** The definition as the source states it (e.g. (사회복지+보건)÷일반회계 예산×100); set for published files. */
  basis?: string | null;
  scope?: 'residual' | null;
  /** Ids of records for the same thing stated on another basis (set only when there are some; not conflicts). */
  differentBasis?: string[];
}

/** A designation of a region (인구감소지역 …), with the category text exactly as published. */
export interface CategoryRecord {
  id: string;
  region: RegionRef;
  period: Period;
  measure: string;
  category: string;
  source: string;
  status: string;
  origin: string;
  basis: string | null;
}

export interface Dataset {
  sources: SourceRecord[];
  programs: ProgramRecord[];
  measures: MeasureRecord[];
  evaluations: EvaluationRecord[];
  figures: FigureRecord[];
  awards: AwardRecord[];
  budgets: BudgetRecord[];
  categories: CategoryRecord[];
}

/** Rows read from one input file, and where each went: every row is published or reported, none vanish. */
export interface FileStats {
  file: string;
  read: number;
  written: number;
  rejected: number;
}
