import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = join(import.meta.dirname, '..', '..', 'src', 'core');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('src/core is the pure core', () => {
  it('imports no node:*, astro:*, and uses no window, document or clock', () => {
    const offences: string[] = [];
    for (const file of sources(LIB)) {
      const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      const rel = relative(LIB, file);
      if (/from\s+['"](node:|astro:|fs['"]|path['"])/.test(text) || /import\(\s*['"](node:|astro:)/.test(text)) offences.push(`${rel}: node/astro import`);
      if (/\bwindow\./.test(text) || /(?<![.\w])document\.[a-zA-Z]+[(.]/.test(text)) offences.push(`${rel}: browser global`);
      if (/Date\.now\(\)|new Date\(\)/.test(text)) offences.push(`${rel}: reads the clock`);
    }
    expect(offences).toEqual([]);
  });

  it('finds the core files it checks', () => {
    expect(sources(LIB).length).toBeGreaterThan(20);
  });
});
