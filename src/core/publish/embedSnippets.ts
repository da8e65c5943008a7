import { SITE_NAME_KO } from '../site/wording.ts';
import { svgSize, textWidthEm } from '../present/render/exportSvg.ts';
import { escapeXml } from '../domain/text/escape.ts';
import type { Chart } from '../present/charts/chartModel.ts';
import { routes } from '../site/routes.ts';
import { siteUrl, type SiteLocation } from '../site/siteLocation.ts';
import type { SourceRecord } from '../domain/dataset/types.ts';
import { shortSources } from './citation.ts';

/** Every address a chart is reachable or downloadable at. */
export interface ChartUrls {
  /** The chart on its page: `<page>#<id>`, the chart's permalink. */
  page: string;
  embed: string;
  svg: string;
  /** PNG at twice the SVG's size, 16 cm wide when placed in a word processor. */
  png: string;
  csv: string;
  /** The documents the CSV cites (joined on source_id). */
  sourcesCsv: string;
  json: string;
  /** The host script that resizes embedded iframes. */
  hostScript: string;
}

/** The permalink, embed page and download files of a chart (file names from its id). */
export function chartUrls(chart: Pick<Chart, 'id' | 'page'>, where: SiteLocation): ChartUrls {
  const file = (suffix: string) => siteUrl(routes.chartFile(chart.id, suffix), where);
  return {
    page: `${siteUrl(chart.page, where)}#${chart.id}`,
    embed: siteUrl(routes.embed(chart.id), where),
    svg: file('.svg'),
    png: file('.png'),
    csv: file('.csv'),
    sourcesCsv: file('-sources.csv'),
    json: file('.json'),
    hostScript: siteUrl(routes.embedScript(), where),
  };
}

/** Width (px) the default iframe height is computed for: the snippet's max-width. */
export const FRAME_WIDTH = 720;

/**
 * Height (px) of an embed iframe before the host script adjusts it: the chart scaled to the frame's width from its
 * viewBox, plus the text around it (title lines, subtitle, 출처 lines, table toggle, link back), rounded up to 10.
 */
export function frameHeight(
  chart: Pick<Chart, 'svg' | 'title' | 'subtitle' | 'notes'>,
  sourceLine: string,
  width = FRAME_WIDTH,
): number {
  const inner = width - 2 * 12 - 2 * 16 - 2;
  const { width: w, height: h } = svgSize(chart.svg);
  const lines = (text: string, px: number) => Math.max(1, Math.ceil((textWidthEm(text) * px) / inner));
  const text =
    lines(chart.title, 28) * 40 +
    lines(chart.subtitle, 15.2) * 25 +
    12 +
    lines(sourceLine, 13.6) * 22 +
    chart.notes.reduce((sum, n) => sum + lines(n, 16) * 26, 0) +
    50 + // 표로 보기 toggle
    48; // link back to the site
  return Math.ceil((inner * (h / w) + text + 2 * 12 + 2 * 16 + 2) / 10) * 10;
}

/**
 * The 출처 line of a chart's embed page and the link after it: a long list (site/sourceLists.ts) names its first
 * documents and links to the chart on this site for all of them, so that a map citing ~40 documents stays map-sized.
 */
export function embedSourceText(sources: readonly SourceRecord[]): { line: string; more: string | null } {
  const { line, more, total } = shortSources(sources);
  return { line, more: more ? `출처 ${total}건 모두 보기 (새 창)` : null };
}

/** Colours of an embed: `light` (default: most host pages are white), `dark`, or `auto` (the reader's setting). */
export type EmbedTheme = 'light' | 'dark' | 'auto';

/**
 * The copy-paste iframe + host script snippet for a chart; `theme` adds `?theme=` to the embed address. Its default
 * height counts the 출처 text the embed page shows (embedSourceText), not the chart page's full list.
 */
export function iframeSnippet(
  chart: Pick<Chart, 'id' | 'page' | 'title' | 'svg' | 'subtitle' | 'notes'>,
  sources: readonly SourceRecord[],
  where: SiteLocation,
  options: { theme?: EmbedTheme } = {},
): string {
  const urls = chartUrls(chart, where);
  const { line, more } = embedSourceText(sources);
  const height = frameHeight(chart, more ? `${line} ${more}` : line);
  const src = options.theme ? `${urls.embed}?theme=${options.theme}` : urls.embed;
  return (
    `<iframe src="${escapeXml(src)}" title="${escapeXml(chart.title)}" width="100%" height="${height}" ` +
    `style="border:0;width:100%;max-width:${FRAME_WIDTH}px" loading="lazy" data-bokji-atlas></iframe>\n` +
    `<script src="${escapeXml(urls.hostScript)}" async></script>`
  );
}

/**
 * A script-free snippet for CMSs that strip scripts: the SVG image with alt text and a caption with the 출처 line.
 * A long list names its first documents and links to the chart's -sources.csv, which lists every one.
 */
export function imageSnippet(
  chart: Pick<Chart, 'id' | 'page' | 'title' | 'description'>,
  sources: readonly SourceRecord[],
  where: SiteLocation,
): string {
  const urls = chartUrls(chart, where);
  const { line, more } = shortSources(sources);
  const list = more ? ` (<a href="${escapeXml(urls.sourcesCsv)}">전체 출처 목록</a>)` : '';
  return (
    `<figure>\n` +
    `  <img src="${escapeXml(urls.svg)}" alt="${escapeXml(chart.description)}" style="max-width:100%;height:auto">\n` +
    `  <figcaption>${escapeXml(chart.title)} · ${escapeXml(line)}${list} · <a href="${escapeXml(urls.page)}">${SITE_NAME_KO}</a></figcaption>\n` +
    `</figure>`
  );
}

/** A download offered in the panel: link text, file address and a short description of the format. */
export interface DownloadLink {
  label: string;
  href: string;
  detail: string;
  /** File name suggested to the browser. */
  file: string;
}

/** The panel's downloads of a chart, in the order shown: images first, then data. */
export function downloadLinks(chart: Pick<Chart, 'id' | 'page'>, where: SiteLocation): DownloadLink[] {
  const urls = chartUrls(chart, where);
  return [
    { label: 'SVG', href: urls.svg, detail: '벡터 그림, 제목·단위·출처 포함', file: `${chart.id}.svg` },
    {
      label: 'PNG',
      href: urls.png,
      detail: '2배 해상도, 한글·워드 문서에 넣으면 폭 16cm (약 220dpi)',
      file: `${chart.id}.png`,
    },
    {
      label: 'CSV',
      href: urls.csv,
      detail: '차트의 값, 한 행에 값 하나(지역 코드·기간·항목·값·단위·기준·출처 id·고유 주소), UTF-8',
      file: `${chart.id}.csv`,
    },
    {
      label: '출처 CSV',
      href: urls.sourcesCsv,
      detail: '위 CSV의 source_id로 잇는 출처 문서 목록',
      file: `${chart.id}-sources.csv`,
    },
    { label: 'JSON', href: urls.json, detail: '자료·출처·인용 정보', file: `${chart.id}.json` },
  ];
}
