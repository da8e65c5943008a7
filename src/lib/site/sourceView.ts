import type { AwardRecord, BudgetRecord, Dataset, FigureRecord, SourceRecord } from '../dataset/types.ts';
import { sourceCounts, type SourceWithCounts } from './homeView.ts';

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
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b, 'ko');
  });
  return kinds.map((kind) => ({
    kind,
    anchor: kindAnchor(kind),
    sources: dataset.sources
      .filter((s) => s.kind === kind)
      .sort((a, b) => (a.published === b.published ? (a.id < b.id ? -1 : 1) : a.published === null ? 1 : b.published === null ? -1 : a.published < b.published ? 1 : -1))
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

/** Only http(s) URLs become links; anything else is shown as text (the data build validates, this double-checks). */
export function safeExternalUrl(url: string | null): string | null {
  return url && /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}
