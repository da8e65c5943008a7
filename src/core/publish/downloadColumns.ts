import type { Period, RegionRef, SourceRecord } from '../domain/dataset/types.ts';
import type { CsvCell } from './csvOut.ts';
import type { DownloadField } from './downloadTable.ts';

// Columns that several download tables share (region, period, source, basis, citation, quantity), with their cells, so that
// every table names and fills them the same way.

const field =
  (type: DownloadField['type']) =>
  (name: string, description: string): DownloadField => ({ name, type, description });
export const stringField = field('string');
export const numberField = field('number');
export const integerField = field('integer');

export const REGION_FIELDS = [
  stringField('region_written', '출처에 적힌 지역 이름'),
  stringField('region_code', '그 시점의 행정표준코드'),
  stringField('region_identity', '지역 페이지 식별자 (코드가 바뀌어도 유지)'),
  stringField('region_name', '지역 이름'),
  stringField('region_full_name', '시도를 포함한 지역 이름'),
];
export const SOURCE_FIELDS = [
  stringField('source', '출처 문서 id'),
  stringField('source_title', '출처 문서 제목'),
  stringField('issuer', '발행 기관 또는 매체'),
  stringField('published', '발행일 (YYYY-MM-DD, YYYY-MM 또는 YYYY; 모르면 빈 칸)'),
  stringField('url', '출처 문서 주소 (없으면 빈 칸)'),
];
export const PERIOD_FIELDS = [
  stringField('period', '기간 (YYYY, YYYY-MM, YYYY-MM-DD 또는 YYYY-YYYY 누적 구간; 모르면 빈 칸)'),
  stringField('period_start', '기간 시작일'),
  stringField('period_end', '기간 종료일'),
];
export const periodCells = (p: Period): CsvCell[] => [p.kind === 'unknown' ? null : p.text, p.start, p.end];
export const BASIS_FIELD = stringField(
  'basis',
  '출처가 밝힌 정의·기준 (예: 수급권자 기준); 공개 파일에서 읽은 기록에 있음',
);
/** The definition a published file states, and how the row relates to others (set for statistical records). */
export const BASIS_FIELDS = [
  BASIS_FIELD,
  stringField('scope', 'residual: 일반구 어디에도 속하지 않은 시 단위 나머지 (시 전체 값이 아님)'),
  stringField('different_basis', '같은 대상을 다른 기준으로 밝힌 기록 id, | 로 구분 (충돌이 아님)'),
];
export const basisCells = (r: {
  basis?: string | null;
  scope?: string | null;
  differentBasis?: string[];
}): CsvCell[] => [r.basis ?? null, r.scope ?? null, (r.differentBasis ?? []).join('|')];
export const STATUS_FIELD = stringField('status', '확인 상태: 확인, 2차인용, 미확인');
export const PERMALINK_FIELD = stringField('permalink', '이 사이트에서 이 기록의 고정 주소');
export const CITED_FIELDS = [
  STATUS_FIELD,
  stringField('quote', '출처 문서의 해당 구절'),
  stringField('note', '비고'),
  PERMALINK_FIELD,
];
export const QUANTITY_FIELDS = [
  numberField('value', '기본 단위로 읽은 값 (원, 가구, 명, % …)'),
  stringField('unit', '기본 단위'),
  stringField('written', '출처에 적힌 원래 표기'),
  stringField('display', '사이트에 보이는 표기 (수식어 포함)'),
  stringField('approx', '원래 표기의 어림 표현 (약, 여, 이상 …), | 로 구분'),
];

export function regionCells(r: RegionRef): CsvCell[] {
  return [r.written, r.code, r.identity, r.name, r.fullName];
}

export function sourceCells(id: string, sources: Map<string, SourceRecord>): CsvCell[] {
  const src = sources.get(id);
  return [id, src?.title, src?.issuer, src?.published, src?.url];
}
