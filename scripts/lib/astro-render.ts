// Astro 7.3 prerenders every page on one thread, so a build with thousands of pages leaves the other cores idle. The
// build therefore starts several `astro build` processes, each rendering its share of every dynamic route
// (src/astro-adapter/renderShare.ts), and merges their folders. Static routes (home, /data/ downloads, …) are rendered
// by every process; the merge keeps one copy and refuses the build if two copies of any file differ.
import { spawn } from 'node:child_process';
import { readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';

export interface AstroRender {
  /** Astro processes that rendered the site. */
  processes: number;
  /** Files written by more than one process, all byte-identical (the static routes). */
  sharedFiles: number;
  /** Seconds each process ran, in share order: how even the shares were. */
  seconds: number[];
}

// Each process holds the whole dataset and site index (about 1 GB at the 1× synthetic scale), so more processes than
// this buys little beyond the duplicated loading and costs memory.
const MAX_PROCESSES = 4;

/**
 * How many Astro processes render the site: BOKJI_ASTRO_PROCESSES when set (a positive whole number), else one per
 * core up to MAX_PROCESSES. Astro writes its server bundle to ./.astro/ when the output folder lies outside the
 * project, where processes would overwrite each other's, so such builds render in one process.
 */
export function astroProcesses(root: string, outDir: string, env: NodeJS.ProcessEnv): number {
  const set = env.BOKJI_ASTRO_PROCESSES;
  if (set !== undefined && set !== '' && !/^[1-9]\d*$/.test(set)) {
    throw new Error(
      `BOKJI_ASTRO_PROCESSES="${set}"는 1 이상의 정수여야 합니다. BOKJI_ASTRO_PROCESSES must be a whole number ≥ 1.`,
    );
  }
  const wanted = set ? Number(set) : Math.min(availableParallelism(), MAX_PROCESSES);
  const rel = relative(root, outDir);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? wanted : 1;
}

/** Renders the site into `outDir` with `processes` Astro processes; throws (after all have ended) if any failed. */
export async function renderWithAstro(
  root: string,
  outDir: string,
  env: NodeJS.ProcessEnv,
  processes: number,
): Promise<AstroRender> {
  const astro = createRequire(import.meta.url)
    .resolve('astro/package.json')
    .replace(/package\.json$/, 'bin/astro.mjs');
  const dirs = Array.from({ length: processes }, (_, i) => (i === 0 ? outDir : `${outDir}.share-${i}`));
  await Promise.all(dirs.slice(1).map((d) => rm(d, { recursive: true, force: true })));
  const started = performance.now();
  const seconds: number[] = [];
  const codes = await Promise.all(
    dirs.map(
      (dir, i) =>
        new Promise<number | null>((done) => {
          const child = spawn(process.execPath, [astro, 'build', '--silent'], {
            cwd: root,
            stdio: 'inherit',
            env: {
              ...env,
              BOKJI_OUT_DIR: dir,
              BOKJI_RENDER_SHARE: processes > 1 ? `${i}/${processes}` : '',
              ASTRO_TELEMETRY_DISABLED: '1',
            },
          });
          child.on('error', () => done(null));
          child.on('exit', (code) => {
            seconds[i] = (performance.now() - started) / 1000;
            done(code);
          });
        }),
    ),
  );
  try {
    const failed = codes.findIndex((c) => c !== 0);
    if (failed >= 0) {
      throw new Error(`Astro 빌드 실패 (프로세스 ${failed}, 종료 코드 ${codes[failed]}). Astro build failed.`);
    }
    let sharedFiles = 0;
    for (const dir of dirs.slice(1)) sharedFiles += await mergeInto(dir, outDir, outDir);
    return { processes, sharedFiles, seconds };
  } finally {
    await Promise.all(dirs.slice(1).map((d) => rm(d, { recursive: true, force: true })));
  }
}

/**
 * Moves every file of `from` into `into`. A file both have must be byte-identical (a static route every process
 * rendered): two different copies mean the render depends on which pages a process rendered, and the build stops.
 * Returns how many such shared files there were.
 */
export async function mergeInto(from: string, into: string, top: string): Promise<number> {
  let shared = 0;
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(into, entry.name);
    const existing = await stat(target).catch(() => undefined);
    if (!existing) {
      await rename(source, target);
    } else if (entry.isDirectory() && existing.isDirectory()) {
      shared += await mergeInto(source, target, top);
    } else {
      const [a, b] = await Promise.all([readFile(source), readFile(target)]);
      if (!entry.isFile() || !existing.isFile() || !a.equals(b)) {
        throw new Error(
          `Astro 프로세스들이 ${relative(top, target)}를 서로 다르게 만들었습니다. ` +
            `Astro processes wrote different copies of ${relative(top, target)}.`,
        );
      }
      shared += 1;
    }
  }
  return shared;
}
