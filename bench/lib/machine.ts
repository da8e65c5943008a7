import { cpus, loadavg, totalmem } from 'node:os';

/** The machine a result was measured on, for the results file's header. */
export function machineLine(): string {
  const list = cpus();
  const model = list[0]?.model.trim() ?? 'unknown CPU';
  return `${model} × ${list.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}, ${process.platform}-${process.arch}`;
}

/** The load average right now: other builds on the same two cores slow every wall-clock figure down. */
export function loadLine(): string {
  const [one = 0, five = 0] = loadavg();
  return `load average ${one.toFixed(2)} (1 min), ${five.toFixed(2)} (5 min) on ${cpus().length} cores`;
}
