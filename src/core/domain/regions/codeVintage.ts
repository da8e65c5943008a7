import { territoryChanges } from './continuity.ts';
import { identityOf, rowOf, unitOnDate } from './identity.ts';
import type { ResolutionError } from './messages.ts';
import { isWithin } from './dates.ts';
import type { Region, RegionRegistry } from './types.ts';
import { notAtVintageError, territoryChangedError } from './vintageMessages.ts';

/**
 * The row a code names when read "as of" `vintage` (the date of the code list the data was keyed with), or the
 * not-at-vintage error naming the code's periods and its territory's code on that day.
 */
export function rowAtVintage(
  registry: RegionRegistry,
  input: string,
  date: string,
  code: string,
  vintage: string,
): Region | ResolutionError {
  const rows = registry.byCode.get(code) ?? [];
  const row = rows.find((r) => isWithin(vintage, r.validFrom, r.validTo));
  if (row) return row;
  const near = rows[0] ? unitOnDate(registry, identityOf(registry, code), vintage) : null;
  return notAtVintageError(input, date, vintage, rows, near);
}

/**
 * Null when the unit named as of `vintage` covers the same territory on `date`; otherwise the territory-changed error
 * listing the events in between and the other units they involved (청주 43110 as of 2013 read for 2015: 청원 merged in).
 */
export function territoryCheck(
  registry: RegionRegistry,
  input: string,
  date: string,
  named: Region,
  vintage: string,
): ResolutionError | null {
  const identity = identityOf(registry, named.code);
  const events = territoryChanges(registry, identity, vintage, date);
  if (events.length === 0) return null;
  const others = new Map<string, Region>();
  for (const code of events.flatMap((e) => [e.oldCode, e.newCode])) {
    if (code === null || others.has(code) || identityOf(registry, code) === identity) continue;
    const row = rowOf(registry, code, date);
    if (row) others.set(code, row);
  }
  return territoryChangedError(input, date, vintage, named, events, [...others.values()]);
}
