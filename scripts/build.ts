// `npm run build`: data → Astro → images → search index, into a temporary folder that replaces dist/ only when
// every step succeeded. A failed build leaves the previous dist/ exactly as it was.
// Environment: BOKJI_DIST (output, default dist), BOKJI_DATA_SRC (input, default data), BOKJI_DATA_DIR (validated
// JSON, default build/data), BOKJI_SITE / BOKJI_BASE (absolute site URL and sub-path, see astro.config.mjs),
// BOKJI_ASTRO_PROCESSES (Astro processes rendering side by side, default one per core up to 4: scripts/lib/astro-render.ts).
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { formatProblem } from '../src/core/domain/dataset/problem.ts';
import { astroProcesses, renderWithAstro } from './lib/astro-render.ts';
import { runDataBuildInThread } from './lib/data-build-thread.ts';
import { todayInSeoul } from './lib/fs-utils.ts';
import { exportChartImages } from './lib/export-images.ts';
import { writeSearchIndex } from './lib/search-index.ts';
import { writeSitemap } from './lib/sitemap.ts';

const verbose = process.argv.includes('--verbose');
const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.BOKJI_DIST ?? 'dist');
const tmp = `${dist}.tmp-${process.pid}`;
const timings: string[] = [];
// BOKJI_INJECT_FAILURE=<step> makes that step fail after it ran: the atomicity test proves nothing is left half-built.
const inject = process.env.BOKJI_INJECT_FAILURE;
/** Runs one step and records its time; `stop` false = throw instead of stopping the build (for steps run together). */
const step = async <T>(name: string, fn: () => Promise<T> | T, stop = true): Promise<T> => {
  const t0 = performance.now();
  const out = await fn();
  const injected = `주입된 실패 (${name}). Injected failure after step "${name}".`;
  if (inject === name) await (stop ? fail(injected) : Promise.reject(new Error(injected)));
  timings.push(`${name} ${((performance.now() - t0) / 1000).toFixed(1)}s`);
  return out;
};
const fail = async (message: string): Promise<never> => {
  await rm(tmp, { recursive: true, force: true });
  await rm(dataTmp, { recursive: true, force: true });
  console.error(`${message}\n이전 dist/는 그대로 둡니다. The previous dist/ is untouched.`);
  process.exit(1);
};

const started = performance.now();
if (verbose) console.log(`node ${process.version} (${process.execPath})`);
const dataDir = resolve(root, process.env.BOKJI_DATA_SRC ?? 'data');
const dataOut = resolve(root, process.env.BOKJI_DATA_DIR ?? 'build/data');
// The validated data goes to a staging folder too: dist/ and build/data are replaced together or not at all.
const dataTmp = `${dataOut}.next-${process.pid}`;
const data = await step('data', () => runDataBuildInThread({ dataDir, outDir: dataTmp, asOf: todayInSeoul() }));
const errors = data.problems.filter((p) => p.severity === 'error');
if (!data.ok || !data.counts) {
  for (const p of data.problems) console.error(formatProblem(p));
  await fail(`자료 검증 실패: 오류 ${errors.length}건. Data validation failed: ${errors.length} errors.`);
}
if (verbose) for (const p of data.problems) console.log(formatProblem(p));

await rm(tmp, { recursive: true, force: true });
const render = await step('astro', () =>
  renderWithAstro(root, tmp, { ...process.env, BOKJI_DATA_DIR: dataTmp }, astroProcesses(root, tmp, process.env)).catch(
    (e: Error) => fail(e.message),
  ),
);
if (verbose) {
  const each = render.seconds.map((s) => `${s.toFixed(1)}s`).join(' / ');
  console.log(`Astro: ${render.processes} processes (${each}), ${render.sharedFiles} files rendered by each`);
}
// Images, sitemap and search read only what Astro wrote, never each other's output, so they run side by side (the
// image workers and pagefind's own threads share the cores). A failure stops the build once all three have ended, so
// the staging folder is never deleted under a step still writing into it.
const finished = await Promise.allSettled([
  step('images', () => exportChartImages(tmp, dataTmp, data.counts!), false),
  step('sitemap', () => writeSitemap(tmp), false),
  step('search', () => writeSearchIndex(tmp), false),
]);
const failed = finished.find((r) => r.status === 'rejected');
if (failed) await fail(String((failed.reason as Error)?.message ?? failed.reason));
const { pages, indexed } = (finished[2] as PromiseFulfilledResult<{ pages: number; indexed: number }>).value;

await swap(tmp, dist);
await swap(dataTmp, dataOut);
/** Replaces `target` by `next` with two renames; the old folder is deleted only once the new one is in place. */
async function swap(next: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  await rm(old, { recursive: true, force: true });
  await mkdir(dirname(target), { recursive: true });
  await rename(target, old).catch(() => undefined);
  await rename(next, target);
  await rm(old, { recursive: true, force: true });
}

const d = data.counts!;
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `사이트 빌드 완료 site built: ${dist} — 페이지 pages ${pages} (검색 색인 indexed ${indexed}), 수치 figures ${d.figures}, 수상 awards ${d.awards}, ` +
    `예산 budgets ${d.budgets}, 출처 sources ${d.sources}; ${seconds}s (${timings.join(', ')}), node ${process.version}`,
);
console.log('미리 보기 preview: npm run preview  →  http://127.0.0.1:4321/');
