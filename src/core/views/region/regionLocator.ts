import { renderChoropleth, type RegionValue } from '../../present/map/choropleth.ts';
import { codesInSido, sidoOf } from '../../present/map/layers.ts';
import type { ChoroplethScale } from '../../present/map/scales.ts';
import type { KoreaTopology } from '../../present/map/types.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import { geometryIndex, noPolygonReason, regionPath, sidoGeometryCode, type GeometryIndex } from './regionMaps.ts';
import { withTopic } from '../../domain/text/particles.ts';

/** A small map for a region page: the SVG (null when the unit has no polygon) and a sentence to show beside it. */
export interface LocatorMap {
  svg: string | null;
  /** 'locator': the unit highlighted in its 시도 (role img); 'sido': the 시도's 시군구, each a link (role group). */
  kind: 'locator' | 'sido' | 'none';
  note: string | null;
}

/** Inputs shared by every locator of one build; make it once with `locatorContext` and reuse it for ~300 pages. */
export interface LocatorContext {
  topology: KoreaTopology;
  byIdentity: ReadonlyMap<string, RegionEntry>;
  sigungu: GeometryIndex;
  gu: GeometryIndex;
  /** Site base path without trailing slash, for links inside the SVG. */
  base: string;
}

const WIDTH = 320;
const HIGHLIGHT = '#0b5cad';
const OTHER = '#c4cad1';
const SCALE: ChoroplethScale = { kind: 'threshold', domain: [1], colors: [OTHER, HIGHLIGHT] };
const LEGEND_TITLE = '';

/** The indexes every locator needs, built once. */
export function locatorContext(topology: KoreaTopology, regions: readonly RegionEntry[], base: string): LocatorContext {
  return {
    topology,
    byIdentity: new Map(regions.map((r) => [r.identity, r])),
    sigungu: geometryIndex(regions, topology, 'sigungu'),
    gu: geometryIndex(regions, topology, 'gu'),
    base,
  };
}

function nameOf(ctx: LocatorContext, index: GeometryIndex, code: string): string {
  const identity = index.identityByCode.get(code);
  return (identity && ctx.byIdentity.get(identity)?.name) ?? code;
}

function sidoMap(ctx: LocatorContext, entry: RegionEntry): LocatorMap {
  const sido = sidoGeometryCode(entry);
  if (sido === null) return { svg: null, kind: 'none', note: `${entry.name}의 경계는 지도 자료에 없습니다.` };
  const codes = codesInSido(ctx.topology, sido, 'sigungu');
  const values = new Map<string, RegionValue>();
  for (const code of codes) {
    const identity = ctx.sigungu.identityByCode.get(code);
    const name = nameOf(ctx, ctx.sigungu, code);
    values.set(code, {
      value: 0,
      label: '지역 페이지로 이동',
      name,
      ...(identity ? { href: `${ctx.base}${regionPath(identity)}` } : {}),
    });
  }
  const title = `${entry.name} 시군구 지도`;
  const { svg } = renderChoropleth({
    topology: ctx.topology,
    layer: 'sigungu',
    featureCodes: codes,
    values,
    scale: SCALE,
    title,
    description: `${entry.name}에 속한 ${codes.length}개 시군구. 지역을 고르면 그 지역 페이지로 갑니다.`,
    legendTitle: LEGEND_TITLE,
    formatLegend: String,
    width: WIDTH,
    idPrefix: `sido-${entry.identity}`,
    rootRole: 'group',
    legend: false,
    edge: false,
  });
  const note =
    entry.identity === '12'
      ? '지도 경계는 2026년 6월 30일까지의 것이며, 옛 광주광역시와 전라남도의 시군구를 함께 그렸습니다.'
      : null;
  return { svg, kind: 'sido', note };
}

function highlight(
  ctx: LocatorContext,
  entry: RegionEntry,
  index: GeometryIndex,
  code: string,
  note: string | null,
): LocatorMap {
  // 시군구 of 전남광주 (from 2026-07-01) are shown in the whole new 시도: the old 광주 and 전남 together.
  const codes = codesInSido(
    ctx.topology,
    entry.sidoIdentity === '12' ? '12' : sidoOf(code),
    index.layer as 'sigungu' | 'gu',
  );
  const values = new Map<string, RegionValue>(
    codes.map((c) => [
      c,
      {
        value: c === code ? 1 : 0,
        label: c === code ? '이 페이지의 지역' : '같은 시도의 다른 지역',
        name: nameOf(ctx, index, c),
      },
    ]),
  );
  const sidoName = ctx.byIdentity.get(entry.sidoIdentity)?.name ?? '';
  const shown = code === index.codeByIdentity.get(entry.identity) ? entry.name : nameOf(ctx, index, code);
  const { svg } = renderChoropleth({
    topology: ctx.topology,
    layer: index.layer as 'sigungu' | 'gu',
    featureCodes: codes,
    values,
    scale: SCALE,
    title: `${entry.name} 위치`,
    description: `${sidoName} 지도에서 ${shown}의 자리를 진한 색으로 표시했습니다.`,
    legendTitle: LEGEND_TITLE,
    formatLegend: String,
    width: WIDTH,
    idPrefix: `locator-${entry.identity}`,
    // A one-colour locator: the region is named in the title, so no legend, no tab stops, no per-region names.
    legend: false,
    interactive: false,
    titles: false,
    edge: false,
  });
  return { svg, kind: 'locator', note };
}

/**
 * The map of a region page: a 시도 gets its 시군구 with links; a 시군구 or 행정구 is highlighted in its 시도; a 행정구
 * without polygon falls back to its 시; anything else gets a sentence instead of a map.
 */
export function locatorMap(ctx: LocatorContext, entry: RegionEntry): LocatorMap {
  if (entry.kind === '시도') return sidoMap(ctx, entry);
  const index = entry.kind === '행정구' ? ctx.gu : ctx.sigungu;
  const code = index.codeByIdentity.get(entry.identity);
  if (code !== undefined) return highlight(ctx, entry, index, code, null);
  const { reason, date } = noPolygonReason(entry, index.vintage);
  const why =
    reason === 'created-later'
      ? `${date}에 생겨 지도 경계 자료(${index.vintage.from}~${index.vintage.to} 기준)에 없습니다`
      : reason === 'abolished-earlier'
        ? `${date}에 없어져 지도 경계 자료(${index.vintage.from}~${index.vintage.to} 기준)에 없습니다`
        : '지도 경계 자료에 없습니다';
  const parent = entry.parentIdentity ? ctx.byIdentity.get(entry.parentIdentity) : undefined;
  const parentCode = parent ? ctx.sigungu.codeByIdentity.get(parent.identity) : undefined;
  if (entry.kind === '행정구' && parent && parentCode) {
    return highlight(
      ctx,
      entry,
      ctx.sigungu,
      parentCode,
      `${withTopic(entry.name)} ${why}. 대신 ${parent.name} 전체를 표시했습니다.`,
    );
  }
  return { svg: null, kind: 'none', note: `${withTopic(entry.fullName)} ${why}.` };
}
