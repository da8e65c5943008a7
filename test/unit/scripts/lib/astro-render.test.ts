import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroProcesses, mergeInto } from '../../../../scripts/lib/astro-render.ts';

async function folder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'astro-share-'));
  for (const [name, body] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), body);
  }
  return dir;
}

async function list(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const f of (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()))
    out[join(f.parentPath, f.name).slice(dir.length + 1)] = await readFile(join(f.parentPath, f.name), 'utf8');
  return out;
}

describe('merging the Astro processes’ folders', () => {
  it('moves every page of a share in and keeps one copy of the files every process wrote', async () => {
    const into = await folder({ 'index.html': 'home', 'regions/11/index.html': 'seoul', '_astro/a.css': 'x' });
    const from = await folder({
      'index.html': 'home',
      'regions/26/index.html': 'busan',
      '_astro/a.css': 'x',
      'data/f.csv': 'c',
    });
    expect(await mergeInto(from, into, into)).toBe(2);
    expect(await list(into)).toEqual({
      'index.html': 'home',
      'regions/11/index.html': 'seoul',
      'regions/26/index.html': 'busan',
      '_astro/a.css': 'x',
      'data/f.csv': 'c',
    });
  });

  it('stops the build when two processes wrote different copies of one file', async () => {
    const into = await folder({ 'about/index.html': 'one' });
    const from = await folder({ 'about/index.html': 'two' });
    await expect(mergeInto(from, into, into)).rejects.toThrow(/about\/index\.html/);
  });
});

describe('how many Astro processes render', () => {
  const root = '/repo';
  it('takes BOKJI_ASTRO_PROCESSES, else one per core up to four', () => {
    expect(astroProcesses(root, '/repo/dist.tmp-1', { BOKJI_ASTRO_PROCESSES: '3' })).toBe(3);
    const auto = astroProcesses(root, '/repo/dist.tmp-1', {});
    expect(auto).toBeGreaterThanOrEqual(1);
    expect(auto).toBeLessThanOrEqual(4);
  });

  it('renders in one process when the output lies outside the project (Astro would share ./.astro/ between them)', () => {
    expect(astroProcesses(root, '/tmp/site', { BOKJI_ASTRO_PROCESSES: '3' })).toBe(1);
    expect(astroProcesses(root, '/repo-other/dist', { BOKJI_ASTRO_PROCESSES: '3' })).toBe(1);
    expect(astroProcesses(root, '/repo', { BOKJI_ASTRO_PROCESSES: '3' })).toBe(1);
  });

  it('refuses a count that is not a whole number ≥ 1', () => {
    for (const set of ['0', '-2', '1.5', 'two', ' 2'])
      expect(() => astroProcesses(root, '/repo/dist', { BOKJI_ASTRO_PROCESSES: set }), set).toThrow(
        /BOKJI_ASTRO_PROCESSES/,
      );
  });
});
