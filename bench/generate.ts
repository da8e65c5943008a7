// Synthetic national data for the scaling benchmarks: ~230 자치단체 × 20 years × (30 × scale) metrics, with awards
// and budgets, written as a complete data folder in the project's own format plus 지방재정365-style CP949 files with
// descriptors under published/. Deterministic (seeded). Usage: npx node bench/generate.ts --scale 1,2,4 [--out dir] [--years N]
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { BaseUnit } from '../src/core/domain/amount/index.ts';
import { addIndicatorPanel } from './generate-panel.ts';
import { encodeCp949 } from './lib/cp949.ts';
import { csvLine } from './lib/csv-write.ts';
import { seriesValue, writeAmount } from './lib/notation.ts';
import { createPrng, intBetween, pick } from './lib/prng.ts';
import { loadRegistry, unitsOfYear, type UnitOfYear } from './lib/regions-by-year.ts';

const REPO = resolve(import.meta.dirname, '..');
/** Years of data: 20 fiscal years, all published before the registry's last date. */
export const YEARS = Array.from({ length: 20 }, (_, i) => 2006 + i);
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
const EVALUATIONS = [
  '지역복지사업 평가',
  '지역사회보장계획 시행결과 평가',
  '희망복지지원단 운영 평가',
  '찾아가는 보건복지서비스 평가',
];
const CATEGORIES = [
  '지역사회보장 추진',
  '찾아가는 보건복지서비스',
  '희망복지지원단 운영',
  '지역사회보장협의체 운영',
  '복지 사각지대 발굴',
];
const GRADES: Array<[string, number, string]> = [
  ['대상', 0.02, '1,000만원'],
  ['최우수상', 0.04, '700만원'],
  ['우수상', 0.06, '500만원'],
  ['장려상', 0.08, ''],
  ['우수기관', 0.2, ''],
  ['선정', 1, ''],
];
const ACCOUNTS = ['일반회계', '일반+특별회계', '총계', '순계'];
const STAGES = ['당초', '최종', '결산', '추경'];
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
const SOURCE_HEADER = ['id', 'kind', 'title', 'issuer', 'published', 'url', 'locator', 'reliability', 'note'];

export interface GeneratedCounts {
  scale: number;
  figures: number;
  awards: number;
  budgets: number;
  publishedRows: number;
  sources: number;
  bytes: number;
  seconds: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const url = (id: string) => `https://example.com/bokji-bench/${id}`;
const two = (n: number) => String(n).padStart(2, '0');

/** Writes the synthetic data folder for one scale into `outDir/data` (optionally fewer years, to profile) and returns what it wrote. */
export async function generateScale(
  scale: number,
  outDir: string,
  seed = 20261123,
  years: readonly number[] = YEARS,
): Promise<GeneratedCounts> {
  const started = performance.now();
  const random = createPrng(seed * 31 + scale);
  const dataDir = join(outDir, 'data');
  await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  await cp(join(REPO, 'data', 'regions'), join(dataDir, 'regions'), { recursive: true });
  await cp(join(REPO, 'data', 'geo'), join(dataDir, 'geo'), { recursive: true });
  const registry = loadRegistry(REPO + '/data');
  const units = new Map(years.map((y) => [y, unitsOfYear(registry, y)]));
  const files = new Map<string, string[] | Buffer>();
  const add = (path: string, line: string) => {
    const lines = files.get(path);
    if (Array.isArray(lines)) lines.push(line);
    else files.set(path, [line]);
  };
  const sources = new Set<string>();
  const source = (id: string, kind: string, title: string, issuer: string, published: string, reliability = '원문') => {
    if (sources.has(id)) return id;
    sources.add(id);
    add(
      'sources/synthetic.csv',
      csvLine([id, kind, title, issuer, published, url(id), '보도자료 게시판', reliability, '']),
    );
    return id;
  };
  add('sources/synthetic.csv', csvLine(SOURCE_HEADER));
  // A stable base level per (region, metric) so each series is a smooth line with noise, as real ones are.
  const base = new Map<string, number>();
  const levelOf = (key: string) => base.get(key) ?? (base.set(key, 0.05 + 0.9 * random() ** 2), base.get(key)!);

  // Programs and their figures: 3 measures per program, 10 programs per scale unit.
  const programCount = 10 * scale;
  const counts = { figures: 0, awards: 0, budgets: 0, publishedRows: 0 };
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
    for (const [yi, year] of years.entries()) {
      for (const u of units.get(year)!) {
        const src = source(
          `syn-${pad(p + 1, 3)}-${u.sidoCode}-${year}`,
          '보도자료',
          `${u.sidoName}, ${year}년 ${short} 사업 실적 발표`,
          u.sidoName,
          `${year + 1}-0${1 + (p % 2)}-${two(intBetween(random, 5, 28))}`,
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
  }

  // Awards: every unit gets a result in each evaluation every year (most get 선정, a few win a prize).
  add('evaluations.csv', csvLine(['id', 'name', 'organiser', 'kind', 'description']));
  for (let e = 0; e < 3 * scale; e++) {
    const evalId = `syn-eval-${pad(e + 1, 3)}`;
    const name = `합성 ${EVALUATIONS[e % EVALUATIONS.length]} ${Math.floor(e / EVALUATIONS.length) + 1}`;
    add('evaluations.csv', csvLine([evalId, name, '보건복지부', '정부 평가', '벤치마크용 합성 평가']));
    const file = `awards/${evalId}.csv`;
    add(
      file,
      csvLine(['id', 'year', 'category', 'grade', 'rank', 'region', 'prize', 'source', 'quote', 'status', 'note']),
    );
    for (const year of years) {
      const src = source(
        `syn-eval-${pad(e + 1, 3)}-${year}`,
        '보도자료',
        `${year}년 ${name} 결과 발표`,
        '보건복지부',
        `${year}-12-${two(intBetween(random, 1, 20))}`,
      );
      for (const u of units.get(year)!) {
        const r = random();
        const [grade, , prize] = GRADES.find(([, p]) => r < p) ?? GRADES[GRADES.length - 1]!;
        const category = `${pick(random, CATEGORIES)}${year % 3 === 0 ? ' 분야' : ''}`;
        add(
          file,
          csvLine([
            `syn-a-${pad(e + 1, 3)}-${u.code}-${year}`,
            year,
            category,
            grade,
            grade === '대상' ? 1 : '',
            u.full,
            prize,
            src,
            `${u.full} ${grade}`,
            '확인',
            '',
          ]),
        );
        counts.awards++;
      }
    }
  }

  // Budgets: per scale unit one basis (account, stage); three measures as published 지방재정365 files, one own file.
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
            `${year}-02-${two(intBetween(random, 1, 28))}`,
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
      files.set(`${folder}/${measure}.csv`, encodeCp949(text));
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
      files.set(`${folder}/${measure}.csv.descriptor.json`, [`${JSON.stringify(descriptor, null, 2)}\n`]);
    }
  }

  for (let copy = 0; copy < scale; copy++)
    counts.budgets += addIndicatorPanel({ copy, years, units, add, source, level: levelOf, random });

  let bytes = 0;
  for (const [path, content] of files) {
    const full = join(dataDir, path);
    await mkdir(dirname(full), { recursive: true });
    const data = Array.isArray(content) ? content.join('') : content;
    bytes += Buffer.byteLength(data);
    await writeFile(full, data);
  }
  return { scale, ...counts, sources: sources.size, bytes, seconds: (performance.now() - started) / 1000 };
}

if (import.meta.main) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? undefined : process.argv[i + 1];
  };
  for (const scale of (arg('--scale') ?? '1').split(',').map(Number)) {
    const out = resolve(arg('--out') ?? join(REPO, 'bench', '.tmp', `scale-${scale}`));
    const years = arg('--years') ? YEARS.slice(-Number(arg('--years'))) : YEARS;
    const c = await generateScale(scale, out, undefined, years);
    console.log(
      `${scale}×: ${out}/data — figures ${c.figures}, awards ${c.awards}, budgets ${c.budgets} (published rows ${c.publishedRows}), sources ${c.sources}; ${(c.bytes / 2 ** 20).toFixed(1)} MB in ${c.seconds.toFixed(1)} s`,
    );
  }
}
