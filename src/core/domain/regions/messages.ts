import { withRo } from '../text/particles.ts';
import { addDays } from './dates.ts';
import type { ChangeType, Message, Region } from './types.ts';

/** A region offered in an error: a possible meaning of the input, or where its territory went. */
export interface Candidate {
  readonly code: string;
  readonly fullName: string;
  readonly kind: Region['kind'];
  readonly validFrom: string | null;
  readonly validTo: string | null;
}

/** Why an input did not resolve to exactly one region on the date. */
export type ResolutionErrorKind =
  | 'unknown'
  | 'ambiguous'
  | 'not-on-date'
  | 'empty'
  /** A code was read "as of" a vintage date on which it was not valid (51150 as of 2022-12-31). */
  | 'not-at-vintage'
  /** The code's identity went on, but its territory changed between the vintage and the date (청주 2013 → 2015). */
  | 'territory-changed';

/** A resolution failure with Korean and English explanations and every candidate worth showing. */
export interface ResolutionError extends Message {
  readonly kind: ResolutionErrorKind;
  readonly input: string;
  readonly date: string;
  readonly candidates: readonly Candidate[];
}

/** Korean names of the change types, as messages use them. */
export const CHANGE_KO: Record<ChangeType, string> = {
  recode: '코드 변경',
  rename: '명칭 변경',
  merge: '통합',
  split: '분할',
  move: '관할 이동',
  create: '신설',
  abolish: '폐지',
  boundary: '경계 변경',
};

// How a neighbour relates to the named region, written from the named region's side.
const RELATION: Record<'after' | 'before', Record<ChangeType, Message>> = {
  after: {
    recode: { ko: '코드 변경', en: 'recoded' },
    rename: { ko: '명칭 변경', en: 'renamed' },
    merge: { ko: '통합', en: 'merged into' },
    split: { ko: '분할', en: 'split into' },
    move: { ko: '관할 이동', en: 'moved' },
    create: { ko: '일부가 신설 지역으로', en: 'part carved out' },
    abolish: { ko: '구역 이관', en: 'territory taken over' },
    boundary: { ko: '일부 편입', en: 'part transferred' },
  },
  before: {
    recode: { ko: '코드 변경', en: 'recoded' },
    rename: { ko: '명칭 변경', en: 'renamed' },
    merge: { ko: '통합', en: 'merged' },
    split: { ko: '분할', en: 'split from' },
    move: { ko: '관할 이동', en: 'moved' },
    create: { ko: '일부에서 신설', en: 'carved out of' },
    abolish: { ko: '폐지 후 이관', en: 'taken over' },
    boundary: { ko: '일부 편입', en: 'part transferred' },
  },
};

/** Turns a registry row into an error candidate. */
export function toCandidate(r: Region): Candidate {
  return { code: r.code, fullName: r.fullName, kind: r.kind, validFrom: r.validFrom, validTo: r.validTo };
}

/** "서울특별시 중구(11140)": how regions are named inside messages. */
export function label(r: { fullName: string; code: string }): string {
  return `${r.fullName}(${r.code})`;
}

function period(r: Candidate): string {
  return `${r.validFrom ?? '…'}~${r.validTo ?? ''}`;
}

/** The error for an input that is blank after normalisation. */
export function emptyError(input: string, date: string): ResolutionError {
  return {
    kind: 'empty',
    input,
    date,
    candidates: [],
    ko: '지역 이름이나 코드가 비어 있습니다.',
    en: 'The region name or code is empty.',
  };
}

/** The error for an input that names nothing; `detail` explains a malformed code, `suggestions` are near misses. */
export function unknownError(
  input: string,
  date: string,
  suggestions: readonly Region[],
  detail?: Message,
): ResolutionError {
  const near = suggestions.map(label).join(', ');
  return {
    kind: 'unknown',
    input,
    date,
    candidates: suggestions.map(toCandidate),
    ko:
      (detail ? `${detail.ko}.` : `'${input}'에 해당하는 지역을 찾지 못했습니다 (${date} 기준).`) +
      (near ? ` 비슷한 이름: ${near}.` : ''),
    en:
      (detail ? `${detail.en}.` : `No region matches '${input}' (as of ${date}).`) +
      (near ? ` Did you mean: ${near}?` : ''),
  };
}

/** The error for an input that names several regions valid on the date (plus legacy 시도 labels still in use). */
export function ambiguousError(input: string, date: string, regions: readonly Region[]): ResolutionError {
  const list = regions.map((r) =>
    r.validTo !== null && r.validTo < date ? `${label(r)} [${addDays(r.validTo, 1)} 폐지]` : label(r),
  );
  const listEn = regions.map((r) =>
    r.validTo !== null && r.validTo < date ? `${label(r)} [abolished ${addDays(r.validTo, 1)}]` : label(r),
  );
  const example = regions.find((r) => r.kind !== '시도') ?? regions[0];
  const hint = example ? example.fullName : input;
  return {
    kind: 'ambiguous',
    input,
    date,
    candidates: regions.map(toCandidate),
    ko: `'${input}'은(는) ${date} 기준 ${regions.length}곳에 해당합니다: ${list.join(', ')}. 시도를 함께 적거나(예: '${hint}') sido 옵션을 쓰세요.`,
    en: `'${input}' matches ${regions.length} regions on ${date}: ${listEn.join(', ')}. Add the 시도 (e.g. '${hint}') or pass the sido option.`,
  };
}

/** What became of one region the input named, when it did not exist under that name on the date. */
export type Fate =
  | { readonly kind: 'renamed'; readonly named: Region; readonly onDate: Region }
  | {
      readonly kind: 'ended';
      readonly named: Region;
      readonly links: ReadonlyArray<{ region: Region; type: ChangeType }>;
    }
  | {
      readonly kind: 'not-yet';
      readonly named: Region;
      readonly links: ReadonlyArray<{ region: Region; type: ChangeType }>;
    };

function explain(fate: Fate, date: string): Message {
  const n = label(fate.named);
  if (fate.kind === 'renamed') {
    const w = label(fate.onDate);
    return {
      ko: `${n}은(는) ${date}에 ${w}(이)라는 이름으로 존재합니다 (같은 구역, ${fate.named.code} 유효기간 ${period(toCandidate(fate.named))}).`,
      en: `${n} existed on ${date} as ${w} (same territory; ${fate.named.code} valid ${period(toCandidate(fate.named))}).`,
    };
  }
  const side = fate.kind === 'ended' ? RELATION.after : RELATION.before;
  const linksKo = fate.links.map((l) => `${l.region.fullName}(${l.region.code}, ${side[l.type].ko})`).join(', ');
  const linksEn = fate.links.map((l) => `${l.region.fullName}(${l.region.code}, ${side[l.type].en})`).join(', ');
  if (fate.kind === 'ended') {
    const end = addDays(fate.named.validTo ?? date, 1);
    const type = fate.links[0]?.type ?? 'abolish';
    const how = type === 'abolish' ? '폐지되어' : `${withRo(CHANGE_KO[type])} 폐지되어`;
    return {
      ko: `${n}은(는) ${end}에 ${how} ${date}에는 없습니다.` + (linksKo ? ` 이후 지역: ${linksKo}.` : ''),
      en: `${n} ceased to exist on ${end} and did not exist on ${date}.` + (linksEn ? ` Successors: ${linksEn}.` : ''),
    };
  }
  const start = fate.named.validFrom ?? date;
  return {
    ko: `${n}은(는) ${start}에 신설되어 ${date}에는 아직 없었습니다.` + (linksKo ? ` 이전 지역: ${linksKo}.` : ''),
    en:
      `${n} was created on ${start} and did not yet exist on ${date}.` + (linksEn ? ` Predecessors: ${linksEn}.` : ''),
  };
}

/** The error for an input whose regions all lack a unit of that name on the date; lists where the territory went. */
export function notOnDateError(input: string, date: string, fates: readonly Fate[]): ResolutionError {
  const messages = fates.map((f) => explain(f, date));
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const f of fates) {
    const regions = f.kind === 'renamed' ? [f.onDate] : f.links.map((l) => l.region);
    for (const r of regions) {
      if (seen.has(r.code)) continue;
      seen.add(r.code);
      candidates.push(toCandidate(r));
    }
  }
  return {
    kind: 'not-on-date',
    input,
    date,
    candidates,
    ko: `'${input}'은(는) ${date}에 유효한 지역이 아닙니다. ${messages.map((m) => m.ko).join(' ')}`,
    en: `'${input}' is not a valid region on ${date}. ${messages.map((m) => m.en).join(' ')}`,
  };
}
