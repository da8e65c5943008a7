// One worker thread per core renders chart PNGs; each worker lives for the whole export and is handed the font
// subset once, so font loading is paid per worker, not per chart.
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { chartPng } from './png-render.ts';

/** One chart's PNG, written straight to `dir`. */
export interface PngJob {
  svg: string;
  dir: string;
  id: string;
  title: string;
  description: string;
}

function renderChartPng(job: PngJob, fontFiles: string[]): Promise<void> {
  const alt = { title: job.title, description: job.description };
  return writeFile(join(job.dir, `${job.id}.png`), chartPng(job.svg, fontFiles, alt));
}

const WORKER_ROLE = 'bokji-atlas:png-export';

// In a worker started by runPngJobs: render each job sent, answer when its files are written.
if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE) {
  const { fontFiles } = workerData as { fontFiles: string[] };
  parentPort!.on('message', (job: PngJob) => {
    renderChartPng(job, fontFiles).then(
      () => parentPort!.postMessage({ ok: true }),
      (error: unknown) => parentPort!.postMessage({ ok: false, error: `${job.id}: ${String(error)}` }),
    );
  });
}

/** Runs PNG jobs on one worker per core (rendering is CPU-bound), with the given font files. */
export async function runPngJobs(jobs: readonly PngJob[], fontFiles: string[]): Promise<void> {
  const count = Math.max(1, Math.min(availableParallelism(), jobs.length));
  if (!jobs.length) return;
  const workers = Array.from(
    { length: count },
    () => new Worker(new URL(import.meta.url), { workerData: { role: WORKER_ROLE, fontFiles } }),
  );
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => (next < jobs.length ? worker.postMessage(jobs[next++]) : resolve());
            worker.on('message', (m: { ok: boolean; error?: string }) => (m.ok ? feed() : reject(new Error(m.error))));
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
