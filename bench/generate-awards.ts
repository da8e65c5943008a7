// Synthetic evaluations and awards: every unit gets a result in each evaluation every year (most get 선정, a few win
// a prize), 3 evaluations per scale unit.
import { csvLine } from './lib/csv-write.ts';
import { intBetween, pick } from './lib/prng.ts';
import { pad, type SynthContext } from './lib/synth.ts';

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
/** Writes evaluations.csv and awards/<evaluation>.csv. */
export function addAwards(ctx: SynthContext): void {
  const { scale, years, units, add, source, random, counts } = ctx;
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
        `${year}-12-${pad(intBetween(random, 1, 20))}`,
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
}
