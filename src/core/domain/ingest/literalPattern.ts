// Characters with a meaning in a regular expression; a pattern body without any of them is literal text.
const SYNTAX = /[\\^$.|?*+()[\]{}]/;

/**
 * A test equal to `new RegExp(pattern).test(text)` for the patterns row rules mostly hold ("계$", "본청$", "^합계",
 * "소계"): literal text, optionally anchored at the start and/or the end. A rule is tested on every row of a file,
 * and a string comparison costs a fraction of a regular-expression match. null for any other pattern. Without the
 * `m` flag `$` matches only at the very end (not before a final newline), and without `u` or `i` a literal matches
 * the same UTF-16 code units, so startsWith/endsWith/includes/=== agree exactly.
 */
export function literalPatternTest(pattern: string): ((text: string) => boolean) | null {
  const start = pattern.startsWith('^');
  const end = pattern.length > (start ? 1 : 0) && pattern.endsWith('$');
  const body = pattern.slice(start ? 1 : 0, end ? -1 : pattern.length);
  if (SYNTAX.test(body)) return null;
  if (start && end) return (text) => text === body;
  if (start) return (text) => text.startsWith(body);
  if (end) return (text) => text.endsWith(body);
  return (text) => text.includes(body);
}
