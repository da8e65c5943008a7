import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Dataset, FigureRecord, SourceRecord } from '../../src/core/domain/dataset/types.ts';
import { dataUpdateFeed, feedList, feedsForPage, rfc3339 } from '../../src/core/publish/atom.ts';
import { DATA_OUT, DIST } from '../support/paths.ts';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['entry', 'link'].includes(name),
});

const src = (id: string, published: string | null, extra: Partial<SourceRecord> = {}): SourceRecord => ({
  id,
  kind: '보도자료',
  title: `문서 ${id}`,
  issuer: '전라남도',
  published,
  url: `https://example.go.kr/${id}`,
  locator: null,
  reliability: '공식',
  note: null,
  ...extra,
});
const region = (identity: string, name: string) => ({
  written: name,
  code: identity,
  identity,
  name,
  fullName: name,
  asOf: '2023-01-01',
});
const fig = (
  id: string,
  source: string,
  identity: string,
  name: string,
  display: string,
  program = 'jeonnam-gidongdae',
): FigureRecord => ({
  id,
  source,
  program,
  region: region(identity, name),
  period: { text: '2023', kind: 'year', start: '2023-01-01', end: '2023-12-31' },
  measure: 'households',
  metric: '지원 가구',
  quantity: { written: display, value: 1, unit: '가구', approx: [], display },
  qualifiers: [],
  conflictsWith: [],
  quote: null,
  status: '확인',
  note: null,
  origin: 'x.csv:1',
});
const dataset: Dataset = {
  sources: [
    src('a-2023', '2023-12-14'),
    src('b-2016', '2016-03'),
    src('c-undated', null),
    src('d-evil', '2020', { title: '<b>큰</b> & "작은" 문서\u202E', url: 'https://x.kr/?a=1&b=2' }),
    src('e-unused', '2030-01-01'),
  ],
  programs: [
    {
      id: 'jeonnam-gidongdae',
      name: '우리동네 복지기동대',
      shortName: '복지기동대',
      kind: null,
      operator: null,
      started: null,
      description: null,
      aliases: [],
    },
  ],
  measures: [],
  evaluations: [{ id: 'mohw', name: '지역복지사업 평가', organiser: '보건복지부', kind: null, description: null }],
  figures: [
    fig('f1', 'a-2023', '46', '전라남도', '14만 800 가구'),
    fig('f2', 'b-2016', '12130', '여수시', '1,234 가구'),
    fig('f3', 'c-undated', '12130', '여수시', '3천 가구'),
    fig('f4', 'd-evil', '00', '전국', '5 개'),
  ],
  awards: [
    {
      id: 'w1',
      source: 'b-2016',
      evaluation: 'mohw',
      year: 2016,
      category: '복지행정상',
      grade: '최우수',
      rank: null,
      region: region('12130', '여수시'),
      prize: null,
      quote: null,
      status: '확인',
      note: null,
      origin: 'x.csv:2',
    },
  ],
  budgets: [],
  categories: [],
};
const regionPages = new Set(['46', '12130']);

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml).feed;
}

/** Checks the Atom structure RFC 4287 requires of a feed document and its entries. */
function expectAtom(feed: any) {
  expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom');
  expect(String(feed.id)).toMatch(/^tag:bokji-atlas,\d{4}:feed\//);
  expect(feed.title['#text']).toBeTruthy();
  expect(feed.updated).toMatch(RFC3339);
  expect(feed.author.name).toBeTruthy();
  expect(feed.link.map((l: any) => l['@rel']).sort()).toEqual(['alternate', 'self']);
  const ids = new Set<string>();
  for (const e of feed.entry ?? []) {
    expect(String(e.id)).toMatch(/^tag:bokji-atlas,\d{4}:source\/[^\s]+$/);
    expect(ids.has(e.id)).toBe(false);
    ids.add(e.id);
    expect(e.title['#text']).toBeTruthy();
    expect(e.updated).toMatch(RFC3339);
    expect(e.updated <= feed.updated).toBe(true);
    expect(e.link.find((l: any) => l['@rel'] === 'alternate')['@href']).toMatch(/\/sources\/[^/]+\/$/);
    expect(e.content['@type']).toBe('html');
  }
}

describe('rfc3339', () => {
  it('gives midnight in Korea for full and partial dates', () => {
    expect(rfc3339('2023-12-14')).toBe('2023-12-14T00:00:00+09:00');
    expect(rfc3339('2016-03')).toBe('2016-03-01T00:00:00+09:00');
    expect(rfc3339('2020')).toBe('2020-01-01T00:00:00+09:00');
  });
});

describe('feedList', () => {
  it('has the site-wide feed, one per program and one per region with records and a page', () => {
    const paths = feedList(dataset, regionPages).map((f) => f.path);
    expect(paths).toEqual([
      '/feeds/all.atom',
      '/feeds/program/jeonnam-gidongdae.atom',
      '/feeds/region/12130.atom',
      '/feeds/region/46.atom',
    ]);
    expect(feedsForPage(feedList(dataset, regionPages), '/regions/12130/').map((f) => f.path)).toEqual([
      '/feeds/all.atom',
      '/feeds/region/12130.atom',
    ]);
    expect(feedsForPage(feedList(dataset, regionPages), '/about/').map((f) => f.path)).toEqual(['/feeds/all.atom']);
  });
});

describe('dataUpdateFeed', () => {
  const feeds = feedList(dataset, regionPages);
  const all = parse(dataUpdateFeed(dataset, feeds[0]!, { base: '/' }));

  it('is valid Atom with one entry per dated source that has records, newest first', () => {
    expectAtom(all);
    expect(all.entry.map((e: any) => e.id)).toEqual(
      ['a-2023', 'd-evil', 'b-2016'].map((id) => `tag:bokji-atlas,2026:source/${id}`),
    );
    expect(all.updated).toBe('2023-12-14T00:00:00+09:00');
    // Each entry carries its own source's date; a year-only date is its first day, and the content says the year.
    expect(all.entry.map((e: any) => e.updated)).toEqual([
      '2023-12-14T00:00:00+09:00',
      '2020-01-01T00:00:00+09:00',
      '2016-03-01T00:00:00+09:00',
    ]);
    expect(all.entry[1].content['#text']).toContain('발표일 2020년');
  });

  it('leaves undated sources out (Atom needs a date and none may be invented) and says so', () => {
    const xml = dataUpdateFeed(dataset, feeds[0]!, { base: '/' });
    expect(xml).not.toContain('c-undated');
    expect(all.subtitle['#text']).toContain('발표일을 알 수 없는 출처 1건');
  });

  it('lists no feed for a scope whose sources are all undated', () => {
    const onlyUndated: Dataset = {
      ...dataset,
      figures: [...dataset.figures, fig('f9', 'c-undated', '46810', '강진군', '1 가구')],
    };
    const paths = feedList(onlyUndated, new Set([...regionPages, '46810'])).map((f) => f.path);
    expect(paths).not.toContain('/feeds/region/46810.atom');
    expect(paths).toContain('/feeds/region/12130.atom');
  });

  it('escapes titles, URLs and the HTML content (no markup leaks, bidi overrides removed)', () => {
    const xml = dataUpdateFeed(dataset, feeds[0]!, { base: '/' });
    expect(xml).not.toContain('<b>');
    expect(xml).not.toContain('\u202E');
    const evil = all.entry[1];
    expect(evil.title['#text']).toBe('<b>큰</b> & "작은" 문서 (전라남도)');
    expect(evil.link.find((l: any) => l['@rel'] === 'related')['@href']).toBe('https://x.kr/?a=1&b=2');
    // Content is HTML carried as text: once parsed, it is the HTML with the figure in newsroom notation.
    expect(evil.content['#text']).toContain('<li>전국 · 복지기동대 · 지원 가구 (2023년): 5 개</li>');
    expect(xml).toContain('<title type="text">&lt;b&gt;큰&lt;/b&gt; &amp; &quot;작은&quot; 문서 (전라남도)</title>');
  });

  it('a region feed keeps only that region; a program feed only that program’s figures', () => {
    const yeosu = parse(
      dataUpdateFeed(
        dataset,
        feeds.find((f) => f.path === '/feeds/region/12130.atom')!,
        { site: 'https://example.org', base: '/bokji' },
      ),
    );
    expectAtom(yeosu);
    expect(yeosu.entry.map((e: any) => e.id.split('/').pop())).toEqual(['b-2016']);
    expect(yeosu.updated).toBe('2016-03-01T00:00:00+09:00');
    expect(yeosu.entry[0].content['#text']).toContain('여수시 · 지역복지사업 평가 2016년 복지행정상: 최우수');
    expect(yeosu.link.find((l: any) => l['@rel'] === 'self')['@href']).toBe(
      'https://example.org/bokji/feeds/region/12130.atom',
    );
    expect(yeosu.entry[0].link[0]['@href']).toBe('https://example.org/bokji/sources/b-2016/');
    const program = parse(dataUpdateFeed(dataset, feeds[1]!, { base: '/' }));
    expect(program.entry.some((e: any) => e.content['#text'].includes('복지행정상'))).toBe(false);
    expect(program.entry).toHaveLength(3);
  });
});

describe('feeds in the built site', () => {
  const dir = join(DIST, 'feeds');
  it('every generated .atom file parses as Atom with dated entries, none dated by the build', () => {
    expect(existsSync(join(dir, 'all.atom')), `no feeds in ${DIST}: build first`).toBe(true);
    const files = [
      'all.atom',
      ...['program', 'region'].flatMap((k) => readdirSync(join(dir, k)).map((f) => `${k}/${f}`)),
    ];
    expect(files.length).toBeGreaterThan(10);
    const built = JSON.parse(readFileSync(join(DATA_OUT, 'dataset.json'), 'utf8')) as Dataset;
    const published = new Map(built.sources.map((s) => [s.id, s.published]));
    for (const file of files) {
      const feed = parse(readFileSync(join(dir, file), 'utf8'));
      expectAtom(feed);
      // Every entry is dated by its own source, never by the build or the newest data.
      for (const e of feed.entry ?? []) {
        const date = published.get(String(e.id).split('/').pop()!);
        expect(date, `${file} ${e.id}`).toBeTruthy();
        expect(e.updated, `${file} ${e.id}`).toBe(rfc3339(date!));
      }
    }
  });
});
