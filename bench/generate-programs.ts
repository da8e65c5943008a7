// Synthetic programs, their measures and figures: 3 measures per program, 10 programs per scale unit, one value per
// unit, measure and year. As nationally: most values come in one statistical file per program (published/, with a
// descriptor; charted as national indicators), and one 시도's units per program come from its press releases in
// Korean notation (charted per region), about 1% of those also reported by a news article with another value.
import type { BaseUnit } from '../src/core/domain/amount/index.ts';
import { csvLine } from './lib/csv-write.ts';
import { seriesValue, writeAmount } from './lib/notation.ts';
import { intBetween } from './lib/prng.ts';
import { pad, type SynthContext } from './lib/synth.ts';
import { addProgramFile, type StatRow } from './generate-program-file.ts';

const PROGRAMS = [
  '찾아가는 복지상담',
  '위기가구 긴급지원',
  '노인 맞춤돌봄',
  '장애인 활동지원',
  '아동 급식지원',
  '청년 월세지원',
  '자활근로',
  '희망복지지원단',
  '방문건강관리',
  '에너지바우처',
];
const MEASURES: Array<[string, BaseUnit, string]> = [
  ['지원 가구 수', '가구', 'annual'],
  ['참여 인원', '명', 'annual'],
  ['사업비 집행액', '원', 'annual'],
  ['상담 건수', '건', 'annual'],
  ['목표 달성률', '%', 'rate'],
  ['참여 기관 수', '곳', 'stock'],
  ['방문 횟수', '회', 'annual'],
];
const FIGURE_HEADER = [
  'id',
  'region',
  'period',
  'measure',
  'metric',
  'value',
  'qualifier',
  'source',
  'quote',
  'status',
  'note',
];
/** Writes programs.csv, measures.csv and figures/<program>.csv. */
export function addPrograms(ctx: SynthContext): void {
  const { scale, years, units, add, source, level: levelOf, random, counts } = ctx;
  const programCount = 10 * scale;
  const sidos = [...new Set([...units.values()].flat().map((u) => u.sidoCode))].sort();
  add('programs.csv', csvLine(['id', 'name', 'short_name', 'kind', 'operator', 'started', 'description', 'aliases']));
  add('measures.csv', csvLine(['id', 'label', 'unit', 'aggregation', 'description']));
  for (let p = 0; p < programCount; p++) {
    const programId = `syn-program-${pad(p + 1, 3)}`;
    const short = `${PROGRAMS[p % PROGRAMS.length]} ${Math.floor(p / PROGRAMS.length) + 1}`;
    add(
      'programs.csv',
      csvLine([
        programId,
        `합성 ${short} 사업`,
        short,
        '복지사업',
        '각 지방자치단체',
        '2006',
        `벤치마크용 합성 자료: ${short} 사업의 시군구별 연간 실적.`,
        short,
      ]),
    );
    const measures = [0, 1, 2].map((j) => {
      const [label, unit, aggregation] = MEASURES[(p * 3 + j) % MEASURES.length]!;
      const id = `syn-m-${pad(p + 1, 3)}-${j + 1}`;
      add('measures.csv', csvLine([id, `${short} ${label}`, unit, aggregation, `합성 측정 항목 (${unit})`]));
      return { id, label: `${short} ${label}`, unit };
    });
    const file = `figures/${programId}.csv`;
    add(file, csvLine(FIGURE_HEADER));
    const pressSido = sidos[p % sidos.length];
    const stat: StatRow[] = [];
    for (const [yi, year] of years.entries()) {
      for (const u of units.get(year)!) {
        if (u.sidoCode !== pressSido) {
          const values = measures.map((m) => seriesValue(m.unit, levelOf(`${u.code}|${m.id}`), yi, random()));
          stat.push({ year, region: u.full, values });
          counts.figures += values.length;
          counts.publishedRows += values.length;
          continue;
        }
        const src = source(
          `syn-${pad(p + 1, 3)}-${u.sidoCode}-${year}`,
          '보도자료',
          `${u.sidoName}, ${year}년 ${short} 사업 실적 발표`,
          u.sidoName,
          `${year + 1}-0${1 + (p % 2)}-${pad(intBetween(random, 5, 28))}`,
        );
        for (const m of measures) {
          const value = seriesValue(m.unit, levelOf(`${u.code}|${m.id}`), yi, random());
          const w = writeAmount(value, m.unit, random());
          const id = `syn-f-${pad(p + 1, 3)}-${m.id.slice(-1)}-${u.code}-${year}`;
          add(
            file,
            csvLine([
              id,
              u.full,
              year,
              m.id,
              m.label,
              w.written,
              m.unit === '%' ? '' : '연간',
              src,
              `${u.name} ${m.label} ${w.written}`.slice(0, 80),
              '확인',
              '',
            ]),
          );
          counts.figures++;
          // About 1% of figures are also reported by a news article with a different value: a conflict to show.
          if (random() < 0.01) {
            const news = source(
              `syn-news-${pad(p + 1, 3)}-${year}`,
              '기사',
              `${year}년 ${short} 사업 지자체별 실적`,
              '합성뉴스',
              `${year + 1}-03-02`,
              '보도',
            );
            const other = writeAmount(
              m.unit === '%' ? Math.min(99.99, value + 0.5) : value + (m.unit === '원' ? 1e8 : 3),
              m.unit,
              0,
            );
            add(
              file,
              csvLine([
                `${id}-news`,
                u.short,
                year,
                m.id,
                m.label,
                other.written,
                m.unit === '%' ? '' : '연간',
                news,
                `${u.short} ${other.written}`,
                '확인',
                '',
              ]),
            );
            counts.figures++;
          }
        }
      }
    }
    addProgramFile(ctx, { programId, short, measures, rows: stat });
  }
}
