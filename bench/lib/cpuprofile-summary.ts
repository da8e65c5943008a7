// Summarises a V8 .cpuprofile: self time per function, top N. Usage: node bench/lib/cpuprofile-summary.ts <file> [N]
import { readFileSync } from 'node:fs';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
  children?: number[];
}

/** Self time (ms) per function of a V8 CPU profile, largest first. */
export function selfTimes(profile: {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}): Array<[string, number]> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id);
    if (!n) return;
    const f = n.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/(node_modules\/)?/, '')}:${f.lineNumber + 1}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

if (import.meta.main) {
  const [file, n] = process.argv.slice(2);
  for (const [name, ms] of selfTimes(JSON.parse(readFileSync(file!, 'utf8'))).slice(0, Number(n ?? 25)))
    console.log(`${ms.toFixed(0).padStart(7)} ms  ${name}`);
}
