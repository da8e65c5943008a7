import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export interface Measured {
  /** Wall time in milliseconds, measured here around the whole child. */
  wallMs: number;
  /** Peak resident set size in bytes of the largest process in the child's tree (getrusage semantics), or null. */
  peakRss: number | null;
  /**
   * The largest sum of the resident sets of all the tree's processes at one moment (polled each second, so a spike
   * shorter than that can be missed), or null: what the machine needs when processes run side by side.
   */
  peakTotalRss: number | null;
  /** User + system CPU time in milliseconds of the whole tree (from /usr/bin/time), or null: less sensitive to load. */
  cpuMs: number | null;
  status: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

const TIME = '/usr/bin/time';

/**
 * Runs a command in its own process group and measures its wall time and peak RSS: through `/usr/bin/time -v` when
 * present (it reports the largest RSS of any process in the tree, Astro's child included), and by polling VmHWM of the
 * group's processes (the only figure left when a run is killed). On timeout the whole group is killed, so a runaway build never outlives the benchmark.
 */
export async function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs: number; scratch: string },
): Promise<Measured> {
  const useTime = existsSync(TIME);
  const timeFile = join(options.scratch, `time-${process.pid}-${Date.now()}.txt`);
  const [file, argv] = useTime ? [TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  // Also poll the group's processes: when a run is killed on timeout, /usr/bin/time never reports.
  let polled = 0;
  let total = 0;
  const poll = setInterval(() => {
    const now = groupMemory(child.pid);
    polled = Math.max(polled, now.hwm);
    total = Math.max(total, now.rss);
  }, 1000);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, options.timeoutMs);
  const status = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  clearInterval(poll);
  let peakRss: number | null = polled > 0 ? polled : null;
  if (useTime && existsSync(timeFile)) {
    const text = await readFile(timeFile, 'utf8');
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1];
    if (kb) peakRss = Math.max(Number(kb) * 1024, polled);
    const exit = /Exit status: (\d+)/.exec(text)?.[1];
    const user = Number(/User time \(seconds\): ([\d.]+)/.exec(text)?.[1] ?? NaN);
    const sys = Number(/System time \(seconds\): ([\d.]+)/.exec(text)?.[1] ?? NaN);
    const cpuMs = Number.isFinite(user + sys) ? (user + sys) * 1000 : null;
    await rm(timeFile, { force: true });
    return {
      wallMs,
      peakRss,
      peakTotalRss: total > 0 ? total : null,
      cpuMs,
      status: timedOut ? null : exit !== undefined ? Number(exit) : status,
      timedOut,
      stdout,
      stderr,
    };
  }
  return {
    wallMs,
    peakRss,
    peakTotalRss: total > 0 ? total : null,
    cpuMs: null,
    status: timedOut ? null : status,
    timedOut,
    stdout,
    stderr,
  };
}

/** The largest VmHWM (peak RSS) of any live process in process group `pgid`, and their summed VmRSS, from /proc. */
function groupMemory(pgid: number | undefined): { hwm: number; rss: number } {
  if (!pgid) return { hwm: 0, rss: 0 };
  let max = 0;
  let sum = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Synchronous reads of tiny proc files are fine inside a one-second poll.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]) !== pgid) continue;
      const status = readFileSync(`/proc/${entry}/status`, 'utf8');
      const kb = /VmHWM:\s+(\d+)/.exec(status)?.[1];
      if (kb) max = Math.max(max, Number(kb) * 1024);
      sum += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return { hwm: max, rss: sum };
}

/** Bytes as MB with one decimal (MiB, as the kernel counts). */
export function mb(bytes: number | null): string {
  return bytes === null ? '—' : `${(bytes / 2 ** 20).toFixed(0)} MB`;
}

/** Milliseconds as seconds with one decimal. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
