import type { ProgramRecord } from '../domain/dataset/types.ts';

/*
 * Pagefind matches whole words and their prefixes, never infixes: `기동대` does not find `복지기동대`, `전남` does not
 * find `전라남도`. Pages therefore carry hidden keywords: the aliases from the data, and the tails of compound words.
 */

const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;

/**
 * Tails of a Hangul compound at even syllable offsets (`우리동네복지기동대` → `동네복지기동대`, `복지기동대`, `기동대`):
 * most welfare terms are built from two-syllable Sino-Korean words, so even offsets hit word boundaries and odd
 * ones would mostly add noise. Words under four syllables have no tails.
 */
export function compoundSuffixes(word: string): string[] {
  if (!HANGUL_WORD.test(word) || word.length < 4) return [];
  const out: string[] = [];
  for (let i = 2; word.length - i >= 2; i += 2) out.push(word.slice(i));
  return out;
}

/** Words of a phrase, split on spaces and punctuation (the same units pagefind indexes). */
export function words(text: string): string[] {
  return text.split(/[\s·,.()[\]「」'"‘’“”/|-]+/u).filter(Boolean);
}

/** Distinct keywords in first-seen order, with the compound tails of each. */
export function expandKeywords(phrases: Iterable<string | null | undefined>): string[] {
  const out = new Set<string>();
  for (const phrase of phrases) {
    if (!phrase) continue;
    for (const w of words(phrase)) {
      out.add(w);
      for (const tail of compoundSuffixes(w)) out.add(tail);
    }
  }
  return [...out];
}

/** Search keywords for a program page: its names, aliases and their compound tails. */
export function programKeywords(program: Pick<ProgramRecord, 'name' | 'shortName' | 'aliases'>): string[] {
  return expandKeywords([program.name, program.shortName, ...program.aliases]);
}

/** The parts of a region entry keywords are drawn from (a RegionEntry fits). */
export interface RegionNames {
  name: string;
  fullName: string;
  history: {
    chain: ReadonlyArray<{ name: string; fullName: string; aliases: readonly string[]; sidoCode?: string | null }>;
  };
}

/** Search keywords for a region: every name it had, with the registry's aliases (`전남`, `서울시` …). */
export function regionKeywords(region: RegionNames): string[] {
  return expandKeywords([
    region.name,
    region.fullName,
    ...region.history.chain.flatMap((c) => [c.name, c.fullName, ...c.aliases]),
  ]);
}

/**
 * Keywords for every region a page mentions, and for every 시도 it belonged to over time (a page about 여수시 should
 * answer `전남` as well as `전남광주`). `regions` maps identity → entry; unknown identities (`00` 전국) are skipped.
 */
export function mentionedRegionKeywords(
  identities: Iterable<string>,
  regions: ReadonlyMap<string, RegionNames & { sidoIdentity: string | null }>,
): string[] {
  const phrases: string[] = [];
  for (const id of new Set(identities)) {
    const r = regions.get(id);
    if (!r) continue;
    phrases.push(...regionKeywords(r));
    const sidos = new Set([r.sidoIdentity, ...r.history.chain.map((c) => c.sidoCode)]);
    for (const s of sidos) {
      const sido = s && s !== id ? regions.get(s) : undefined;
      if (sido) phrases.push(...regionKeywords(sido));
    }
  }
  return expandKeywords(phrases);
}
