import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figureScopes, glossary } from '../../../src/astro-adapter/english.ts';
import { hasHangul } from '../../../src/core/domain/text/romanize.ts';

// data/english/*.csv are read by the pages, not by the data build: this checks what the build would.
const figureIds = new Set(
  ['crisis-household-discovery', 'jeonnam-gidongdae'].flatMap((f) =>
    readFileSync(new URL(`../../../data/figures/${f}.csv`, import.meta.url), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]),
  ),
);

describe('English names and figure scopes (data/english/)', () => {
  it('names: unique keys of known kinds; English without Hangul outside parentheses', () => {
    const text = readFileSync(new URL('../../../data/english/names.csv', import.meta.url), 'utf8');
    const keys = text
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').slice(0, 2).join(':'));
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    for (const [key, en] of glossary()) {
      expect(key).toMatch(/^(issuer|region|program|measure|metric|kind):/);
      expect(hasHangul(en.replace(/\([^()]*\)/g, '')), `${key} → ${en}`).toBe(false);
    }
  });

  it('figure scopes name existing figures and have both languages', () => {
    for (const [id, scope] of figureScopes()) {
      expect(figureIds.has(id), id).toBe(true);
      expect(scope.ko && scope.en, id).toBeTruthy();
      expect(hasHangul(scope.en.replace(/\([^()]*\)/g, '')), id).toBe(false);
    }
  });
});
