import { SITE_NAME_EN, SITE_NAME_KO } from '../site/wording.ts';
import type { DownloadTable } from './downloadTables.ts';

/** A Frictionless Data Package descriptor (the parts this site writes). */
export interface DataPackage {
  profile: 'tabular-data-package';
  name: string;
  title: string;
  description: string;
  version?: string;
  created?: string;
  licenses: Array<{ name: string; title: string; path?: string }>;
  sources: Array<{ title: string; path?: string }>;
  resources: Array<{
    name: string;
    path: string;
    title: string;
    description: string;
    profile: 'tabular-data-resource';
    format: 'csv';
    mediatype: 'text/csv';
    encoding: 'utf-8';
    dialect: { delimiter: ','; lineTerminator: '\r\n'; header: true; quoteChar: '"'; doubleQuote: true };
    schema: {
      fields: Array<{ name: string; type: string; description: string }>;
      missingValues: [''];
      primaryKey: 'id';
      foreignKeys?: Array<{ fields: 'source'; reference: { resource: 'sources'; fields: 'id' } }>;
    };
  }>;
}

/**
 * The data package for /data/: one resource per CSV, paths relative to datapackage.json so that the package works
 * wherever the site is hosted. `dataDate` (the newest source date) stands in for a creation time: builds have no clock.
 */
export function dataPackage(
  tables: readonly DownloadTable[],
  options: { dataDate: string | null; sourceCount: number },
): DataPackage {
  return {
    profile: 'tabular-data-package',
    name: 'bokji-atlas',
    title: `${SITE_NAME_KO}: 지역 복지사업 성과·수상·예산 (${SITE_NAME_EN})`,
    description:
      '지방자치단체와 중앙부처가 발표한 복지사업 성과 수치, 평가 수상, 복지 예산을 출처 문서와 함께 모은 자료입니다. ' +
      '모든 값은 출처 문서가 밝힌 그대로이며 평균이나 추정으로 만든 값은 없습니다. CSV는 UTF-8(BOM 포함)이고, ' +
      "=, +, -, @ 로 시작하는 글자 칸에는 스프레드시트 수식 실행을 막으려고 작은따옴표(')를 앞에 붙였습니다.",
    ...(options.dataDate ? { version: options.dataDate, created: `${options.dataDate}T00:00:00+09:00` } : {}),
    licenses: [
      {
        name: 'other-at',
        title:
          '사실 정보는 공개 문서에서 옮긴 것입니다. 이용할 때는 원래 발행 기관의 문서를 출처로 밝혀 주세요 (sources.csv).',
      },
    ],
    sources: [
      {
        title: `발행 기관의 보도자료·기사·통계 등 출처 문서 ${options.sourceCount}건 (목록: sources.csv)`,
        path: 'sources.csv',
      },
    ],
    resources: tables.map((t) => ({
      name: t.name,
      path: `${t.name}.csv`,
      title: t.title,
      description: t.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true, quoteChar: '"', doubleQuote: true },
      schema: {
        fields: t.fields.map((f) => ({ name: f.name, type: f.type, description: f.description })),
        missingValues: [''],
        primaryKey: 'id',
        ...(t.name === 'sources'
          ? {}
          : { foreignKeys: [{ fields: 'source', reference: { resource: 'sources', fields: 'id' } }] }),
      },
    })),
  };
}
