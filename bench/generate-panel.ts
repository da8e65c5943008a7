// National fiscal indicators for the synthetic nation, shaped like the wide panel the national-data work brings in
// (openlocal muni_230624_stata.csv; 지방재정365 재정지표): every 자치단체 × 20 years × 10 value columns.
// The published-file descriptor describes one value column per file, so such a panel cannot yet be one published
// file with one descriptor (the `ingest` branch extends the format): until then it is written as budget rows of the
// same volume, one row per (unit, year, column), in the project's own budgets format.
import { csvLine } from './lib/csv-write.ts';
import type { UnitOfYear } from './lib/regions-by-year.ts';

/** The ten value columns: fiscal ratios in %, as 지방재정365 publishes them. */
export const PANEL_COLUMNS: Array<[string, string]> = [
  ['panel-fiscal-independence', '재정자립도'],
  ['panel-fiscal-autonomy', '재정자주도'],
  ['panel-welfare-health-share', '사회복지·보건 예산 비중'],
  ['panel-own-program-share', '자체사업 비중'],
  ['panel-subsidy-program-share', '보조사업 비중'],
  ['panel-policy-program-share', '정책사업 비중'],
  ['panel-debt-ratio', '예산 대비 채무 비율'],
  ['panel-personnel-share', '인건비 비중'],
  ['panel-current-expense-share', '경상경비 비중'],
  ['panel-year-end-spending', '연말 지출 비율'],
];

interface PanelContext {
  /** Which copy of the panel (one per scale unit, so the data grows with the scale like the other tables). */
  copy: number;
  years: readonly number[];
  units: ReadonlyMap<number, readonly UnitOfYear[]>;
  add: (path: string, line: string) => void;
  source: (id: string, kind: string, title: string, issuer: string, published: string) => string;
  level: (key: string) => number;
  random: () => number;
}

/** Writes the measures once (copy 0) and the panel's rows; returns how many rows it wrote. */
export function addIndicatorPanel(ctx: PanelContext): number {
  const file = `budgets/indicator-panel-${ctx.copy + 1}.csv`;
  const header = ['id', 'region', 'fiscal_year', 'measure', 'metric', 'value', 'account', 'stage', 'source'];
  ctx.add(file, csvLine([...header, 'quote', 'status', 'note']));
  if (ctx.copy === 0)
    for (const [id, label] of PANEL_COLUMNS) ctx.add('measures.csv', csvLine([id, label, '%', 'rate', '재정 지표']));
  const source = ctx.source(
    `syn-panel-${ctx.copy + 1}`,
    '통계',
    `지방재정365 재정지표 패널 (${ctx.copy + 1})`,
    '행정안전부',
    '2026-03-01',
  );
  let rows = 0;
  for (const [yi, year] of ctx.years.entries())
    for (const u of ctx.units.get(year)!)
      for (const [measure, label] of PANEL_COLUMNS) {
        const value = (5 + 80 * ctx.level(`${u.code}|${measure}`) + yi * 0.3 + ctx.random()).toFixed(2);
        const id = `syn-panel-${ctx.copy + 1}-${measure}-${u.code}-${year}`;
        const quote = `${label} ${value}%`;
        ctx.add(
          file,
          csvLine([id, u.full, year, measure, label, `${value}%`, '일반회계', '당초', source, quote, '확인', '']),
        );
        rows += 1;
      }
  return rows;
}
