// PNGs of unchanged charts are copied from the previous build instead of rendered again.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PRINT_WIDTH_PX, SCREEN_SCALE } from './png-render.ts';
import type { PngJob } from './png-workers.ts';

/**
 * A content-addressed store in `dir`: the key covers everything a chart's PNGs depend on — sizes, alt text, the SVG
 * (and so the characters it draws) and the font subset's glyph identity (source fonts and subsetting tools; see
 * FontSubset). Entries this build did not use are removed by save().
 */
export async function openPngCache(dir: string, glyphsId: string) {
  await mkdir(dir, { recursive: true });
  const used = new Set<string>();
  const keyOf = (job: PngJob) => {
    const key = createHash('sha256')
      .update(JSON.stringify(['v2', SCREEN_SCALE, PRINT_WIDTH_PX, glyphsId, job.title, job.description, job.svg]))
      .digest('hex')
      .slice(0, 32);
    used.add(key);
    return key;
  };
  const files = (job: PngJob, key: string) =>
    [
      [join(dir, `${key}.png`), join(job.dir, `${job.id}.png`)],
      [join(dir, `${key}-print.png`), join(job.dir, `${job.id}-print.png`)],
    ] as const;
  return {
    async restore(job: PngJob): Promise<boolean> {
      const pairs = files(job, keyOf(job));
      if (!pairs.every(([cached]) => existsSync(cached))) return false;
      for (const [cached, target] of pairs) await copyFile(cached, target);
      return true;
    },
    async save(jobs: readonly PngJob[]): Promise<void> {
      for (const job of jobs) for (const [cached, target] of files(job, keyOf(job))) await copyFile(target, cached);
      for (const name of await readdir(dir))
        if (name.endsWith('.png') && !used.has(name.replace(/(-print)?\.png$/, '')))
          await rm(join(dir, name), { force: true });
    },
  };
}
