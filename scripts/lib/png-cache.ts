// PNGs of unchanged charts are copied from the previous build instead of rendered again.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PNG_SCALE, PRINT_WIDTH_CM, RENDERER_ID } from './png-render.ts';
import type { PngJob } from './png-workers.ts';

/**
 * A content-addressed store in `dir`: the key covers everything a chart's PNG depends on — size, density, alt text, the
 * SVG (and so the characters it draws), the font subset's glyph identity (source fonts and subsetting tools; see
 * FontSubset) and the renderer (resvg version, encoder settings, zlib build). Entries this build did not use are
 * removed by save().
 */
export async function openPngCache(dir: string, glyphsId: string) {
  await mkdir(dir, { recursive: true });
  const used = new Set<string>();
  const keyOf = (job: PngJob) => {
    const key = createHash('sha256')
      .update(
        JSON.stringify(['v3', RENDERER_ID, PNG_SCALE, PRINT_WIDTH_CM, glyphsId, job.title, job.description, job.svg]),
      )
      .digest('hex')
      .slice(0, 32);
    used.add(key);
    return key;
  };
  const target = (job: PngJob) => join(job.dir, `${job.id}.png`);
  return {
    // Synchronous copies: for thousands of small files ~10× faster here than fs/promises (see search-index.ts).
    restore(job: PngJob): boolean {
      const cached = join(dir, `${keyOf(job)}.png`);
      if (!existsSync(cached)) return false;
      copyFileSync(cached, target(job));
      return true;
    },
    save(jobs: readonly PngJob[]): void {
      for (const job of jobs) copyFileSync(target(job), join(dir, `${keyOf(job)}.png`));
      for (const name of readdirSync(dir))
        if (name.endsWith('.png') && !used.has(name.slice(0, -'.png'.length))) rmSync(join(dir, name), { force: true });
    },
  };
}
