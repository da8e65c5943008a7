// `npm run bench`: every benchmark in sequence, each in its own process, then bench/results.md is rewritten with a
// table per benchmark (figure, target, met/missed), the date, the machine and the Node version. Must finish in under
// 20 minutes on a 2-core machine: the build-scaling benchmark gets what the others leave of that budget.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { loadLine, machineLine } from './lib/machine.ts';
import { renderSection, type Section } from './lib/report.ts';

const REPO = resolve(import.meta.dirname, '..');
const RESULTS = join(REPO, 'bench', '.tmp', 'results');
const TOTAL_BUDGET_S = 20 * 60;
/** Seconds kept for everything after build scaling (ingestion < 1 min, Lighthouse ~4 min with three runs a page). */
const RESERVED_S = 5 * 60;

function run(script: string, args: string[]): Promise<{ status: number | null; stdout: string; seconds: number }> {
  const started = performance.now();
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(REPO, 'bench', script), ...args], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      process.stdout.write(d);
    });
    child.on('close', (status) => done({ status, stdout, seconds: (performance.now() - started) / 1000 }));
  });
}

/** Runs a benchmark that writes a Section as JSON; a crash becomes a section that says so. */
async function structured(title: string, script: string, args: string[] = []): Promise<Section> {
  const file = join(RESULTS, script.replace(/\.ts$/, '.json'));
  await rm(file, { force: true });
  const r = await run(script, [...args, '--json', file]);
  if (r.status === 0 && existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Section;
  return {
    title,
    seconds: r.seconds,
    rows: [{ figure: `${script} finished`, value: `exit ${r.status}`, target: 'exit 0', met: false }],
    notes: ['The benchmark crashed; see the console output of `npm run bench`.'],
  };
}

/** Runs one of the text-only benchmarks (geo, region maps) and keeps its output verbatim. */
async function verbatim(title: string, script: string, args: string[] = []): Promise<Section> {
  const r = await run(script, args);
  const lines = r.stdout
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('npm warn'));
  return {
    title,
    seconds: r.seconds,
    rows: [
      {
        figure: `bench/${script} (exits non-zero when a target it checks is missed)`,
        value: `exit ${r.status}`,
        target: 'exit 0',
        met: r.status === 0,
      },
    ],
    notes: [`Output:\n\n\`\`\`text\n${lines.join('\n')}\n\`\`\``],
  };
}

const started = performance.now();
const startedAt = new Date();
const loadAtStart = loadLine();
await mkdir(RESULTS, { recursive: true });
const sections: Section[] = [];
sections.push(await structured('PNG export (one core)', 'png-export.ts'));
sections.push(await structured('Default dataset: cold build and one-row rebuild', 'rebuild.ts'));
const scaleBudget = TOTAL_BUDGET_S - RESERVED_S - (performance.now() - started) / 1000;
sections.push(
  await structured('Build scaling', 'build-scale.ts', ['--budget', String(Math.round(scaleBudget)), '--scales', '1,2']),
);
sections.push(await structured('Ingestion', 'ingest.ts'));
const dist = join(REPO, 'bench', '.tmp', 'default', 'dist');
sections.push(await structured('Page weight', 'page-weight.ts', existsSync(dist) ? ['--dist', dist] : []));
sections.push(await structured('Lighthouse', 'audit.ts', existsSync(dist) ? ['--dist', dist] : []));
sections.push(await verbatim('Map geometry (bench/geo.ts)', 'geo.ts'));
if (existsSync(join(REPO, 'bench', 'region-maps.ts')))
  sections.push(
    await verbatim('Region maps (bench/region-maps.ts)', 'region-maps.ts', existsSync(dist) ? ['--dist', dist] : []),
  );
const totalS = (performance.now() - started) / 1000;

const seoul = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Seoul',
  dateStyle: 'short',
  timeStyle: 'short',
}).format(startedAt);
const allRows = sections.flatMap((s) => s.rows.filter((r) => r.met !== null).map((r) => ({ ...r, section: s.title })));
const missed = allRows.filter((r) => r.met === false);
const text = [
  '# 복지 아틀라스 — benchmark results',
  '',
  'Written by `npm run bench` (bench/run.ts); every figure below comes from that run. Not part of `npm test`.',
  '',
  `- Run: ${seoul} (Asia/Seoul), ${totalS.toFixed(0)} s end to end (target < 20 min: ${totalS < 1200 ? 'met' : 'missed'})`,
  `- Machine: ${machineLine()}`,
  `- Load: at start ${loadAtStart}; at end ${loadLine()}`,
  `- Targets met: ${allRows.length - missed.length} of ${allRows.length}${missed.length ? `; missed: ${missed.map((r) => `${r.section} — ${r.figure}`).join('; ')}` : ''}`,
  '',
  ...sections.map((s) => `${renderSection(s)}\n`),
].join('\n');
await writeFile(join(REPO, 'bench', 'results.md'), text);
console.log(
  `\nbench/results.md written: ${allRows.length - missed.length}/${allRows.length} targets met, ${totalS.toFixed(0)} s.`,
);
