import { recordPermalink, type Permalinked } from '../site/permalink.ts';
import type { Dataset, RegionRef, SourceRecord } from '../domain/dataset/types.ts';
import type { CsvCell } from './csvOut.ts';
import { lazyTable, rowsOf, type DownloadField, type DownloadTable } from './downloadTable.ts';
import { routes } from '../site/routes.ts';

export type { DownloadField, DownloadTable } from './downloadTable.ts';

/** Turns a site path (`/sources/x/#id`) into the link printed in downloads (absolute when the site URL is known). */
export type PermalinkFn = (path: string) => string;

const s = (name: string, description: string): DownloadField => ({ name, type: 'string', description });
const n = (name: string, description: string): DownloadField => ({ name, type: 'number', description });
const i = (name: string, description: string): DownloadField => ({ name, type: 'integer', description });

const REGION_FIELDS = [
  s('region_written', '출처에 적힌 지역 이름'),
  s('region_code', '그 시점의 행정표준코드'),
  s('region_identity', '지역 페이지 식별자 (코드가 바뀌어도 유지)'),
  s('region_name', '지역 이름'),
  s('region_full_name', '시도를 포함한 지역 이름'),
];
const SOURCE_FIELDS = [
  s('source', '출처 문서 id'),
  s('source_title', '출처 문서 제목'),
  s('issuer', '발행 기관 또는 매체'),
  s('published', '발행일 (YYYY-MM-DD, YYYY-MM 또는 YYYY; 모르면 빈 칸)'),
  s('url', '출처 문서 주소 (없으면 빈 칸)'),
];
/** The definition a published file states, and how the row relates to others (set for statistical records). */
const BASIS_FIELDS = [
  s('basis', '출처가 밝힌 정의·기준 (예: 수급권자 기준); 공개 파일에서 읽은 기록에 있음'),
  s('scope', 'residual: 일반구 어디에도 속하지 않은 시 단위 나머지 (시 전체 값이 아님)'),
  s('different_basis', '같은 대상을 다른 기준으로 밝힌 기록 id, | 로 구분 (충돌이 아님)'),
];
const basisCells = (r: { basis?: string | null; scope?: string | null; differentBasis?: string[] }): CsvCell[] => [
  r.basis ?? null,
  r.scope ?? null,
  (r.differentBasis ?? []).join('|'),
];
const CITED_FIELDS = [
  s('status', '확인 상태: 확인, 2차인용, 미확인'),
  s('quote', '출처 문서의 해당 구절'),
  s('note', '비고'),
  s('permalink', '이 사이트에서 이 기록의 고정 주소'),
];
const QUANTITY_FIELDS = [
  n('value', '기본 단위로 읽은 값 (원, 가구, 명, % …)'),
  s('unit', '기본 단위'),
  s('written', '출처에 적힌 원래 표기'),
  s('display', '사이트에 보이는 표기 (수식어 포함)'),
  s('approx', '원래 표기의 어림 표현 (약, 여, 이상 …), | 로 구분'),
];

function regionCells(r: RegionRef): CsvCell[] {
  return [r.written, r.code, r.identity, r.name, r.fullName];
}

function sourceCells(id: string, sources: Map<string, SourceRecord>): CsvCell[] {
  const src = sources.get(id);
  return [id, src?.title, src?.issuer, src?.published, src?.url];
}

/** Every download table of the dataset, rows in dataset order (sorted by id), so the same data gives the same bytes. */
export function downloadTables(dataset: Dataset, permalink: PermalinkFn): DownloadTable[] {
  const sources = new Map(dataset.sources.map((x) => [x.id, x]));
  const evaluations = new Map(dataset.evaluations.map((e) => [e.id, e]));
  const link = (record: Permalinked) => permalink(recordPermalink(record));
  const count = (list: readonly { source: string }[]) => {
    const m = new Map<string, number>();
    for (const r of list) m.set(r.source, (m.get(r.source) ?? 0) + 1);
    return m;
  };
  const [figureCount, awardCount, budgetCount] = [
    count(dataset.figures),
    count(dataset.awards),
    count(dataset.budgets),
  ];
  const declared: Array<Parameters<typeof lazyTable>[0]> = [
    {
      name: 'figures',
      title: '수치',
      description: '복지사업의 성과 수치. 한 행이 한 출처 문서가 밝힌 한 수치입니다.',
      fields: [
        s('id', '수치 id (고정 주소의 앵커)'),
        s('program', '사업 id'),
        ...REGION_FIELDS,
        s('period', '기간 (YYYY, YYYY-MM, YYYY-MM-DD 또는 YYYY-YYYY 누적 구간; 모르면 빈 칸)'),
        s('period_start', '기간 시작일'),
        s('period_end', '기간 종료일'),
        s('measure', '비교 가능한 지표 id (없으면 빈 칸)'),
        s('metric', '출처가 쓴 수치 이름'),
        ...QUANTITY_FIELDS,
        s('qualifiers', '누적, 연간, 목표, 잠정, 계획, 예산, 결산 등, | 로 구분'),
        s('conflicts_with', '같은 대상에 다른 값을 밝힌 수치 id, | 로 구분'),
        ...BASIS_FIELDS,
        ...SOURCE_FIELDS,
        ...CITED_FIELDS,
      ],
      rows: rowsOf(dataset.figures, (f) => [
        f.id,
        f.program,
        ...regionCells(f.region),
        f.period.kind === 'unknown' ? null : f.period.text,
        f.period.start,
        f.period.end,
        f.measure,
        f.metric,
        f.quantity.value,
        f.quantity.unit,
        f.quantity.written,
        f.quantity.display,
        f.quantity.approx.join('|'),
        f.qualifiers.join('|'),
        f.conflictsWith.join('|'),
        ...basisCells(f),
        ...sourceCells(f.source, sources),
        f.status,
        f.quote,
        f.note,
        link(f),
      ]),
    },
    {
      name: 'awards',
      title: '수상',
      description: '평가와 경진대회에서 지역이 받은 상. 한 행이 한 지역의 한 수상입니다.',
      fields: [
        s('id', '수상 id (고정 주소의 앵커)'),
        s('evaluation', '평가 id'),
        s('evaluation_name', '평가 이름'),
        i('year', '평가 연도'),
        s('category', '부문 (발표된 그대로)'),
        s('grade', '등급 또는 상 이름'),
        i('rank', '순위 (밝힌 경우)'),
        ...REGION_FIELDS,
        n('prize_value', '상금 (원)'),
        s('prize_written', '상금의 원래 표기'),
        ...SOURCE_FIELDS,
        ...CITED_FIELDS,
      ],
      rows: rowsOf(dataset.awards, (a) => [
        a.id,
        a.evaluation,
        evaluations.get(a.evaluation)?.name,
        a.year,
        a.category,
        a.grade,
        a.rank,
        ...regionCells(a.region),
        a.prize?.value,
        a.prize?.written,
        ...sourceCells(a.source, sources),
        a.status,
        a.quote,
        a.note,
        link(a),
      ]),
    },
    {
      name: 'budgets',
      title: '예산',
      description: '지방자치단체의 복지 예산과 관련 재정 수치. 한 행이 한 출처 문서가 밝힌 한 수치입니다.',
      fields: [
        s('id', '예산 수치 id (고정 주소의 앵커)'),
        ...REGION_FIELDS,
        i('fiscal_year', '회계연도 (출처에 없으면 빈 칸)'),
        s('measure', '비교 가능한 지표 id (없으면 빈 칸)'),
        s('metric', '출처가 쓴 수치 이름'),
        ...QUANTITY_FIELDS,
        s('account', '회계 구분'),
        s('stage', '예산 단계 (본예산, 추경 등)'),
        s('conflicts_with', '같은 대상에 다른 값을 밝힌 수치 id, | 로 구분'),
        ...BASIS_FIELDS,
        ...SOURCE_FIELDS,
        ...CITED_FIELDS,
      ],
      rows: rowsOf(dataset.budgets, (b) => [
        b.id,
        ...regionCells(b.region),
        b.fiscalYear,
        b.measure,
        b.metric,
        b.quantity.value,
        b.quantity.unit,
        b.quantity.written,
        b.quantity.display,
        b.quantity.approx.join('|'),
        b.account,
        b.stage,
        b.conflictsWith.join('|'),
        ...basisCells(b),
        ...sourceCells(b.source, sources),
        b.status,
        b.quote,
        b.note,
        link(b),
      ]),
    },
    {
      name: 'sources',
      title: '출처 문서',
      description: '수치, 수상, 예산을 밝힌 문서. 한 행이 한 문서입니다.',
      fields: [
        s('id', '출처 id'),
        s('kind', '종류: 보도자료, 기사, 통계, 데이터셋, 웹페이지 …'),
        s('title', '문서 제목'),
        s('issuer', '발행 기관 또는 매체'),
        s('published', '발행일 (YYYY-MM-DD, YYYY-MM 또는 YYYY; 모르면 빈 칸)'),
        s('url', '문서 주소 (없으면 빈 칸)'),
        s('locator', '문서 안의 위치나 얻은 경로'),
        s('reliability', '신뢰 수준: 원문, 보도, 2차인용, 미확인'),
        s('note', '비고'),
        i('figures', '이 문서에서 가져온 수치 수'),
        i('awards', '이 문서에서 가져온 수상 수'),
        i('budgets', '이 문서에서 가져온 예산 수치 수'),
        s('permalink', '이 사이트의 출처 페이지 주소'),
      ],
      rows: rowsOf(dataset.sources, (x) => [
        x.id,
        x.kind,
        x.title,
        x.issuer,
        x.published,
        x.url,
        x.locator,
        x.reliability,
        x.note,
        figureCount.get(x.id) ?? 0,
        awardCount.get(x.id) ?? 0,
        budgetCount.get(x.id) ?? 0,
        permalink(routes.source(x.id)),
      ]),
    },
  ];
  return declared.map(lazyTable);
}
