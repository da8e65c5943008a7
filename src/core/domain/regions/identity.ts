import { addDays, isWithin } from './dates.ts';
import {
  CONTINUING_TYPES,
  NATIONAL,
  type ChangeType,
  type Region,
  type RegionChange,
  type RegionRegistry,
  type RegionKind,
} from './types.ts';

/** A link from one identity to a neighbour across a merge, split, creation, abolition or boundary change. */
export interface IdentityLink {
  readonly identity: string;
  readonly code: string;
  readonly name: string;
  readonly fullName: string;
  readonly date: string;
  readonly type: ChangeType;
}

/** Everything known about one identity: its 1:1 chain of units, its neighbours, and the events touching it. */
export interface RegionHistory {
  readonly identity: string;
  readonly chain: readonly Region[];
  readonly predecessors: readonly IdentityLink[];
  readonly successors: readonly IdentityLink[];
  readonly events: readonly RegionChange[];
}

/** One row of the identity list pages are built from. */
export interface IdentitySummary {
  readonly identity: string;
  readonly name: string;
  readonly fullName: string;
  readonly kind: RegionKind;
  readonly sidoIdentity: string;
  readonly parentIdentity: string | null;
  readonly status: 'current' | 'abolished';
  /** Day the identity ceased to exist (the event date), null while current. */
  readonly abolishedOn: string | null;
  /** Earlier codes of the same territory, oldest first. */
  readonly legacyCodes: readonly string[];
}

interface IdentityIndex {
  readonly identityByCode: ReadonlyMap<string, string>;
  readonly chainByIdentity: ReadonlyMap<string, readonly Region[]>;
}

// Registries are immutable once parsed, so the derived index is computed once per registry object.
const cache = new WeakMap<RegionRegistry, IdentityIndex>();

function indexOf(registry: RegionRegistry): IdentityIndex {
  const hit = cache.get(registry);
  if (hit) return hit;
  const next = new Map<string, string>();
  for (const c of registry.changes) {
    if (CONTINUING_TYPES.includes(c.type) && c.oldCode !== null && c.newCode !== null && c.oldCode !== c.newCode) {
      next.set(c.oldCode, c.newCode);
    }
  }
  const identityByCode = new Map<string, string>();
  const chainByIdentity = new Map<string, Region[]>();
  for (const code of registry.byCode.keys()) {
    let last = code;
    const seen = new Set<string>([code]);
    for (let n = next.get(last); n !== undefined; n = next.get(last)) {
      if (seen.has(n)) throw new Error(`cycle in 1:1 changes at ${n}`);
      seen.add(n);
      last = n;
    }
    identityByCode.set(code, last);
    chainByIdentity.set(last, [...(chainByIdentity.get(last) ?? []), ...(registry.byCode.get(code) ?? [])]);
  }
  for (const chain of chainByIdentity.values()) {
    chain.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  }
  const index = { identityByCode, chainByIdentity };
  cache.set(registry, index);
  return index;
}

/** The stable identity of a code: the code of the latest unit in its 1:1 chain ("46130" → "12130"). */
export function identityOf(registry: RegionRegistry, code: string): string {
  if (code === NATIONAL.code) return NATIONAL.code;
  const identity = indexOf(registry).identityByCode.get(code);
  if (identity === undefined)
    throw new RangeError(`지역 코드 ${code}가 목록에 없습니다 / region code ${code} is not in the registry`);
  return identity;
}

/** True when `identity` names an identity of this registry (or the national pseudo-region). */
export function hasIdentity(registry: RegionRegistry, identity: string): boolean {
  return identity === NATIONAL.code || indexOf(registry).chainByIdentity.has(identity);
}

/** The units of one identity, oldest first. */
export function chainOf(registry: RegionRegistry, identity: string): readonly Region[] {
  if (identity === NATIONAL.code) return [NATIONAL];
  const chain = indexOf(registry).chainByIdentity.get(identity);
  if (!chain) throw new RangeError(`지역 식별자 ${identity}가 없습니다 / unknown region identity ${identity}`);
  return chain;
}

/** The unit of `identity` valid on `date`, or null when the identity did not exist then. */
export function unitOnDate(registry: RegionRegistry, identity: string, date: string): Region | null {
  return chainOf(registry, identity).find((r) => isWithin(date, r.validFrom, r.validTo)) ?? null;
}

/** The identity's unit that is still open-ended, or null when it was abolished without a 1:1 successor. */
export function currentUnit(registry: RegionRegistry, identity: string): Region | null {
  return chainOf(registry, identity).find((r) => r.validTo === null) ?? null;
}

/** The row of `code` valid on `date`, falling back to the row nearest in time. */
export function rowOf(registry: RegionRegistry, code: string, date: string): Region | null {
  if (code === NATIONAL.code) return NATIONAL;
  const rows = registry.byCode.get(code) ?? [];
  return (
    rows.find((r) => isWithin(date, r.validFrom, r.validTo)) ??
    (date < (rows[0]?.validFrom ?? '') ? rows[0] : rows.at(-1)) ??
    null
  );
}

/** The 1:1 chain of an identity plus its predecessors, successors and the events that touched it. */
export function regionHistory(registry: RegionRegistry, identity: string): RegionHistory {
  const chain = chainOf(registry, identity);
  const codes = new Set(chain.map((r) => r.code));
  // A predecessor is named as it was the day before the event, a successor as it was on the event day.
  const link = (code: string, lookup: string, date: string, type: ChangeType): IdentityLink => {
    const row = rowOf(registry, code, lookup) as Region;
    return { identity: identityOf(registry, code), code, name: row.name, fullName: row.fullName, date, type };
  };
  const predecessors: IdentityLink[] = [];
  const successors: IdentityLink[] = [];
  const events: RegionChange[] = [];
  for (const c of registry.changes) {
    const fromHere = c.oldCode !== null && codes.has(c.oldCode);
    const toHere = c.newCode !== null && codes.has(c.newCode);
    if (!fromHere && !toHere) continue;
    events.push(c);
    if (toHere && !fromHere && c.oldCode !== null)
      predecessors.push(link(c.oldCode, addDays(c.date, -1), c.date, c.type));
    if (fromHere && !toHere && c.newCode !== null) successors.push(link(c.newCode, c.date, c.date, c.type));
  }
  return { identity, chain, predecessors, successors, events };
}

/** Every identity with its latest name, status and legacy codes, sorted by identity code. */
export function listIdentities(registry: RegionRegistry): IdentitySummary[] {
  const { chainByIdentity } = indexOf(registry);
  return [...chainByIdentity.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([identity, chain]) => {
      const last = chain.at(-1) as Region;
      const legacyCodes = [...new Set(chain.map((r) => r.code))].filter((c) => c !== identity);
      return {
        identity,
        name: last.name,
        fullName: last.fullName,
        kind: last.kind,
        sidoIdentity: identityOf(registry, last.sidoCode),
        parentIdentity: last.parent === null ? null : identityOf(registry, last.parent),
        status: last.validTo === null ? 'current' : 'abolished',
        abolishedOn: last.validTo === null ? null : addDays(last.validTo, 1),
        legacyCodes,
      };
    });
}
