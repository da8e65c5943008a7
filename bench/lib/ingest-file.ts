import { open } from 'node:fs/promises';
import { encodeCp949 } from './cp949.ts';
import { csvLine } from './csv-write.ts';
import { createPrng } from './prng.ts';
import { loadRegistry, unitsOfYear } from './regions-by-year.ts';

const PROJECTS = [
  '긴급복지 생계지원',
  '기초연금 부가급여',
  '노인 맞춤돌봄',
  '장애인 활동지원',
  '아동수당 부가',
  '청년 월세 한시지원',
  '자활근로',
  '희망복지 통합사례관리',
  '방문건강관리',
  '에너지바우처',
  '주거급여 수선',
  '교육급여 부가',
  '한부모 양육비',
  '다함께돌봄',
  '경로당 난방비',
  '무료급식 지원',
  '장애인 일자리',
  '노인일자리 공익형',
  '재가복지 서비스',
];

/** `1,234,567` 천원 in newsroom notation, e.g. `12억 3천만 원` (rounded to 천만 원 as newsrooms do). */
function korean(thousand: number): string {
  const eok = Math.floor(thousand / 100_000) + 1;
  const cheonman = Math.floor((thousand % 100_000) / 10_000);
  return `${eok}억${cheonman ? ` ${cheonman}천만` : ''} 원`;
}

/** The descriptor a maintainer would write for the generated file (kept beside it). */
export const INGEST_DESCRIPTOR = {
  id: 'syn-monthly-spend',
  file: 'monthly-spend.csv',
  encoding: 'cp949',
  headerRow: 2,
  source: 'syn-monthly-spend',
  target: 'figures',
  program: 'syn-monthly',
  measure: 'amount-supported',
  metric: '월별 사업 집행액',
  region: { column: '자치단체명' },
  layout: { kind: 'long', period: { column: '기준연월' }, value: { column: '집행액(천원)' } },
  unit: '천원',
  skip: [{ column: '자치단체명', pattern: '계$', reason: '시도 합계 행' }],
};

/**
 * Writes a published-format CSV of exactly `rows` data rows in CP949, as a 지방재정-style monthly spending table:
 * a title line, Korean headers, region names as tables write them, amounts as `"1,234,567"` in 천원 (some in Korean
 * notation such as `18억 2천만 원`, some `-`), and a free-text 비고 column with quoted commas. Deterministic.
 */
export async function writeIngestFile(path: string, rows: number, dataDir: string, seed = 7): Promise<number> {
  const random = createPrng(seed);
  const registry = loadRegistry(dataDir);
  const handle = await open(path, 'w');
  let bytes = 0;
  let batch: string[] = [
    '월별 복지사업 집행 현황 (단위: 천원)\r\n',
    csvLine(['기준연월', '시도', '자치단체명', '사업명', '집행액(천원)', '비고']).replace('\n', '\r\n'),
  ];
  const flush = async () => {
    const buf = encodeCp949(batch.join(''));
    bytes += buf.length;
    await handle.write(buf);
    batch = [];
  };
  let written = 0;
  try {
    outer: for (let pass = 0; ; pass++) {
      const project = PROJECTS[pass % PROJECTS.length]!;
      for (let year = 2006; year <= 2025; year++) {
        const units = unitsOfYear(registry, year);
        for (let month = 1; month <= 12; month++) {
          for (const u of units) {
            if (written === rows) break outer;
            const r = random();
            const thousand = Math.round(1000 + random() * 900_000);
            const value = r < 0.02 ? '-' : r < 0.12 ? korean(thousand) : thousand.toLocaleString('en-US');
            const note = r > 0.95 ? '국비, 도비 포함' : r > 0.9 ? '"추경" 반영' : '';
            batch.push(
              csvLine([
                `${year}-${String(month).padStart(2, '0')}`,
                u.sidoName,
                u.compact,
                project,
                value,
                note,
              ]).replace('\n', '\r\n'),
            );
            written++;
            if (batch.length >= 20_000) await flush();
          }
        }
      }
    }
    await flush();
  } finally {
    await handle.close();
  }
  return bytes;
}
