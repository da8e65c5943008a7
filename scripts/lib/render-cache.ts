// Where the Astro render cache of a build lives, and how a build that did not finish leaves no cache behind.
// Astro's incremental build keeps a manifest (path → cacheKey → output file) and a copy of every output it recorded.
// A build stopped midway can have rewritten output copies without writing the manifest that describes them, so a
// later build could restore a page for an old key with new content: a folder is therefore marked while Astro writes
// to it and deleted, not trusted, if the mark is still there when the next build starts.
import { createHash } from 'node:crypto';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const BUSY = '.building';

/**
 * The render cache folder of builds into `dist`: BOKJI_RENDER_CACHE (a folder; `off` for none; default
 * node_modules/.cache/bokji-atlas/render), then one folder per output folder, so builds into different folders (the
 * tests' scratch builds) never share one.
 */
export function renderCacheDir(root: string, dist: string, env: NodeJS.ProcessEnv): string | null {
  const set = env.BOKJI_RENDER_CACHE;
  if (set === 'off') return null;
  const top = set ? set : join(root, 'node_modules', '.cache', 'bokji-atlas', 'render');
  return join(top, createHash('sha256').update(dist).digest('hex').slice(0, 16));
}

/** The folder of one Astro process: shares differ with the number of processes. */
export const shareCacheDir = (dir: string, index: number, count: number): string => join(dir, `${index}-of-${count}`);

/** Marks `dir` as being written; a folder still marked from a build that did not finish is emptied first. */
export async function openRenderCache(dir: string): Promise<void> {
  if (await stat(join(dir, BUSY)).catch(() => undefined)) await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, BUSY), '');
}

/** After Astro: a complete cache stays (mark removed); after a failure the folder is deleted. */
export async function closeRenderCache(dir: string, ok: boolean): Promise<void> {
  if (ok) await rm(join(dir, BUSY), { force: true });
  else await rm(dir, { recursive: true, force: true });
}
