import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../support/paths.ts';

// The purity of src/core is enforced by ESLint (eslint.config.js); this proves the rule bites where it should.
const eslint = new ESLint({ cwd: REPO });
async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'fatal');
}

describe('src/core stays pure (ESLint)', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n", 'no-restricted-imports'],
    ["import { getCollection } from 'astro:content';\nexport const f = getCollection;\n", 'no-restricted-imports'],
    ["import { siteData } from '../../astro-adapter/data.ts';\nexport const f = siteData;\n", 'no-restricted-imports'],
    ['export const w = window.innerWidth;\n', 'no-restricted-globals'],
    ['export const now = Date.now();\n', 'no-restricted-syntax'],
    ['export const today = new Date();\n', 'no-restricted-syntax'],
  ])('refuses %j in src/core', async (code, rule) => {
    expect(await ruleIds(code, 'src/core/views/example.ts')).toContain(rule);
  });

  it('allows the same Node import in scripts/ and a fixed date in src/core', async () => {
    expect(
      await ruleIds("import { readFileSync } from 'node:fs';\nexport const f = readFileSync;\n", 'scripts/example.ts'),
    ).toEqual([]);
    expect(await ruleIds("export const d = new Date('2026-07-01');\n", 'src/core/views/example.ts')).toEqual([]);
  });
});
