// National fiscal indicators for the synthetic nation, shaped like the wide panel the national data brought in
// (openlocal muni_230624_stata.csv): one CP949 file per scale unit with every 자치단체 × 20 years × 10 value columns,
// kept as published with a descriptor beside it, and one national indicator per column (a map per year).
import { encodeCp949 } from './lib/cp949.ts';
import { csvLine } from './lib/csv-write.ts';
import type { UnitOfYear } from './lib/regions-by-year.ts';
import { indicatorLine } from './lib/synth-indicators.ts';

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
  put: (path: string, content: Buffer | string[]) => void;
  source: (id: string, kind: string, title: string, issuer: string, published: string) => string;
  level: (key: string) => number;
  random: () => number;
}

/** Writes one copy's panel file, descriptor, measures and indicators; returns how many values the file holds. */
export function addIndicatorPanel(ctx: PanelContext): number {
  const k = ctx.copy + 1;
  const measure = (id: string) => `${id}-c${k}`;
  for (const [id, label] of PANEL_COLUMNS)
    ctx.add('measures.csv', csvLine([measure(id), label, '%', 'rate', '재정 지표']));
  const source = ctx.source(`syn-panel-${k}`, '통계', `지방재정365 재정지표 패널 (${k})`, '행정안전부', '2026-03-01');
  for (const [id, label] of PANEL_COLUMNS)
    ctx.add(
      'indicators.csv',
      indicatorLine({
        id: `syn-${measure(id)}`,
        name: `${label} (합성 패널 ${k})`,
        kind: 'share',
        table: 'budgets',
        measure: measure(id),
        program: '',
        source,
        stage: 'none',
        unit: '%',
        basis: `합성 재정지표 패널 ${k} ${label} (예산 단계 명시 없음)`,
        palette: 'ylgnbu',
      }),
    );
  const lines = [csvLine(['연도', '자치단체명', ...PANEL_COLUMNS.map(([, label]) => label)])];
  let values = 0;
  for (const [yi, year] of ctx.years.entries())
    for (const u of ctx.units.get(year)!) {
      const cells = PANEL_COLUMNS.map(([id]) =>
        (5 + 80 * ctx.level(`${u.code}|${id}`) + yi * 0.3 + ctx.random()).toFixed(2),
      );
      lines.push(csvLine([String(year), u.full, ...cells]));
      values += cells.length;
    }
  const folder = `published/panel-${k}`;
  ctx.put(`${folder}/panel.csv`, encodeCp949(lines.join('').replace(/\n/g, '\r\n')));
  const descriptor = {
    id: `syn-panel-${k}`,
    file: 'panel.csv',
    encoding: 'cp949',
    source,
    target: 'budgets',
    region: { column: '자치단체명' },
    period: { column: '연도' },
    account: '일반회계',
    values: PANEL_COLUMNS.map(([id, label]) => ({ column: label, measure: measure(id), metric: label, unit: '%' })),
  };
  ctx.put(`${folder}/panel.csv.descriptor.json`, [`${JSON.stringify(descriptor, null, 2)}\n`]);
  return values;
}
