import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { REPO_ROOT } from './loadRegistry.ts';

const dir = new URL('src/lib/regions/', REPO_ROOT);
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('src/lib/regions stays pure', () => {
  it('has files to check', () => {
    expect(files).toEqual(expect.arrayContaining(['index.ts', 'registry.ts', 'identity.ts', 'resolve.ts']));
  });

  it.each(files)('%s imports only papaparse and sibling modules', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    const specifiers = [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
    for (const s of specifiers) expect(s === 'papaparse' || /^\.\/[\w-]+\.ts$/.test(s ?? ''), `${file}: ${s}`).toBe(true);
    expect(source).not.toMatch(/['"]node:/);
    expect(source).not.toMatch(/\brequire\(|\bimport\(/);
  });

  it.each(files)('%s uses no clock and no browser globals', (file) => {
    const source = readFileSync(new URL(file, dir), 'utf8');
    expect(source).not.toMatch(/Date\.now\(|new Date\(\s*\)|Math\.random\(/);
    expect(source).not.toMatch(/\b(window|document|process)\./);
  });
});
