import type { Period, Quantity } from '../domain/dataset/types.ts';
import { hasHangul, romanize } from '../domain/text/romanize.ts';
import { englishDate } from './englishDate.ts';

/**
 * English wording for citations. Names come from data/english/names.csv (`kind,ko,en`); a name without an English entry
 * is romanised with the Korean in parentheses, so an English citation never carries Hangul outside parentheses.
 */
export type NameKind = 'issuer' | 'region' | 'program' | 'measure' | 'metric' | 'kind';
export type Glossary = ReadonlyMap<string, string>;

/** Glossary key of a Korean name of one kind. */
export const glossaryKey = (kind: NameKind, ko: string): string => `${kind}:${ko}`;

/** A name in English: the glossary's English, else `Romanised (한글)`; text without Hangul is kept as is. */
export function englishName(kind: NameKind, ko: string, glossary: Glossary): string {
  const en = glossary.get(glossaryKey(kind, ko));
  if (en) return en;
  if (!hasHangul(ko)) return ko;
  const roman = romanize(ko);
  return hasHangul(roman) || roman === '' ? `(${ko})` : `${roman} (${ko})`;
}

/** A region name in English order (`Gangdong-gu, Seoul`): each part from the glossary, else romanised. */
export function englishRegion(name: string, glossary: Glossary): string {
  if (glossary.has(glossaryKey('region', name))) return glossary.get(glossaryKey('region', name))!;
  const parts = name.split(/\s+/).filter(Boolean);
  const known = parts.map((p) => glossary.get(glossaryKey('region', p)));
  const en = parts
    .map((p, i) => known[i] ?? romanize(p))
    .reverse()
    .join(', ');
  return known.every(Boolean) ? en : `${en} (${name})`;
}

const UNITS: Record<string, [string, string]> = {
  가구: ['household', 'households'],
  세대: ['household', 'households'],
  명: ['person', 'people'],
  건: ['case', 'cases'],
  개: ['unit', 'units'],
  곳: ['place', 'places'],
  회: ['time', 'times'],
};
const QUALIFIERS: Record<string, string> = {
  approx: 'about ',
  over: 'over ',
  'at-least': 'at least ',
  'at-most': 'at most ',
  'less-than': 'less than ',
  'more-than': 'more than ',
  'up-to': 'up to ',
};

function scaled(value: number): string {
  const abs = Math.abs(value);
  const [div, word] =
    abs >= 1e12 ? [1e12, ' trillion'] : abs >= 1e9 ? [1e9, ' billion'] : abs >= 1e6 ? [1e6, ' million'] : [1, ''];
  const n = value / div;
  return `${div === 1 ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 })}${word}`;
}

/** `KRW 22.8 billion`, `140,800 households`, `about 174,000 households`, `44%`, `KRW 350,000 per household`. */
export function englishAmount(q: Pick<Quantity, 'value' | 'unit' | 'approx'>): string {
  const prefix = q.approx.map((a) => QUALIFIERS[a] ?? '').join('');
  const number = q.value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  if (q.unit === '원') return `${prefix}KRW ${scaled(q.value)}`;
  if (q.unit.startsWith('원/'))
    return `${prefix}KRW ${number} per ${UNITS[q.unit.slice(2)]?.[0] ?? `(${q.unit.slice(2)})`}`;
  if (q.unit === '%') return `${prefix}${number}%`;
  if (q.unit === '%p') return `${prefix}${number} percentage points`;
  const unit = UNITS[q.unit];
  return `${prefix}${number} ${unit ? unit[q.value === 1 ? 0 : 1] : `(${q.unit})`}`;
}

/** A period in English: `2024`, `2019–2023`, `December 2023`, `14 December 2023`, `year not stated`. */
export function englishPeriod(period: Period): string {
  if (period.kind === 'range' && period.start && period.end)
    return `${period.start.slice(0, 4)}–${period.end.slice(0, 4)}`;
  if (period.kind === 'unknown') return 'year not stated';
  return englishDate(period.text);
}
