// The timing half of bench/png-export.ts, run in a worker thread that holds nothing but the charts' SVGs: the build's
// PNG workers hold no more, and timing in the main thread beside the whole site index measured that heap's garbage
// collection as much as the renderer.
import { Resvg } from '@resvg/resvg-js';
import { setImmediate as turn } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { encodePng } from '../../scripts/lib/png-encode.ts';
import { chartPng, PNG_SCALE, printDensity, resvgOptions } from '../../scripts/lib/png-render.ts';

/** A chart as the build's worker gets it. */
export interface TimedChart {
  svg: string;
  alt: { title: string; description: string };
  map: boolean;
}

/** What the worker is given: charts, the build's font subset and the full fonts. */
export interface PngTimingInput {
  charts: TimedChart[];
  subset: string[];
  full: string[];
}

/** CPU s per chart for every chart, the sample (full fonts → subset), maps, other charts, and the steps apart. */
export interface PngTimings {
  all: number;
  bytes: number;
  sampleFull: number;
  sampleSubset: number;
  sampleSize: number;
  maps: number;
  others: number;
  steps: { layout: number; render: number; encode: number };
}

// CPU time of the process (user + system), not wall time: other engineers' builds share the cores, and a wall-clock
// figure on a machine at load 6 says more about them than about the renderer. The main thread only waits meanwhile.
const cpuSeconds = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

/**
 * CPU s per chart of the build's per-chart work, and the PNG bytes it wrote. The event loop turns after every chart,
 * as in the build's workers (one message per chart): resvg frees an image's native memory (~10 MB a map) only in a
 * finalizer that runs on the event loop, so a loop that never yields grows by that much per chart and slows down.
 */
async function perChart(list: readonly TimedChart[], fonts: string[]) {
  let bytes = 0;
  const t0 = cpuSeconds();
  for (const c of list) {
    bytes += chartPng(c.svg, fonts, c.alt).length;
    await turn();
  }
  return { s: (cpuSeconds() - t0) / list.length, bytes };
}

async function time({ charts, subset, full }: PngTimingInput): Promise<PngTimings> {
  const sample = charts.filter((_, i) => i % Math.ceil(charts.length / 12) === 0);
  const sampleFull = (await perChart(sample, full)).s;
  const all = await perChart(charts, subset);
  const maps = (
    await perChart(
      charts.filter((c) => c.map),
      subset,
    )
  ).s;
  const others = (
    await perChart(
      charts.filter((c) => !c.map),
      subset,
    )
  ).s;
  const sampleSubset = (await perChart(sample, subset)).s;
  // The same work step by step (chartPng's three calls, timed apart).
  const steps = { layout: 0, render: 0, encode: 0 };
  for (const c of charts) {
    const t0 = cpuSeconds();
    // The same options chartPng uses.
    const resvg = new Resvg(c.svg, resvgOptions({ mode: 'zoom', value: PNG_SCALE }, subset));
    const t1 = cpuSeconds();
    const image = resvg.render();
    const pixels = image.pixels;
    const t2 = cpuSeconds();
    encodePng(pixels, image.width, image.height, { ...c.alt, pixelsPerMetre: printDensity(image.width) });
    steps.layout += (t1 - t0) / charts.length;
    steps.render += (t2 - t1) / charts.length;
    steps.encode += (cpuSeconds() - t2) / charts.length;
    await turn();
  }
  return { all: all.s, bytes: all.bytes, sampleFull, sampleSubset, sampleSize: sample.length, maps, others, steps };
}

if (parentPort && (workerData as { role?: string } | null)?.role === 'png-timing')
  parentPort.postMessage(await time((workerData as { input: PngTimingInput }).input));
