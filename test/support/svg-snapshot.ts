import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

const EXPECTED = join(import.meta.dirname, '..', 'snapshot', '__expected__');

/**
 * Normalises SVG so snapshots compare what a reviewer cares about: one element per line, numbers rounded to one
 * decimal (sub-pixel noise from a library upgrade is not a change). Path data, which is most of a map, is written
 * one subpath per line with whole-pixel coordinates, so a boundary change shows as a few changed lines, not one
 * changed line of 24,000 characters. Ids are already deterministic.
 */
export function normaliseSvg(svg: string): string {
  return svg
    .replace(/\sd="([^"]*)"/g, (_, d: string) => ` d="${pathLines(d)}"`)
    .replace(/(\d+\.\d)\d+/g, '$1')
    .replace(/>\s*</g, '>\n<')
    .trim()
    .concat('\n');
}

function pathLines(d: string): string {
  const rounded = d.replace(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g, (n) => String(Math.round(Number(n)) || 0));
  return rounded.replace(/(?!^)([Mm])/g, '\n  $1');
}

/**
 * Compares against test/snapshot/__expected__/<name>.svg. A mismatch writes `<name>-changed.svg` beside it for review
 * and fails; a missing expectation is written (and the test passes) only outside CI, so CI never invents a baseline.
 */
export async function expectSvgSnapshot(name: string, svg: string): Promise<void> {
  const actual = normaliseSvg(svg);
  const path = join(EXPECTED, `${name}.svg`);
  if (!existsSync(path)) {
    if (process.env.CI) throw new Error(`No expected snapshot ${name}.svg (run the tests locally once and review it).`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, actual);
    return;
  }
  const expected = await readFile(path, 'utf8');
  if (actual !== expected) await writeFile(path.replace(/\.svg$/, '-changed.svg'), actual);
  expect(actual, `${name}.svg changed: review ${name}-changed.svg and replace the expected file if it is right`).toBe(
    expected,
  );
}
