import { SITE_NAME_KO } from '../site/wording.ts';
import { dateStart, periodLabel } from '../domain/dataset/period.ts';
import type { AwardRecord, BudgetRecord, Dataset, FigureRecord, SourceRecord } from '../domain/dataset/types.ts';
import { escapeXml, stripInvisible } from '../domain/text/escape.ts';
import { koreanDate } from './citation.ts';
import { siteUrl, type SiteLocation } from '../site/siteLocation.ts';
import { routes } from '../site/routes.ts';

/**
 * Atom 1.0 feeds of data updates. One entry per source document: the figures, awards and budgets taken from it (within
 * the feed's scope). Dates come from the data only, never the clock:
 * - an entry's `updated` is its source's published date (midnight KST). A source dated only `YYYY` or `YYYY-MM` gets
 *   the first day of that period: the earliest instant the date allows, so it can never look newer than it is, and
 *   the entry's content repeats the date as published (2013년);
 * - sources without a date are left out. Atom requires every entry to carry `updated`, and any date we put there (the
 *   build's, the data's, the newest source's) would be invented and would show a 2013 article as new. They stay on
 *   the source list and their region and program pages; the feed subtitle says how many were left out;
 * - the feed's `updated` is its newest entry. A program or region whose sources are all undated gets no feed.
 * Entry and feed ids are tag URIs, stable whether or not the site has an absolute URL. Links are absolute when it has
 * one (BOKJI_SITE), else root-relative (valid IRI references, resolved against the feed's own address).
 */

/** Year in the tag URIs: fixed once, so ids never change. */
const TAG = 'tag:bokji-atlas,2026:';
const KST = 'T00:00:00+09:00';

/** Which records a feed follows. */
export type FeedScope = { kind: 'all' } | { kind: 'program'; id: string } | { kind: 'region'; identity: string };

/** A feed the site publishes: its scope, file path, title and the page it belongs to. */
export interface FeedInfo {
  scope: FeedScope;
  path: string;
  title: string;
  page: string;
}

/** One Atom entry, already resolved to text and URLs. */
export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  related?: string | null;
  author: string;
  summary: string;
  /** HTML, escaped once more when written. */
  contentHtml: string;
}

/** A whole Atom feed. */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  updated: string;
  self: string;
  alternate: string;
  entries: AtomEntry[];
}

/** RFC 3339 timestamp at midnight in Korea for `YYYY-MM-DD` (or the first day of `YYYY-MM`, `YYYY`). */
export function rfc3339(date: string): string {
  return `${dateStart(date)}${KST}`;
}

/**
 * Every feed of the site: all, one per program, one per region identity that has records and a region page
 * (`regionPages`: the identities of the region list; 전국 and other non-regions only appear in the site-wide feed).
 */
export function feedList(dataset: Dataset, regionPages: ReadonlySet<string>): FeedInfo[] {
  const feeds: FeedInfo[] = [
    { scope: { kind: 'all' }, path: routes.feedAll(), title: `${SITE_NAME_KO}: 새 자료`, page: '/' },
  ];
  for (const p of dataset.programs) {
    if (!hasDatedSource(dataset, `program:${p.id}`)) continue;
    feeds.push({
      scope: { kind: 'program', id: p.id },
      path: routes.feedProgram(p.id),
      title: `${SITE_NAME_KO}: ${p.name} 새 자료`,
      page: routes.program(p.id),
    });
  }
  const names = new Map<string, string>();
  for (const r of [...dataset.figures, ...dataset.awards, ...dataset.budgets])
    if (regionPages.has(r.region.identity)) names.set(r.region.identity, r.region.name);
  for (const [identity, name] of [...names].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (!hasDatedSource(dataset, `region:${identity}`)) continue;
    feeds.push({
      scope: { kind: 'region', identity },
      path: routes.feedRegion(identity),
      title: `${SITE_NAME_KO}: ${name} 새 자료`,
      page: routes.region(identity),
    });
  }
  return feeds;
}

/** Whether a scope has at least one dated source: an entry, and so a feed, needs a real date. */
function hasDatedSource(dataset: Dataset, key: string): boolean {
  const lines = feedLines(dataset).get(key);
  return !!lines && dataset.sources.some((s) => s.published && lines.has(s.id));
}

/** The feeds a page should link with `<link rel="alternate">`: the site-wide one and the page's own, if any. */
export function feedsForPage(feeds: readonly FeedInfo[], page: string): FeedInfo[] {
  return feeds.filter((f) => f.scope.kind === 'all' || f.page === page);
}

/** The Atom XML of one feed. */
export function dataUpdateFeed(dataset: Dataset, info: FeedInfo, where: SiteLocation): string {
  return renderAtom(dataUpdates(dataset, info, where));
}

function scopeKey(scope: FeedScope): string {
  return scope.kind === 'all' ? 'all' : scope.kind === 'program' ? `program:${scope.id}` : `region:${scope.identity}`;
}

const linesCache = new WeakMap<Dataset, Map<string, Map<string, string[]>>>();

/**
 * Every feed's lines in one pass over the records (a scan per feed would grow with feeds × records): scope key →
 * source id → the lines describing that source's records. Program feeds carry figures only.
 */
function feedLines(dataset: Dataset): Map<string, Map<string, string[]>> {
  const hit = linesCache.get(dataset);
  if (hit) return hit;
  const byScope = new Map<string, Map<string, string[]>>();
  const add = (key: string, source: string, line: string) => {
    let bySource = byScope.get(key);
    if (!bySource) byScope.set(key, (bySource = new Map()));
    const list = bySource.get(source);
    if (list) list.push(line);
    else bySource.set(source, [line]);
  };
  const programName = new Map(dataset.programs.map((p) => [p.id, p.shortName ?? p.name]));
  const evaluationName = new Map(dataset.evaluations.map((e) => [e.id, e.name]));
  for (const f of dataset.figures) {
    const line = figureLine(f, programName.get(f.program) ?? f.program);
    for (const key of ['all', `program:${f.program}`, `region:${f.region.identity}`]) add(key, f.source, line);
  }
  for (const a of dataset.awards) {
    const line = awardLine(a, evaluationName.get(a.evaluation) ?? a.evaluation);
    for (const key of ['all', `region:${a.region.identity}`]) add(key, a.source, line);
  }
  for (const b of dataset.budgets) {
    const line = budgetLine(b);
    for (const key of ['all', `region:${b.region.identity}`]) add(key, b.source, line);
  }
  linesCache.set(dataset, byScope);
  return byScope;
}

/** The feed's entries, newest first: one per source with records in scope. */
export function dataUpdates(dataset: Dataset, info: FeedInfo, where: SiteLocation): AtomFeed {
  const scope = info.scope;
  const lines = feedLines(dataset).get(scopeKey(scope)) ?? new Map<string, string[]>();
  const inScope = dataset.sources.filter((s) => lines.has(s.id));
  // Undated sources are left out: see the module comment.
  const sources = inScope.filter((s) => s.published);
  const undated = inScope.length - sources.length;
  const latest = sources
    .map((s) => dateStart(s.published!))
    .sort()
    .at(-1);
  if (!latest) throw new Error(`No dated source in feed ${info.path}: feedList should not have listed it.`);
  const updated = rfc3339(latest);
  const key = (s: SourceRecord) => dateStart(s.published!);
  sources.sort((a, b) => (key(a) !== key(b) ? (key(a) > key(b) ? -1 : 1) : a.id < b.id ? -1 : 1));
  const idSuffix =
    scope.kind === 'all' ? 'all' : scope.kind === 'program' ? `program/${scope.id}` : `region/${scope.identity}`;
  return {
    id: `${TAG}feed/${idSuffix}`,
    title: info.title,
    subtitle:
      '출처 문서별로 모은 새 수치·수상·예산. 수치는 발표 문서의 것이며, 날짜는 문서의 발표일입니다.' +
      (undated > 0
        ? ` 발표일을 알 수 없는 출처 ${undated}건은 날짜를 지어낼 수 없어 넣지 않았습니다(출처 목록에 있습니다).`
        : ''),
    updated,
    self: siteUrl(info.path, where),
    alternate: siteUrl(info.page, where),
    entries: sources.map((s) => sourceEntry(s, lines.get(s.id) ?? [], rfc3339(s.published!), where)),
  };
}

function sourceEntry(source: SourceRecord, lines: string[], updated: string, where: SiteLocation): AtomEntry {
  const page = siteUrl(routes.source(source.id), where);
  const shown = lines.slice(0, 3).join('; ');
  const original = source.url ? ` · <a href="${escapeXml(source.url)}">원문</a>` : '';
  return {
    id: `${TAG}source/${source.id}`,
    title: `${source.title} (${source.issuer})`,
    updated,
    link: page,
    related: source.url,
    author: source.issuer,
    summary: `${lines.length}건: ${shown}${lines.length > 3 ? ' 외' : ''}`,
    contentHtml:
      `<p>${escapeXml(source.issuer)} · 발표일 ${escapeXml(koreanDate(source.published))}${original}</p>` +
      `<ul>${lines.map((l) => `<li>${escapeXml(l)}</li>`).join('')}</ul>` +
      `<p><a href="${escapeXml(page)}">${SITE_NAME_KO}에서 출처와 원문 표기 보기</a></p>`,
  };
}

function figureLine(f: FigureRecord, program: string): string {
  return `${f.region.name} · ${program} · ${f.metric} (${periodLabel(f.period)}): ${f.quantity.display}`;
}

function awardLine(a: AwardRecord, evaluation: string): string {
  const prize = a.prize ? ` (시상금 ${a.prize.display})` : '';
  return `${a.region.name} · ${evaluation} ${a.year}년${a.category ? ` ${a.category}` : ''}: ${a.grade}${prize}`;
}

function budgetLine(b: BudgetRecord): string {
  return `${b.region.name} · ${b.metric}${b.fiscalYear ? ` (${b.fiscalYear}년)` : ''}: ${b.quantity.display}`;
}

/** Writes an Atom 1.0 document; every text passes through escaping, invisible control characters are removed. */
export function renderAtom(feed: AtomFeed): string {
  const t = (text: string) => escapeXml(stripInvisible(text));
  const entries = feed.entries.map(
    (e) =>
      `<entry><id>${t(e.id)}</id><title type="text">${t(e.title)}</title><updated>${t(e.updated)}</updated>` +
      `<link rel="alternate" type="text/html" href="${t(e.link)}"/>` +
      (e.related ? `<link rel="related" href="${t(e.related)}"/>` : '') +
      `<author><name>${t(e.author)}</name></author><summary type="text">${t(e.summary)}</summary>` +
      `<content type="html">${t(e.contentHtml)}</content></entry>`,
  );
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ko">` +
    `<id>${t(feed.id)}</id><title type="text">${t(feed.title)}</title><subtitle type="text">${t(feed.subtitle)}</subtitle>` +
    `<updated>${t(feed.updated)}</updated><author><name>${SITE_NAME_KO}</name></author>` +
    `<link rel="self" type="application/atom+xml" href="${t(feed.self)}"/><link rel="alternate" type="text/html" href="${t(feed.alternate)}"/>` +
    `${entries.join('\n')}</feed>\n`
  );
}
