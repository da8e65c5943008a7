import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO } from '../support/paths.ts';

export interface BuildRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real site build (scripts/build.ts) on Node 24 with the given folders, as `npm run build` does. */
export function runBuild(env: {
  dist: string;
  dataOut: string;
  dataSrc?: string;
  inject?: string;
  exportCache?: string;
  astroProcesses?: number;
}): BuildRun {
  const run = spawnSync(process.execPath, [join(REPO, 'scripts', 'build.ts')], {
    cwd: REPO,
    encoding: 'utf8',
    env: {
      ...process.env,
      TZ: 'Asia/Seoul',
      BOKJI_DIST: env.dist,
      BOKJI_DATA_DIR: env.dataOut,
      ...(env.dataSrc ? { BOKJI_DATA_SRC: env.dataSrc } : {}),
      ...(env.inject ? { BOKJI_INJECT_FAILURE: env.inject } : {}),
      ...(env.exportCache ? { BOKJI_EXPORT_CACHE: env.exportCache } : {}),
      ...(env.astroProcesses ? { BOKJI_ASTRO_PROCESSES: String(env.astroProcesses) } : {}),
    },
    timeout: 600_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * A scratch folder for a test build, inside the repository's build/ (gitignored). Astro stages prerendered chunks in
 * the output folder when that is under the project, but in the project's shared .astro/ when it is not, so two builds
 * into /tmp at once would overwrite each other's chunks.
 */
export async function buildScratch(name: string): Promise<string> {
  await mkdir(join(REPO, 'build'), { recursive: true });
  return mkdtemp(join(REPO, 'build', `test-${name}-`));
}
