import type { Dataset } from '../dataset/types.ts';
import type { RegionEntry } from '../../site/siteData.ts';
import type { RecordFilter } from './schema.ts';
import { unitsOn, type UnitAt } from './units.ts';

/** A cited record: where a reader checks the figure. */
export interface Cite {
  source: string;
  id: string;
  /** Where the record came from and whose it is: together they decide its permalink (site/permalink.ts). */
  origin: string;
  identity: string;
}

/** One value of one region at one reference date, with every record it was read or summed from. */
export interface Observation {
  identity: string;
  year: number;
  /** Reference date (ISO day): the figure's date, or 1 January of a fiscal year. */
  date: string;
  value: number | null;
  category: string | null;
  /** The notation of the one record it came from (null when summed). */
  written: string | null;
  records: Cite[];
  /** Set when a 시's value is the sum of its 일반구 (plus what the source recorded at 시 level, in no 구). */
  summed: { parts: number; residual: boolean } | null;
}

interface Raw {
  identity: string;
  year: number;
  date: string;
  value: number | null;
  category: string | null;
  written: string | null;
  cite: Cite;
  residual: boolean;
}

function rawRecords(dataset: Dataset, f: RecordFilter): Raw[] {
  if (f.table === 'categories')
    return dataset.categories
      .filter((c) => c.measure === f.measure && (f.source === null || c.source === f.source) && c.period.end)
      .map((c) => ({
        identity: c.region.identity,
        year: Number(c.period.end!.slice(0, 4)),
        date: c.period.end!,
        value: null,
        category: c.category,
        written: c.category,
        cite: { source: c.source, id: c.id, origin: c.origin, identity: c.region.identity },
        residual: false,
      }));
  if (f.table === 'budgets')
    return dataset.budgets
      .filter(
        (b) =>
          b.measure === f.measure &&
          b.fiscalYear !== null &&
          (f.source === null || b.source === f.source) &&
          (f.stage === undefined || b.stage === f.stage),
      )
      .map((b) => ({
        identity: b.region.identity,
        year: b.fiscalYear!,
        date: `${b.fiscalYear}-01-01`,
        value: b.quantity.value,
        category: null,
        written: b.quantity.written,
        cite: { source: b.source, id: b.id, origin: b.origin, identity: b.region.identity },
        residual: b.scope === 'residual',
      }));
  return dataset.figures
    .filter(
      (r) =>
        r.measure === f.measure &&
        (f.program === null || r.program === f.program) &&
        (f.source === null || r.source === f.source) &&
        (r.period.kind === 'day' || r.period.kind === 'year') &&
        r.period.end !== null,
    )
    .map((r) => ({
      identity: r.region.identity,
      year: Number(r.period.end!.slice(0, 4)),
      date: r.period.end!,
      value: r.quantity.value,
      category: null,
      written: r.quantity.written,
      cite: { source: r.source, id: r.id, origin: r.origin, identity: r.region.identity },
      residual: r.scope === 'residual',
    }));
}

/** Problems found while reading: two records for the same region and date that disagree (neither is used). */
export interface ObserveResult {
  observations: Observation[];
  conflicts: Array<{ identity: string; date: string; records: Cite[] }>;
}

/**
 * The observations a filter selects, one per (identity, date). Residual rows (recorded at 시 level, in no 구) are never
 * a unit's value. With `additive` (counts of people), a 시 without its own figure gets the sum of its 일반구 on that
 * date plus its residual row, but only when every one of those 구 has a figure: a partial sum is never shown.
 */
export function observe(
  dataset: Dataset,
  regions: readonly RegionEntry[],
  filter: RecordFilter,
  additive: boolean,
): ObserveResult {
  const groups = new Map<string, Raw[]>();
  for (const r of rawRecords(dataset, filter)) {
    const key = `${r.date}|${r.identity}|${r.residual ? 'r' : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  const own = new Map<string, Raw>();
  const residual = new Map<string, Raw>();
  const conflicts: ObserveResult['conflicts'] = [];
  for (const [key, list] of [...groups.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const sorted = [...list].sort((a, b) => a.cite.id.localeCompare(b.cite.id));
    const first = sorted[0]!;
    if (sorted.some((r) => r.value !== first.value || r.category !== first.category)) {
      conflicts.push({ identity: first.identity, date: first.date, records: sorted.map((r) => r.cite) });
      continue;
    }
    (first.residual ? residual : own).set(key.replace(/\|r?$/, ''), first);
  }
  const observations: Observation[] = [...own.values()].map((r) => ({
    identity: r.identity,
    year: r.year,
    date: r.date,
    value: r.value,
    category: r.category,
    written: r.written,
    records: [r.cite],
    summed: null,
  }));
  if (additive) observations.push(...sums(regions, own, residual));
  observations.sort((a, b) => a.date.localeCompare(b.date) || a.identity.localeCompare(b.identity));
  return { observations, conflicts };
}

function sums(regions: readonly RegionEntry[], own: Map<string, Raw>, residual: Map<string, Raw>): Observation[] {
  const out: Observation[] = [];
  const dates = [...new Set([...own.values()].map((r) => r.date))].sort();
  for (const date of dates) {
    const units = unitsOn(regions, date);
    const guBySi = new Map<string, UnitAt[]>();
    for (const u of units.values()) {
      if (u.kind !== '행정구' || u.parent === null) continue;
      guBySi.set(u.parent, [...(guBySi.get(u.parent) ?? []), u]);
    }
    for (const si of units.values()) {
      const gu = guBySi.get(si.code);
      if (si.kind !== '시' || !gu || own.has(`${date}|${si.identity}`)) continue;
      const parts = gu.map((g) => own.get(`${date}|${g.identity}`));
      if (parts.some((p) => p === undefined || p.value === null)) continue;
      const rest = residual.get(`${date}|${si.identity}`);
      const all = [...(parts as Raw[]), ...(rest ? [rest] : [])];
      out.push({
        identity: si.identity,
        year: all[0]!.year,
        date,
        value: all.reduce((s, r) => s + r.value!, 0),
        category: null,
        written: null,
        records: all.map((r) => r.cite),
        summed: { parts: parts.length, residual: rest !== undefined },
      });
    }
  }
  return out;
}
