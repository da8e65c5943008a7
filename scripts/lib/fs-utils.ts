import { mkdir, open, readdir, rename, rm, writeFile } from 'node:fs/promises';
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
export async function writeFolderAtomically(
  target: string,
  files: ReadonlyMap<string, string | Uint8Array | Iterable<string>>,
): Promise<void> {
  const tmp = `${target}.tmp-${process.pid}`;
  const old = `${target}.old-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  for (const [path, content] of files) {
    const full = join(tmp, path);
    await mkdir(dirname(full), { recursive: true });
    if (typeof content === 'string' || content instanceof Uint8Array) await writeFile(full, content);
    else await writeChunks(full, content);
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
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Writes text piece by piece: a large dataset never has to exist as one string (V8 caps strings at ~512 MB). */
async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const handle = await open(path, 'w');
  try {
    let buffered = '';
    for (const chunk of chunks) {
      buffered += chunk;
      if (buffered.length > 1 << 20) {
        await handle.write(buffered);
        buffered = '';
      }
    }
    await handle.write(buffered);
  } finally {
    await handle.close();
  }
}

/**
 * `JSON.stringify(value, null, 1)` + newline, produced in pieces: one piece per element of each top-level array. The
 * bytes are the same as the one-string form.
 */
export function* jsonPieces(value: Record<string, unknown>): Generator<string> {
  const keys = Object.keys(value);
  if (keys.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{\n';
  for (const [k, key] of keys.entries()) {
    const item = value[key];
    const comma = k < keys.length - 1 ? ',' : '';
    if (Array.isArray(item) && item.length > 0) {
      yield ` ${JSON.stringify(key)}: [\n`;
      for (const [i, element] of item.entries()) {
        yield `${indent(JSON.stringify(element, null, 1), '  ')}${i < item.length - 1 ? ',' : ''}\n`;
      }
      yield ` ]${comma}\n`;
    } else {
      yield ` ${JSON.stringify(key)}: ${indent(JSON.stringify(item, null, 1) ?? 'null', ' ').trimStart()}${comma}\n`;
    }
  }
  yield '}\n';
}

function indent(text: string, prefix: string): string {
  return prefix + text.replace(/\n/g, `\n${prefix}`);
}
