import type { ChartColumn, ChartRow } from '../../present/charts/chartModel.ts';
import type { ChartContext } from '../../present/charts/context.ts';
import type { Indicator } from '../../domain/indicators/schema.ts';
import { formatNumber } from '../../domain/amount/index.ts';
import { routes } from '../../site/routes.ts';
import { unitAt } from '../../domain/indicators/units.ts';
import type { IndicatorValue } from '../../domain/indicators/values.ts';
import { formatIndicator } from './format.ts';
import type { NationalIndicator } from './national.ts';
import { citePermalink } from '../../site/permalink.ts';

/** Columns of an indicator-year table (and of its CSV/JSON download). */
export function rankingColumns(ind: Indicator): ChartColumn[] {
  return [
    { key: 'region', label: '지역' },
    ...(ind.kind === 'category' ? [] : [{ key: 'rank', label: '순위 (높은 순)', numeric: true }]),
    { key: 'value', label: ind.name, numeric: ind.kind !== 'category' },
    ...(ind.denominator
      ? [
          { key: 'numerator', label: '분자 (기준일)' },
          { key: 'denominator', label: '분모 (기준일)' },
        ]
      : [{ key: 'written', label: '원문 표기' }]),
    { key: 'date', label: '기준일' },
    { key: 'source', label: '출처' },
  ];
}

const sideText = (v: IndicatorValue['numerator']) =>
  v && v.value !== null ? `${formatNumber(v.value)} (${v.date})` : '';

/** How the value was obtained, in words: the notation, or the sum of 일반구 (never a residual row alone). */
export function writtenText(v: IndicatorValue): string {
  if (v.summed)
    return `일반구 ${v.summed.parts}곳 합계${v.summed.residual ? ' + 시 단위 잔여(어느 구에도 속하지 않은 값)' : ''} (이 사이트가 더함)`;
  return v.written ?? '';
}

/** Table rows: ranked 기초자치단체 first (rank order), then 행정시 values, which are shown but not ranked. */
export function rankingRows(n: NationalIndicator, year: number, context: ChartContext): ChartRow[] {
  const ind = n.indicator;
  const summary = n.summaries.get(year)!;
  const byIdentity = new Map(context.regions.map((r) => [r.identity, r]));
  const titles = new Map(context.dataset.sources.map((s) => [s.id, s.title]));
  const rankOf = new Map(summary.ranked.map((r) => [r.identity, r]));
  const ofYear = n.values.filter((v) => v.year === year);
  const shown = ofYear.filter((v) => {
    const kind = byIdentity.get(v.identity) && unitAt(byIdentity.get(v.identity)!, v.date)?.kind;
    return rankOf.has(v.identity) || kind === '행정시' || ind.kind === 'category';
  });
  shown.sort(
    (a, b) =>
      (rankOf.get(a.identity)?.rank ?? 1e9) - (rankOf.get(b.identity)?.rank ?? 1e9) ||
      a.identity.localeCompare(b.identity),
  );
  return shown.map((v) => {
    const r = rankOf.get(v.identity);
    const first = v.numerator?.records[0] ?? v.records[0]!;
    const sources = [...new Set(v.records.map((c) => c.source))];
    const valueText = ind.kind === 'category' ? v.category! : formatIndicator(ind, v.value!);
    const regionName = byIdentity.get(v.identity)?.fullName ?? v.identity;
    return {
      // The tidy row of the per-chart CSV: the value at its reference date, on the indicator's basis.
      datum: {
        regionCode: v.identity,
        regionName,
        periodStart: v.date,
        periodEnd: v.date,
        measure: ind.id,
        value: ind.kind === 'category' ? v.category! : v.value!,
        unit: ind.unit,
        basis: ind.basis,
        written: ind.denominator ? null : writtenText(v) || null,
        sourceIds: sources,
        link: citePermalink(first),
      },
      cells: {
        region: regionName,
        ...(ind.kind === 'category' ? {} : { rank: r ? r.rank : null }),
        value: ind.kind === 'category' ? v.category : v.value,
        ...(ind.denominator
          ? { numerator: sideText(v.numerator), denominator: sideText(v.denominator) }
          : { written: writtenText(v) }),
        date: v.date,
        source: sources.map((s) => titles.get(s) ?? s).join(' · '),
      },
      links: {
        region: routes.region(v.identity),
        value: citePermalink(first),
        ...(v.numerator ? { numerator: citePermalink(v.numerator.records[0]!) } : {}),
        ...(v.denominator ? { denominator: citePermalink(v.denominator.records[0]!) } : {}),
        source: routes.source(sources[0]!),
      },
      display: {
        value: valueText,
        ...(ind.kind === 'category' ? {} : { rank: r ? `${r.tied ? '공동 ' : ''}${r.rank}` : '순위 밖 (행정시)' }),
      },
    };
  });
}

/** Sources cited by one indicator-year. */
export function indicatorSourceIds(n: NationalIndicator, year: number): string[] {
  return [...new Set(n.values.filter((v) => v.year === year).flatMap((v) => v.records.map((c) => c.source)))].sort();
}

/** Notes under an indicator-year map: coverage, basis, date mismatch, sums and what is left out. */
export function indicatorNotes(n: NationalIndicator, year: number): string[] {
  const ind = n.indicator;
  const s = n.summaries.get(year)!;
  const ofYear = n.values.filter((v) => v.year === year);
  const notes: string[] = [];
  if (ind.kind !== 'category')
    notes.push(
      `${s.date} 기준 기초자치단체 ${s.units}곳 가운데 ${s.ranked.length}곳에 값이 있습니다. 빗금 친 지역은 값이 0이라는 뜻이 아니라 이 자료에 값이 없다는 뜻입니다.`,
    );
  const rate = ofYear.find((v) => v.numerator && v.denominator);
  if (rate && ind.denominator) {
    const dates = `${rate.numerator!.date} 기준 분자 ÷ ${rate.denominator!.date} 기준 분모`;
    notes.push(
      `비율은 이 사이트가 계산했습니다 (${ind.basis}; ${dates}${rate.numerator!.date === rate.denominator!.date ? '' : ', 두 기준일이 다릅니다'}). 표에 분자와 분모를 각각의 출처와 함께 적었습니다.`,
    );
  }
  const summed = ofYear.filter((v) => v.summed || v.numerator?.summed || v.denominator?.summed).length;
  if (summed > 0)
    notes.push(
      `일반구가 있는 시 ${summed}곳은 자료에 시 전체 값이 없어 일반구 값(과 어느 구에도 속하지 않은 시 단위 잔여 값)을 더했습니다. 잔여 값만으로 시의 값을 삼지 않습니다.`,
    );
  const unranked = ofYear.filter((v) => !s.ranked.some((r) => r.identity === v.identity));
  if (ind.kind !== 'category' && unranked.length > 0)
    notes.push(
      `행정시·일반구처럼 자치단체가 아닌 단위와 그해에 없던 단위의 값 ${unranked.length}건은 순위와 중앙값에서 뺐습니다(각 지역 페이지에 있습니다).`,
    );
  return notes;
}
