import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listFiles } from '../../scripts/lib/fs-utils.ts';

export const REPO = join(import.meta.dirname, '..', '..');
export const REGIONS_DIR = join(REPO, 'data', 'regions');
export const AS_OF = '2026-11-23';

/** A scratch copy of a case's input folder. */
export async function scratchCopy(caseDir: string): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'bokji-pipeline-'));
  await cp(caseDir, join(dir, 'data'), { recursive: true });
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** sha256 of every file in a folder, keyed by relative path: to prove a failed build changed nothing. */
export async function hashFolder(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const path of await listFiles(dir))
    out[path] = createHash('sha256')
      .update(await readFile(join(dir, path)))
      .digest('hex');
  return out;
}
