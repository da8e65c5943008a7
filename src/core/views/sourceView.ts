import { koreanOrder } from '../domain/text/textOrder.ts';
import type {
  AwardRecord,
  BudgetRecord,
  Dataset,
  FigureRecord,
  RegionRef,
  SourceRecord,
} from '../domain/dataset/types.ts';
import { periodText } from './recordLabels.ts';
import { sourceCounts, type SourceWithCounts } from './homeView.ts';
import { routes } from '../site/routes.ts';

/** Order of source kinds on the sources index: the issuers' own documents first. */
const KIND_ORDER = ['보도자료', '통계', '데이터셋', '공시', '법령', '자료집', '웹페이지', '기사'];

/** URL-safe anchor for a source kind (`kind-1` …), stable as long as the kind vocabulary is. */
export function kindAnchor(kind: string): string {
  const i = KIND_ORDER.indexOf(kind);
  return i >= 0 ? `kind-${i + 1}` : `kind-x-${[...kind].map((c) => c.codePointAt(0)!.toString(16)).join('')}`;
}

/** Sources of one kind, newest first (undated last). */
export interface SourceGroup {
  kind: string;
  anchor: string;
  sources: SourceWithCounts[];
}

/** All sources grouped by kind (issuers' own documents first), each group newest first. */
export function sourceGroups(dataset: Dataset): SourceGroup[] {
  const counts = sourceCounts(dataset);
  const kinds = [...new Set(dataset.sources.map((s) => s.kind))].sort((a, b) => {
    const ia = KIND_ORDER.indexOf(a);
    const ib = KIND_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || koreanOrder(a, b);
  });
  return kinds.map((kind) => ({
    kind,
    anchor: kindAnchor(kind),
    sources: dataset.sources
      .filter((s) => s.kind === kind)
      .sort((a, b) =>
        a.published === b.published
          ? a.id < b.id
            ? -1
            : 1
          : a.published === null
            ? 1
            : b.published === null
              ? -1
              : a.published < b.published
                ? 1
                : -1,
      )
      .map((s) => counts.get(s.id)!),
  }));
}

/** Everything taken from one source, each list in dataset (id) order, which follows the document's row order. */
export interface SourceRecords {
  source: SourceRecord;
  figures: FigureRecord[];
  awards: AwardRecord[];
  budgets: BudgetRecord[];
}

/** The records of one source; null if the id is unknown. */
export function sourceRecords(dataset: Dataset, sourceId: string): SourceRecords | null {
  const source = dataset.sources.find((s) => s.id === sourceId);
  if (!source) return null;
  return {
    source,
    figures: dataset.figures.filter((f) => f.source === sourceId),
    awards: dataset.awards.filter((a) => a.source === sourceId),
    budgets: dataset.budgets.filter((b) => b.source === sourceId),
  };
}

/** One record as a source page lists it: what, when, the value as shown and as written, and a label for citing it. */
export interface RecordLine {
  id: string;
  region: RegionRef;
  what: string;
  when: string;
  display: string | null;
  written: string | null;
  numeric: number | null;
  quote: string | null;
  status: string;
  note: string | null;
  /** Extra link: the program, all awards, or the budget pages. */
  context: { label: string; path: string } | null;
  /** The record in one line, for its citation (e.g. `여수시 노인일자리 예산 75억 원 (2016년)`). */
  label: string;
}

/** The records of one source as lines, in three groups (figures, awards, budgets) in the given order. */
export function recordLines(
  records: SourceRecords,
  dataset: Pick<Dataset, 'programs' | 'evaluations'>,
): Array<{ kind: 'figures' | 'awards' | 'budgets'; heading: string; lines: RecordLine[] }> {
  const programs = new Map(dataset.programs.map((p) => [p.id, p]));
  const evaluations = new Map(dataset.evaluations.map((e) => [e.id, e]));
  const cited = (r: FigureRecord | AwardRecord | BudgetRecord) => ({
    id: r.id,
    region: r.region,
    quote: r.quote,
    status: r.status,
    note: r.note,
  });
  const figures = records.figures.map((f): RecordLine => {
    const program = programs.get(f.program);
    const when = periodText(f.period);
    const q = f.quantity;
    return {
      ...cited(f),
      what: f.metric,
      when,
      display: q.display,
      written: q.written,
      numeric: q.value,
      context: program ? { label: program.name, path: routes.program(program.id) } : null,
      label: `${f.region.name} ${f.metric} ${q.display} (${when})`,
    };
  });
  const awards = records.awards.map((a): RecordLine => {
    const what = [evaluations.get(a.evaluation)?.name ?? a.evaluation, a.category, a.grade].filter(Boolean).join(' · ');
    const p = a.prize;
    return {
      ...cited(a),
      what,
      when: `${a.year}년`,
      display: p ? `상금 ${p.display}` : null,
      written: p?.written ?? null,
      numeric: p?.value ?? null,
      context: { label: '모든 수상', path: routes.awards() },
      label: `${a.region.name} ${a.year}년 ${what}`,
    };
  });
  const budgets = records.budgets.map((b): RecordLine => {
    const when = b.fiscalYear === null ? '회계연도 미상' : `${b.fiscalYear}년 회계연도`;
    const what = [b.metric, b.account, b.stage].filter(Boolean).join(' · ');
    const q = b.quantity;
    return {
      ...cited(b),
      what,
      when,
      display: q.display,
      written: q.written,
      numeric: q.value,
      context: { label: '복지 예산', path: routes.budgets() },
      label: `${b.region.name} ${what} ${q.display} (${when})`,
    };
  });
  return [
    { kind: 'figures' as const, heading: '수치', lines: figures },
    { kind: 'awards' as const, heading: '수상', lines: awards },
    { kind: 'budgets' as const, heading: '예산', lines: budgets },
  ].filter((g) => g.lines.length > 0);
}

/** Only http(s) URLs become links; anything else is shown as text (the data build validates, this double-checks). */
export function safeExternalUrl(url: string | null): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}
