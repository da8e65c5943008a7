import { describe, expect, it } from 'vitest';
import type { SourceRecord } from '../../../src/core/domain/dataset/types.ts';
import type { Chart } from '../../../src/core/present/charts/chartModel.ts';
import { chartCsv, chartJson, imageSourceLine } from '../../../src/core/publish/chartExport.ts';
import { IMAGE_SOURCES_IN_FULL, SOURCES_IN_FULL } from '../../../src/core/site/sourceLists.ts';
import {
  chartUrls,
  downloadLinks,
  embedSourceText,
  frameHeight,
  iframeSnippet,
  imageSnippet,
} from '../../../src/core/publish/embedSnippets.ts';
import { siteUrl } from '../../../src/core/site/siteLocation.ts';

const source: SourceRecord = {
  id: 'jeonnam-20231214',
  kind: '보도자료',
  title: '전국 확산 ‘우리동네 복지기동대’ 성과 공유',
  issuer: '전라남도',
  published: '2023-12-14',
  url: 'https://www.jeonnam.go.kr/news/1',
  locator: null,
  reliability: '공식',
  note: null,
};
const chart: Chart = {
  id: 'jeonnam-gidongdae-households-supported-cumulative-46',
  kind: 'bar',
  title: '전라남도 복지기동대: 누적 지원 가구 "수"',
  subtitle: '단위: 가구',
  description: '누적 지원 가구 <2019~2023년> 14만 800 가구.',
  svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320"></svg>',
  columns: [
    { key: 'period', label: '기간' },
    { key: 'value', label: '지원 가구', numeric: true },
    { key: 'written', label: '원문 표기' },
  ],
  rows: [
    {
      cells: { period: '2019~2023년', value: 140800, written: '14만800가구' },
      links: { value: '/sources/jeonnam-20231214/#f1' },
    },
    { cells: { period: '=2019, "2022"', value: 64000, written: null }, links: {} },
  ],
  sourceIds: ['jeonnam-20231214'],
  page: '/programs/jeonnam-gidongdae/',
  notes: [],
};
const rootSite = { base: '/' };
/** `n` distinct sources titled 문서 0, 문서 1, … */
const sourceList = (n: number): SourceRecord[] =>
  Array.from({ length: n }, (_, i) => ({ ...source, id: `s${i}`, title: `문서 ${i}` }));
const subSite = { site: 'https://example.org', base: '/bokji/' };

describe('siteUrl and chartUrls', () => {
  it('are root-relative without a site URL and absolute under the base path with one', () => {
    expect(siteUrl('/charts/a.svg', rootSite)).toBe('/charts/a.svg');
    expect(siteUrl('/charts/a.svg', subSite)).toBe('https://example.org/bokji/charts/a.svg');
    const urls = chartUrls(chart, subSite);
    expect(urls.page).toBe(`https://example.org/bokji/programs/jeonnam-gidongdae/#${chart.id}`);
    expect(urls.embed).toBe(`https://example.org/bokji/embed/${chart.id}/`);
    expect(urls.png).toBe(`https://example.org/bokji/charts/${chart.id}.png`);
    expect(urls.hostScript).toBe('https://example.org/bokji/embed.js');
  });

  it('lists the five downloads (one PNG: it serves screen and print) with file names from the chart id', () => {
    expect(downloadLinks(chart, rootSite).map((d) => d.file)).toEqual(
      ['svg', 'png', 'csv', '-sources.csv', 'json'].map((e) => `${chart.id}${e.startsWith('-') ? e : `.${e}`}`),
    );
  });
});

describe('snippets', () => {
  it('iframe snippet: escaped title, data-bokji-atlas, default height from the aspect ratio, host script', () => {
    const snippet = iframeSnippet(chart, [source], subSite);
    expect(snippet).toContain(`src="https://example.org/bokji/embed/${chart.id}/"`);
    expect(snippet).toContain('title="전라남도 복지기동대: 누적 지원 가구 &quot;수&quot;"');
    expect(snippet).toContain('data-bokji-atlas');
    expect(snippet).toContain('<script src="https://example.org/bokji/embed.js" async></script>');
    const height = Number(/height="(\d+)"/.exec(snippet)![1]);
    expect(height).toBe(frameHeight(chart, `출처: ${source.issuer}, 「${source.title}」, 2023년 12월 14일`));
  });

  it("iframe height counts the embed page's shortened 출처 line, not every source of a long list", () => {
    const height = (n: number) => Number(/height="(\d+)"/.exec(iframeSnippet(chart, sourceList(n), subSite))![1]);
    const { line, more } = embedSourceText(sourceList(40));
    expect(height(40)).toBe(frameHeight(chart, `${line} ${more}`));
    // 40 sources in full would add a dozen lines of text; the embed shows two of them and a link.
    expect(height(40)).toBeLessThan(
      frameHeight(
        chart,
        `출처: ${sourceList(40)
          .map((s) => s.title)
          .join('; ')}`,
      ),
    );
  });

  it('default frame height grows with the chart aspect ratio and stays within the host script range', () => {
    const wide = frameHeight(chart, '출처');
    const tall = frameHeight({ ...chart, svg: '<svg viewBox="0 0 640 640"></svg>' }, '출처');
    expect(tall - wide).toBeGreaterThan(300);
    expect(wide).toBeGreaterThan(320);
    expect(tall).toBeLessThan(10000);
  });

  it('image snippet: SVG file, alt = description (escaped), caption with title and 출처', () => {
    const snippet = imageSnippet(chart, [{ ...source, title: 'A & B' }], rootSite);
    expect(snippet).toContain(
      `<img src="/charts/${chart.id}.svg" alt="누적 지원 가구 &lt;2019~2023년&gt; 14만 800 가구."`,
    );
    expect(snippet).toContain(
      '<figcaption>전라남도 복지기동대: 누적 지원 가구 &quot;수&quot; · 출처: 전라남도, 「A &amp; B」',
    );
    expect(snippet).not.toContain('<script');
    expect(snippet).not.toContain('sources.csv');
  });

  it('image snippet: a long list names its first sources, counts the rest and links the absolute source list', () => {
    const snippet = imageSnippet(chart, sourceList(40), subSite);
    expect(snippet).toContain(`문서 ${SOURCES_IN_FULL - 2}」`);
    expect(snippet).not.toContain(`문서 ${SOURCES_IN_FULL - 1}」`);
    expect(snippet).toContain(
      ` 외 ${40 - SOURCES_IN_FULL + 1}건 (<a href="https://example.org/bokji/charts/${chart.id}-sources.csv">전체 출처 목록</a>)`,
    );
    // Up to the threshold every source is named and there is no list link.
    const full = imageSnippet(chart, sourceList(SOURCES_IN_FULL), subSite);
    expect(full).toContain(`문서 ${SOURCES_IN_FULL - 1}」`);
    expect(full).not.toContain('외 ');
  });

  it('embed page 출처 text: every source up to the threshold, else the first ones, 외 N건 and a link to all', () => {
    expect(embedSourceText(sourceList(SOURCES_IN_FULL)).more).toBeNull();
    const long = embedSourceText([...sourceList(5), ...sourceList(5)]);
    expect(long.line).toMatch(
      new RegExp(`「문서 ${SOURCES_IN_FULL - 2}」, 2023년 12월 14일 외 ${5 - SOURCES_IN_FULL + 1}건$`),
    );
    expect(long.more).toBe('출처 5건 모두 보기 (새 창)');
  });
});

describe('chart downloads', () => {
  it('CSV: without a tidy datum on every row, no CSV (never a partial table)', () => {
    expect(() => chartCsv(chart, rootSite)).toThrow(/without a tidy datum/);
  });

  it('JSON: rows by column key with absolute links, sources with title/issuer/date/url, permalink and citation', () => {
    const json = chartJson(chart, [source], subSite, '2026-07-29', new Map());
    expect(json.permalink).toBe(`https://example.org/bokji/programs/jeonnam-gidongdae/#${chart.id}`);
    expect(json.rows[0]).toEqual({
      period: '2019~2023년',
      value: 140800,
      written: '14만800가구',
      links: { value: 'https://example.org/bokji/sources/jeonnam-20231214/#f1' },
    });
    expect(json.sources[0]).toMatchObject({
      title: source.title,
      issuer: '전라남도',
      date: '2023-12-14',
      url: source.url,
    });
    expect(json.citation.ko).toContain('전라남도, 「전국 확산 ‘우리동네 복지기동대’ 성과 공유」, 2023년 12월 14일');
    expect(json.citation.ko).toContain(json.permalink);
    expect(json.citation.ko).toContain('자료 기준일: 2026년 7월 29일');
    expect(json.citation.en).toContain('14 December 2023');
  });

  it('JSON citation of a long list: first sources, the count and the absolute -sources.csv in both languages', () => {
    const json = chartJson(chart, sourceList(36), subSite, null, new Map());
    const list = `https://example.org/bokji/charts/${chart.id}-sources.csv`;
    const rest = 36 - SOURCES_IN_FULL + 1;
    expect(json.citation.ko).toContain(
      `; 외 ${rest}건(전체 출처 목록: ${list}). 복지 아틀라스에서 인용: ${json.permalink}`,
    );
    expect(json.citation.en).toContain(`; and ${rest} more sources (full list: ${list}). Cited via`);
    expect(json.citation.ko).not.toContain(`문서 ${SOURCES_IN_FULL - 1}」`);
    // The JSON itself still lists every source.
    expect(json.sources).toHaveLength(36);
  });

  it('image 출처 line names every source up to the limit, then counts the rest', () => {
    const many = Array.from({ length: IMAGE_SOURCES_IN_FULL + 3 }, (_, i) => ({
      ...source,
      id: `s${i}`,
      title: `문서 ${i}`,
    }));
    expect(imageSourceLine(many.slice(0, IMAGE_SOURCES_IN_FULL))).toContain(`문서 ${IMAGE_SOURCES_IN_FULL - 1}`);
    const line = imageSourceLine(many);
    expect(line).toContain('문서 0');
    expect(line).not.toContain(`문서 ${IMAGE_SOURCES_IN_FULL - 1}」`);
    expect(line).toContain(`외 4건`);
  });
});
