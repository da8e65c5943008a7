import { editDistance, toJamo } from './hangul.ts';
import { chainOf, identityOf, unitOnDate } from './identity.ts';
import { allKeys, findSido } from './nameIndex.ts';
import type { Region, RegionRegistry } from './types.ts';

const MAX_SUGGESTIONS = 5;

/** Near misses for an unknown label: units valid on the date whose keys are within about a third of its jamo. */
export function suggest(
  registry: RegionRegistry,
  compact: string,
  date: string,
  inScope: (r: Region) => boolean,
): Region[] {
  // Also try the part after a 시도 prefix, so "전남 여슈시" is compared with names inside 전라남도.
  const targets: Array<{ text: string; sido: ReadonlySet<string> | null }> = [{ text: compact, sido: null }];
  for (let i = 2; i < compact.length; i++) {
    const prefixes = findSido(registry, compact.slice(0, i));
    if (prefixes.length > 0)
      targets.push({ text: compact.slice(i), sido: new Set(prefixes.map((p) => p.region.code)) });
  }
  const jamoTargets = targets.map((t) => ({ ...t, jamo: toJamo(t.text) }));
  const scored: Array<{ region: Region; distance: number }> = [];
  for (const [region, keys] of allKeys(registry)) {
    const identity = identityOf(registry, region.code);
    if (unitOnDate(registry, identity, date) !== region || !inScope(region)) continue;
    // A legacy 시도 prefix ("전남" after 2026-07) still points at the units that carry on its territory 1:1.
    const sidos = new Set(chainOf(registry, identity).map((u) => u.sidoCode));
    let best = Infinity;
    for (const t of jamoTargets) {
      if (t.sido !== null && ![...sidos].some((s) => t.sido?.has(s))) continue;
      const limit = Math.max(1, Math.round(t.jamo.length * 0.34));
      for (const key of keys) {
        const d = editDistance(t.jamo, toJamo(key));
        if (d <= limit) best = Math.min(best, d);
      }
    }
    if (best < Infinity) scored.push({ region, distance: best });
  }
  scored.sort((a, b) => a.distance - b.distance || a.region.code.localeCompare(b.region.code));
  return scored.slice(0, MAX_SUGGESTIONS).map((s) => s.region);
}
