import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  closeRenderCache,
  openRenderCache,
  renderCacheDir,
  shareCacheDir,
} from '../../../../scripts/lib/render-cache.ts';

describe('the render cache folder', () => {
  it('is one folder per output folder, under BOKJI_RENDER_CACHE or node_modules/.cache; `off` means none', () => {
    const a = renderCacheDir('/repo', '/repo/dist', {});
    expect(a).toMatch(/^\/repo\/node_modules\/\.cache\/bokji-atlas\/render\/[0-9a-f]{16}$/);
    expect(renderCacheDir('/repo', '/repo/dist', {})).toBe(a);
    expect(renderCacheDir('/repo', '/repo/build/x', {})).not.toBe(a);
    expect(renderCacheDir('/repo', '/repo/dist', { BOKJI_RENDER_CACHE: '/c' })).toMatch(/^\/c\/[0-9a-f]{16}$/);
    expect(renderCacheDir('/repo', '/repo/dist', { BOKJI_RENDER_CACHE: 'off' })).toBeNull();
    expect(shareCacheDir('/c/x', 1, 2)).toBe('/c/x/1-of-2');
  });

  it('keeps what a finished build wrote, and empties a folder a build left unfinished', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'render-cache-')), 'cache');
    await openRenderCache(dir);
    await mkdir(join(dir, '0-of-2'), { recursive: true });
    await writeFile(join(dir, '0-of-2', 'incremental-build.json'), '{}');
    await closeRenderCache(dir, true);
    expect(await readdir(dir, { recursive: true })).toEqual(['0-of-2', '0-of-2/incremental-build.json']);

    // A build that stops midway (killed: no close) leaves its mark; the next build starts from an empty folder.
    await openRenderCache(dir);
    await writeFile(join(dir, '0-of-2', 'half-written.html'), 'x');
    await openRenderCache(dir);
    expect(await readdir(dir)).toEqual(['.building']);

    // A failed Astro step deletes the folder.
    await closeRenderCache(dir, false);
    await expect(readdir(dir)).rejects.toThrow();
  });
});
