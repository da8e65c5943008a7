import { recordPermalink } from '../../site/permalink.ts';
import type { SourceRecord } from '../../domain/dataset/types.ts';
import type { DistinctAward } from '../../views/awards.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import { awardDatum, categoryWithWordings, gradeWordings } from '../../views/awardGroups.ts';
import type { Chart, ChartRow } from './chartModel.ts';
import { routes } from '../../site/routes.ts';

/** Columns of the award tables under the dot plot and the maps. */
export function awardColumns(): Chart['columns'] {
  return [
    { key: 'year', label: '연도' },
    { key: 'region', label: '지역' },
    { key: 'grade', label: '등급(발표 표기)' },
    { key: 'category', label: '분야(발표 표기)' },
    { key: 'source', label: '출처' },
  ];
}

/** One table row for a distinct award; the source cell links to the first record's permalink. */
export function awardRow(
  d: DistinctAward,
  byIdentity: ReadonlyMap<string, RegionEntry>,
  sourceById: ReadonlyMap<string, SourceRecord>,
): ChartRow {
  const a = d.award;
  const titles = d.sources.map((s) => sourceById.get(s)?.title ?? s);
  const links: Record<string, string> = { source: recordPermalink(a) };
  if (byIdentity.has(a.region.identity)) links.region = routes.region(a.region.identity);
  return {
    cells: {
      year: a.year,
      region: a.region.fullName,
      grade: gradeWordings(d),
      category: categoryWithWordings(d),
      source: titles.join('; '),
    },
    links,
    display: titles.length > 1 ? { source: `${titles[0]} 외 ${titles.length - 1}건` } : {},
    datum: awardDatum(d),
  };
}
