import { codeUnitOrder } from '../text/textOrder.ts';
/** Where a problem was found: a file, and optionally a 1-based line and a column name. */
export interface ProblemLocation {
  file: string;
  line?: number;
  column?: string;
}

/**
 * One thing wrong (error) or worth a look (warning) in the input, in words a data maintainer can act on.
 * Every message exists in Korean and English; `value` is the offending cell as written.
 */
export interface Problem extends ProblemLocation {
  severity: 'error' | 'warning';
  code: string;
  value?: string;
  ko: string;
  en: string;
  /** A concrete fix or the candidates to choose from, when one exists. */
  suggestion?: { ko: string; en: string };
}

/** Builds an error at a location. */
export function error(
  at: ProblemLocation,
  code: string,
  ko: string,
  en: string,
  extra: Partial<Problem> = {},
): Problem {
  return { severity: 'error', ...at, code, ko, en, ...extra };
}

/** Builds a warning at a location. */
export function warning(
  at: ProblemLocation,
  code: string,
  ko: string,
  en: string,
  extra: Partial<Problem> = {},
): Problem {
  return { severity: 'warning', ...at, code, ko, en, ...extra };
}

/** Orders problems by file, line and column so reports read top to bottom and are deterministic. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      codeUnitOrder(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      codeUnitOrder(a.column ?? '', b.column ?? '') ||
      codeUnitOrder(a.code, b.code),
  );
}

/** One line per problem: `file:line [column] code — 한국어 / English (값: "…")`. */
export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}${p.column ? ` [${p.column}]` : ''}`;
  const value = p.value !== undefined ? ` (값/value: ${JSON.stringify(truncate(p.value, 80))})` : '';
  const hint = p.suggestion ? `\n    → ${p.suggestion.ko} / ${p.suggestion.en}` : '';
  const tag = p.severity === 'error' ? '오류 error' : '경고 warning';
  return `${where} ${tag} ${p.code}: ${p.ko} / ${p.en}${value}${hint}`;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}
