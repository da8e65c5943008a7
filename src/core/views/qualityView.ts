import type { Problem } from '../domain/dataset/problem.ts';
import type { Dataset, SourceRecord } from '../domain/dataset/types.ts';
import type { QualityReport } from '../site/siteData.ts';

/** One input file's reconciliation: every row read is written, rejected, skipped or merged into an identical row. */
export interface ReconciliationRow {
  file: string;
  read: number;
  written: number;
  rejected: number;
  skipped: number;
  merged: number;
  balanced: boolean;
}

/** Per-file reconciliation, with a flag for files whose numbers do not add up (which would mean a row vanished). */
export function reconciliation(report: QualityReport): ReconciliationRow[] {
  return report.stats.map((s) => {
    const skipped = s.skipped ?? 0;
    const merged = s.merged ?? 0;
    return {
      file: s.file,
      read: s.read,
      written: s.written,
      rejected: s.rejected,
      skipped,
      merged,
      balanced: s.read === s.written + s.rejected + skipped + merged,
    };
  });
}

/** Problems of one code, with where each occurred. */
export interface ProblemGroup {
  code: string;
  severity: Problem['severity'];
  ko: string;
  en: string;
  /** Where; `message` only when this occurrence's wording differs from the group's. */
  places: Array<{
    file: string;
    line: number | null;
    column: string | null;
    value: string | null;
    message: string | null;
  }>;
}

/** Problems grouped by code (errors first, then by how often they occur), places in file:line order. */
export function problemGroups(problems: readonly Problem[]): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const key = `${p.severity}:${p.code}`;
    let g = groups.get(key);
    if (!g) {
      g = { code: p.code, severity: p.severity, ko: p.ko, en: p.en, places: [] };
      groups.set(key, g);
    }
    g.places.push({
      file: p.file ?? '',
      line: p.line ?? null,
      column: p.column ?? null,
      value: p.value ?? null,
      message: p.ko === g.ko ? null : p.ko,
    });
  }
  for (const g of groups.values())
    g.places.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return [...groups.values()].sort((a, b) =>
    a.severity === b.severity
      ? b.places.length - a.places.length || a.code.localeCompare(b.code)
      : a.severity === 'error'
        ? -1
        : 1,
  );
}

/** `file:line` for a place, or the file alone. */
export function placeLabel(place: { file: string; line: number | null }): string {
  return place.line === null ? place.file : `${place.file}:${place.line}`;
}

/** Counts by status for figures, awards and budgets, in the fixed order 확인, 2차인용, 미확인 (then any other). */
export function statusCounts(
  dataset: Dataset,
): Array<{ status: string; figures: number; awards: number; budgets: number }> {
  const statuses = ['확인', '2차인용', '미확인'];
  for (const r of [...dataset.figures, ...dataset.awards, ...dataset.budgets])
    if (!statuses.includes(r.status)) statuses.push(r.status);
  const count = (list: readonly { status: string }[], status: string) => list.filter((r) => r.status === status).length;
  return statuses.map((status) => ({
    status,
    figures: count(dataset.figures, status),
    awards: count(dataset.awards, status),
    budgets: count(dataset.budgets, status),
  }));
}

/** Sources that lack a URL or a publication date: what a reader cannot check by themselves. */
export function incompleteSources(dataset: Dataset): { noUrl: SourceRecord[]; noDate: SourceRecord[] } {
  return { noUrl: dataset.sources.filter((s) => !s.url), noDate: dataset.sources.filter((s) => !s.published) };
}
