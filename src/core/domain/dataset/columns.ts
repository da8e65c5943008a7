import { z } from 'zod';

/** What a column must hold, in words for the validation report. */
export interface Expectation {
  ko: string;
  en: string;
}

/** A column's schema plus the words that explain it when a value fails. */
export interface Column {
  schema: z.ZodType<string>;
  expected: Expectation;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const PERIOD = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-\d{4})?$/;
const YEAR = /^(19|20)\d{2}$/;

function col(schema: z.ZodType<string>, ko: string, en: string): Column {
  return { schema, expected: { ko, en } };
}

const required = z.string().min(1);
const optional = z.string();

export const columns = {
  id: col(
    required.regex(SLUG),
    '영문 소문자·숫자·하이픈으로 된 식별자 (예: jeonnam-20231214-gidongdae-1)',
    'an id of lowercase letters, digits and hyphens (e.g. jeonnam-20231214-gidongdae-1)',
  ),
  ref: col(required.regex(SLUG), '다른 파일에 있는 식별자', 'an id defined in another file'),
  optionalRef: col(optional.regex(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*$/), '식별자 또는 빈칸', 'an id or empty'),
  text: col(required.max(500), '비어 있지 않은 글 (500자 이하)', 'non-empty text (at most 500 characters)'),
  optionalText: col(optional.max(2000), '2000자 이하의 글', 'text of at most 2000 characters'),
  date: col(
    optional.regex(/^$|^\d{4}(-\d{2}){0,2}$/).refine((v) => v === '' || DATE.test(v)),
    'YYYY-MM-DD, YYYY-MM, YYYY 또는 빈칸',
    'YYYY-MM-DD, YYYY-MM, YYYY or empty',
  ),
  period: col(
    optional.refine((v) => v === '' || PERIOD.test(v)),
    'YYYY, YYYY-MM, YYYY-MM-DD 또는 기간 YYYY-YYYY',
    'YYYY, YYYY-MM, YYYY-MM-DD or a range YYYY-YYYY',
  ),
  year: col(required.regex(YEAR), '네 자리 연도 (예: 2023)', 'a four-digit year (e.g. 2023)'),
  optionalYear: col(
    optional.regex(/^$|^(19|20)\d{2}$/),
    '네 자리 연도 또는 빈칸 (모르면 note에 이유)',
    'a four-digit year, or empty (then say why in note)',
  ),
  url: col(
    optional.refine((v) => v === '' || isHttpUrl(v)),
    'http:// 또는 https:// 로 시작하는 주소, 또는 빈칸',
    'an http:// or https:// address, or empty',
  ),
  count: col(optional.regex(/^$|^[1-9]\d{0,3}$/), '1 이상의 정수 또는 빈칸', 'a positive whole number or empty'),
} as const;

/** Allowed words of the enumerated columns. */
export const vocab = {
  sourceKind: ['보도자료', '기사', '통계', '법령', '자료집', '웹페이지', '데이터셋', '공시'],
  reliability: ['원문', '보도', '2차인용', '미확인'],
  status: ['확인', '2차인용', '미확인'],
  qualifier: ['누적', '연간', '목표', '잠정', '계획', '예산', '결산'],
  aggregation: ['annual', 'cumulative', 'stock', 'target', 'rate'],
  account: ['', '일반회계', '일반+특별회계', '총계', '순계'],
  stage: ['', '예산안', '당초', '추경', '최종', '결산'],
} as const;

export function oneOf(words: readonly string[], allowEmpty = false): Column {
  const list = words.filter((w) => w !== '');
  const schema = z.string().refine((v) => (allowEmpty && v === '') || list.includes(v));
  const empty = allowEmpty ? ' (또는 빈칸)' : '';
  return {
    schema,
    expected: {
      ko: `다음 중 하나: ${list.join(', ')}${empty}`,
      en: `one of: ${list.join(', ')}${allowEmpty ? ' (or empty)' : ''}`,
    },
  };
}

/** `|`-separated words, each from the list. */
export function listOf(words: readonly string[]): Column {
  const schema = z.string().refine((v) => v === '' || v.split('|').every((w) => words.includes(w.trim())));
  return {
    schema,
    expected: {
      ko: `"|"로 구분한 다음 낱말: ${words.join(', ')}`,
      en: `"|"-separated words from: ${words.join(', ')}`,
    },
  };
}

function isHttpUrl(value: string): boolean {
  // Characters that are never raw in a URL (RFC 3986) are refused rather than percent-encoded on the reader's behalf.
  if (!/^https?:\/\//i.test(value) || /[\s"'<>\\`{}|^]/.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}
