// One synthetic program's statistical file: every 자치단체 outside the program's press-release 시도 × year × its three
// measures, as an agency publishes such a table (plain numbers, one column per measure), with its descriptor and one
// national indicator per measure.
import type { BaseUnit } from '../src/core/domain/amount/index.ts';
import { csvLine } from './lib/csv-write.ts';
import type { SynthContext } from './lib/synth.ts';
import { indicatorLine } from './lib/synth-indicators.ts';

export interface StatRow {
  year: number;
  region: string;
  values: number[];
}

const kindOf = (unit: BaseUnit) => (unit === '%' ? 'share' : unit === '원' ? 'amount' : 'count');

/** Writes published/programs/<program>.csv with its descriptor, and the program's indicators. */
export function addProgramFile(
  ctx: SynthContext,
  program: {
    programId: string;
    short: string;
    measures: Array<{ id: string; label: string; unit: BaseUnit }>;
    rows: StatRow[];
  },
): void {
  const { programId, short, measures, rows } = program;
  const source = ctx.source(
    `syn-stat-${programId}`,
    '통계',
    `${short} 사업 시군구별 실적 통계`,
    '한국사회보장정보원',
    '2026-02-27',
  );
  const cell = (value: number, unit: BaseUnit) => (unit === '%' ? value.toFixed(2) : String(value));
  const lines = [csvLine(['기준연도', '자치단체명', ...measures.map((m) => m.label)])];
  for (const r of rows)
    lines.push(csvLine([String(r.year), r.region, ...r.values.map((v, j) => cell(v, measures[j]!.unit))]));
  ctx.put(`published/programs/${programId}.csv`, lines);
  const descriptor = {
    id: `syn-stat-${programId}`,
    file: `${programId}.csv`,
    encoding: 'utf-8',
    source,
    target: 'figures',
    region: { column: '자치단체명' },
    period: { column: '기준연도' },
    values: measures.map((m) => ({
      column: m.label,
      measure: m.id,
      program: programId,
      metric: m.label,
      unit: m.unit,
    })),
  };
  ctx.put(`published/programs/${programId}.csv.descriptor.json`, [`${JSON.stringify(descriptor, null, 2)}\n`]);
  for (const m of measures)
    ctx.add(
      'indicators.csv',
      indicatorLine({
        id: `syn-ind-${m.id.slice('syn-m-'.length)}`,
        name: m.label,
        kind: kindOf(m.unit),
        table: 'figures',
        measure: m.id,
        program: programId,
        source: '',
        stage: '',
        unit: m.unit,
        basis: `합성 ${m.label} (시군구별 실적 통계와 보도자료)`,
        palette: 'blues',
      }),
    );
}
