// Synthetic budgets: per scale unit one basis (account, stage); three measures as published 지방재정365-style CP949
// files with descriptors (시도 total rows to skip), and 1인당 사회복지 예산 in the project's own budgets format.
import { encodeCp949 } from './lib/cp949.ts';
import { csvLine } from './lib/csv-write.ts';
import { writeAmount } from './lib/notation.ts';
import { intBetween } from './lib/prng.ts';
import type { UnitOfYear } from './lib/regions-by-year.ts';
import { pad, type SynthContext } from './lib/synth.ts';

const ACCOUNTS = ['일반회계', '일반+특별회계', '총계', '순계'];
const STAGES = ['당초', '최종', '결산', '추경'];
/** Writes the budget measures, the published lofin-<k>/ folders and budgets/per-capita-<k>.csv. */
export function addBudgets(ctx: SynthContext): void {
  const { scale, years, units, add, put, source, level: levelOf, random, counts } = ctx;
  for (const m of [
    ['welfare-budget', '사회복지 예산', '원', 'annual'],
    ['total-budget', '총예산', '원', 'annual'],
    ['welfare-share', '사회복지 예산 비중', '%', 'rate'],
    ['welfare-per-capita', '1인당 사회복지 예산', '원', 'rate'],
  ]) {
    add('measures.csv', csvLine([...m, '예산 지표']));
  }
  add(
    'programs.csv',
    csvLine([
      'welfare-budget',
      '지자체 사회복지 예산',
      '사회복지 예산',
      '예산',
      '각 지방자치단체',
      '',
      '합성 예산 자료',
      '',
    ]),
  );
  for (let k = 0; k < scale; k++) {
    const account = ACCOUNTS[k % 4]!;
    const stage = STAGES[Math.floor(k / 4) % 4]!;
    const lofin = source(
      `syn-lofin-${k + 1}`,
      '통계',
      `지방재정365 세출예산 현황 (${account}, ${stage})`,
      '행정안전부',
      '2026-02-15',
    );
    const tables = {
      'welfare-budget': [] as string[],
      'total-budget': [] as string[],
      'welfare-share': [] as string[],
    };
    const own = `budgets/per-capita-${k + 1}.csv`;
    add(
      own,
      csvLine([
        'id',
        'region',
        'fiscal_year',
        'measure',
        'metric',
        'value',
        'account',
        'stage',
        'source',
        'quote',
        'status',
        'note',
      ]),
    );
    for (const [yi, year] of years.entries()) {
      const bySido = new Map<string, UnitOfYear[]>();
      for (const u of units.get(year)!) bySido.set(u.sidoCode, [...(bySido.get(u.sidoCode) ?? []), u]);
      for (const [sido, list] of bySido) {
        const totals = list.map((u) => {
          const total = Math.round(2e8 * (0.3 + levelOf(`${u.code}|total`) * 5) * (1 + 0.05 * yi)); // 천원
          const share = Math.min(80, 15 + 50 * levelOf(`${u.code}|share`) + yi * 0.4 + random());
          return { u, total, share, welfare: Math.round((total * share) / 100) };
        });
        const sidoLabel =
          (list[0]!.compact === list[0]!.full ? list[0]!.sidoName : list[0]!.compact.slice(0, 2)) + '계';
        const sum = (f: (t: (typeof totals)[number]) => number) => totals.reduce((s, t) => s + f(t), 0);
        tables['welfare-budget'].push(csvLine([year, sidoLabel, sum((t) => t.welfare).toLocaleString('en-US')]));
        tables['total-budget'].push(csvLine([year, sidoLabel, sum((t) => t.total).toLocaleString('en-US')]));
        tables['welfare-share'].push(
          csvLine([year, sidoLabel, ((sum((t) => t.welfare) / sum((t) => t.total)) * 100).toFixed(2)]),
        );
        for (const t of totals) {
          tables['welfare-budget'].push(csvLine([year, t.u.compact, t.welfare.toLocaleString('en-US')]));
          tables['total-budget'].push(csvLine([year, t.u.compact, t.total.toLocaleString('en-US')]));
          tables['welfare-share'].push(csvLine([year, t.u.compact, t.share.toFixed(2)]));
          counts.publishedRows += 3;
          counts.budgets += 3;
          const press = source(
            `syn-budget-${sido}-${year}`,
            '보도자료',
            `${t.u.sidoName} ${year}년 시군 복지예산 현황`,
            t.u.sidoName,
            `${year}-02-${pad(intBetween(random, 1, 28))}`,
          );
          const perCapita =
            Math.round((300_000 + 2_500_000 * levelOf(`${t.u.code}|pc`) * (1 + 0.05 * yi)) / 1000) * 1000 + k * 1000;
          const w = writeAmount(perCapita, '원', random() * 0.95);
          add(
            own,
            csvLine([
              `syn-b-pc-${k + 1}-${t.u.code}-${year}`,
              t.u.full,
              year,
              'welfare-per-capita',
              '1인당 사회복지 예산',
              w.written,
              account,
              stage,
              press,
              `1인당 ${w.written}`,
              '확인',
              '',
            ]),
          );
          counts.budgets++;
        }
      }
    }
    const unitOf = { 'welfare-budget': '천원', 'total-budget': '천원', 'welfare-share': '%' } as const;
    const columns = {
      'welfare-budget': '사회복지분야 세출예산(천원)',
      'total-budget': '세출예산 총계(천원)',
      'welfare-share': '사회복지비중(%)',
    } as const;
    for (const measure of ['welfare-budget', 'total-budget', 'welfare-share'] as const) {
      const folder = `published/lofin-${k + 1}`;
      const text = `지방재정365 세출예산 현황 (${account}, ${stage}, 단위: ${unitOf[measure]})\r\n회계연도,자치단체명,${columns[measure]}\r\n${tables[measure].join('').replace(/\n/g, '\r\n')}`;
      put(`${folder}/${measure}.csv`, encodeCp949(text));
      const descriptor = {
        id: `syn-lofin-${k + 1}-${measure}`,
        file: `${measure}.csv`,
        encoding: 'cp949',
        headerRow: 2,
        source: lofin,
        target: 'budgets',
        measure,
        metric: columns[measure].replace(/\(.*\)$/, ''),
        region: { column: '자치단체명' },
        layout: { kind: 'long', period: { column: '회계연도' }, value: { column: columns[measure] } },
        unit: unitOf[measure],
        account,
        stage,
        skip: [{ column: '자치단체명', pattern: '계$', reason: '시도 합계 행' }],
      };
      put(`${folder}/${measure}.csv.descriptor.json`, [`${JSON.stringify(descriptor, null, 2)}\n`]);
    }
  }
}
