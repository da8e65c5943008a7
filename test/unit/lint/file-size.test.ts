import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../support/paths.ts';

/** One concept per file: no code file in src/, scripts/ or bench/ is longer than this (stylesheets are not counted). */
const MAX_LINES = 250;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name.startsWith('.') || e.name === 'node_modules'
        ? []
        : sources(join(dir, e.name))
      : /\.(ts|astro|mjs|js)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

describe('file size', () => {
  it(`keeps every file of src/, scripts/ and bench/ within ${MAX_LINES} lines`, () => {
    const files = ['src', 'scripts', 'bench'].flatMap((d) => sources(join(REPO, d)));
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((f) => ({ file: relative(REPO, f), lines: readFileSync(f, 'utf8').split('\n').length - 1 }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines}`);
    expect(long).toEqual([]);
  });
});
