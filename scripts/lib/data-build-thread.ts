// The data step of a full build runs in a worker thread. The validated dataset it makes (about 0.5 GB at the 1×
// synthetic nation) is written to the data folder and read back by every later step from there; kept in the build
// process, it stayed resident for the whole Astro step, next to the Astro processes' own copies. A worker's heap is
// given back when the worker ends, so only the problems and the counts cross back.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { DataBuildOptions, DataBuildResult } from './data-build.ts';

/** How many records of each kind a dataset holds: what the build reports and the social card states. */
export interface DatasetCounts {
  figures: number;
  awards: number;
  budgets: number;
  sources: number;
}

/** What the build needs of a data build: its verdict, problems, per-file stats and how many records of each kind. */
export interface DataBuildSummary extends Omit<DataBuildResult, 'dataset'> {
  /** Record counts of the dataset written, or null when none was (errors). */
  counts: DatasetCounts | null;
}

const ROLE = 'bokji-atlas:data-build';

/** A data build's result without its dataset, which stays in the thread that made it. */
export function summarise(result: DataBuildResult): DataBuildSummary {
  const { dataset: d, ...rest } = result;
  const counts = d
    ? { figures: d.figures.length, awards: d.awards.length, budgets: d.budgets.length, sources: d.sources.length }
    : null;
  return { ...rest, counts };
}

// In the worker started by runDataBuildInThread: build, answer with the summary, end.
if (!isMainThread && (workerData as { role?: string } | null)?.role === ROLE) {
  // Loaded here only: the build process itself never needs the data modules.
  const { runDataBuild } = await import('./data-build.ts');
  const { options } = workerData as { options: DataBuildOptions };
  parentPort!.postMessage(summarise(await runDataBuild(options)));
}

/** runDataBuild in a worker thread; rejects if the worker throws or ends without answering. */
export function runDataBuildInThread(options: DataBuildOptions): Promise<DataBuildSummary> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { role: ROLE, options } });
    let answered = false;
    worker.once('message', (summary: DataBuildSummary) => {
      answered = true;
      done(summary);
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (!answered)
        fail(
          new Error(
            `자료 빌드 스레드가 답 없이 끝났습니다 (종료 코드 ${code}). The data build thread ended without an answer.`,
          ),
        );
    });
  });
}
