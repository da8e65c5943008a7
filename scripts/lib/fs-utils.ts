import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';

/** Every file below `dir`, as paths relative to it with forward slashes, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * Writes a whole folder or nothing: files go to a temporary sibling, which then replaces `target` by rename. A build
 * that fails half-way leaves the previous output exactly as it was.
 */
export async function writeFolderAtomically(target: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  for (const [path, content] of files) {
    const full = join(tmp, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
  }
  await mkdir(dirname(target), { recursive: true });
  let hadOld = true;
  try {
    await rename(target, old);
  } catch {
    hadOld = false;
  }
  await rename(tmp, target);
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/** Today in Asia/Seoul as YYYY-MM-DD: the only clock the build reads, and only to reject dates in the future. */
export function todayInSeoul(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
