// Build scaling: wall time and peak RSS of the data build alone (scripts/build-data.ts) and of the full site build
// (scripts/build.ts) for the default dataset and synthetic nations at 1×, 2×, 4× (8×: data build only, when the 4× full
// build is too slow to measure). Full builds are skipped when the last one, doubled with margin, would overrun the
// time budget. Usage: npx node bench/build-scale.ts [--budget 660] [--scales 1,2,4] [--json out.json]
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { generateScale } from './generate.ts';
import { selfTimes } from './lib/cpuprofile-summary.ts';
import { mb, measure, seconds, type Measured } from './lib/measure.ts';
import { emit, type Row, type Section } from './lib/report.ts';

const REPO = resolve(import.meta.dirname, '..');
const TMP = join(REPO, 'bench', '.tmp');

interface Point {
  name: string;
  scale: number | null;
  records: string;
  generateS?: number;
  data?: Measured;
  full?: Measured;
  fullSkipped?: string;
  pages?: number;
  /** Charts written (each with an embed page, SVG, PNG and downloads). */
  charts?: number;
  phases?: string;
  distSize?: string;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};

function summary(m: Measured | undefined, skipped?: string): string {
  if (!m) return skipped ? `skipped: ${skipped}` : '—';
  if (m.timedOut) return `timed out after ${seconds(m.wallMs)} (peak ${mb(m.peakRss)})`;
  if (m.status !== 0)
    return `FAILED (exit ${m.status}) after ${seconds(m.wallMs)}, peak ${mb(m.peakRss)}: ${lastLine(m.stderr)}`;
  return `${seconds(m.wallMs)}, peak ${mb(m.peakRss)}${m.peakTotalRss ? ` (all processes together ${mb(m.peakTotalRss)})` : ''}`;
}

function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('npm warn') && !l.startsWith('at '));
  return (lines.find((l) => /Error|error|실패/.test(l)) ?? lines.pop() ?? '').slice(0, 200);
}

const ok = (m: Measured | undefined): m is Measured => !!m && m.status === 0 && !m.timedOut;

/** Runs the whole scaling benchmark within `budgetS` seconds of wall time. */
export async function buildScaleBenchmark(budgetS: number, scales: number[]): Promise<Section> {
  const started = performance.now();
  const remaining = () => budgetS - (performance.now() - started) / 1000;
  const points: Point[] = [];
  const notes: string[] = [];
  const node = process.execPath;
  let profile: Array<[string, number]> = [];
  let lastFull: { scale: number; s: number } | null = null;

  for (const scale of [0, ...scales]) {
    const name = scale === 0 ? 'default (data/)' : `synthetic ${scale}×`;
    const dir = join(TMP, scale === 0 ? 'default' : `scale-${scale}`);
    await mkdir(dir, { recursive: true });
    const point: Point = { name, scale: scale || null, records: '' };
    let dataDir = join(REPO, 'data');
    if (scale > 0) {
      const counts = await generateScale(scale, dir);
      dataDir = join(dir, 'data');
      point.generateS = counts.seconds;
      point.records = `${counts.figures.toLocaleString('en-US')} figures, ${counts.awards.toLocaleString('en-US')} awards, ${counts.budgets.toLocaleString('en-US')} budgets (${counts.publishedRows.toLocaleString('en-US')} via published/), ${counts.sources.toLocaleString('en-US')} sources; ${(counts.bytes / 2 ** 20).toFixed(0)} MB`;
    }
    const timeoutMs = Math.max(30, remaining()) * 1000;
    // The data-only build writes the folder the full build then replaces with identical content (same input).
    const dataArgs = [join(REPO, 'scripts', 'build-data.ts'), '--data', dataDir, '--out', join(dir, 'build-data')];
    if (scale === 1) dataArgs.unshift('--cpu-prof', `--cpu-prof-dir=${join(dir, 'prof')}`);
    point.data = await measure(node, dataArgs, { cwd: REPO, timeoutMs, scratch: TMP });
    if (scale === 0)
      point.records =
        /수치 figures (\d+), 수상 awards (\d+), 예산 budgets (\d+), 출처 sources (\d+)/
          .exec(point.data.stdout)
          ?.slice(1)
          .join(' / ') + ' (figures / awards / budgets / sources)';
    if (scale === 1 && existsSync(join(dir, 'prof'))) {
      const file = (await readdir(join(dir, 'prof'))).find((f) => f.endsWith('.cpuprofile'));
      if (file) profile = selfTimes(JSON.parse(await readFile(join(dir, 'prof', file), 'utf8'))).slice(0, 10);
      await rm(join(dir, 'prof'), { recursive: true, force: true });
      notes.push('The 1× data build ran with --cpu-prof (adds a few % to its time).');
    }

    // 2.2× per doubling is the target curve; a build projected past the budget is not started.
    const projected = lastFull ? lastFull.s * 2.2 ** Math.log2(scale / lastFull.scale) : 0;
    // Keep time for the data builds still to come (they give the data curve even when full builds cannot finish).
    const later = scales.filter((s) => s > scale).reduce((sum, s) => sum + s, 0) + (scales.includes(4) ? 8 : 0);
    const perUnit = scale > 0 && ok(point.data) ? point.data.wallMs / 1000 / scale : 15;
    const fullBudget = remaining() - later * perUnit * 1.5;
    if (scale === 8) point.fullSkipped = '8× runs the data build only';
    else if (scale === 0) point.fullSkipped = 'measured by bench/rebuild.ts (its cold build)';
    else if (fullBudget < 30) point.fullSkipped = `no time left in the ${budgetS} s budget`;
    else if (lastFull && projected > fullBudget)
      point.fullSkipped = `projected ${projected.toFixed(0)} s (2.2× per doubling from the ${lastFull.scale}× build) > ${fullBudget.toFixed(0)} s left for it in the ${budgetS} s budget`;
    else {
      const dist = join(dir, 'dist');
      // Cold: the PNG cache beside the data would keep an earlier run's charts, and the image step measure only changes.
      await rm(join(dir, 'export-cache'), { recursive: true, force: true });
      const env = {
        ...process.env,
        BOKJI_DATA_SRC: dataDir,
        BOKJI_DIST: dist,
        BOKJI_DATA_DIR: join(dir, 'build-data'),
      };
      point.full = await measure(node, [join(REPO, 'scripts', 'build.ts')], {
        cwd: REPO,
        env,
        timeoutMs: fullBudget * 1000,
        scratch: TMP,
      });
      const out = point.full.stdout;
      point.pages = Number(/페이지 pages (\d+)/.exec(out)?.[1] ?? NaN);
      point.phases = /s \(([^)]*)\), node/.exec(out)?.[1];
      if (existsSync(dist)) {
        point.distSize = execFileSync('du', ['-sh', dist], { encoding: 'utf8' }).split('\t')[0];
        point.charts = (await readdir(join(dist, 'charts'))).filter((f) => f.endsWith('.json')).length;
      }
      for (const entry of await readdir(dir))
        if (entry.startsWith('dist.tmp-') || entry.startsWith('build-data.next-'))
          await rm(join(dir, entry), { recursive: true, force: true });
      if (ok(point.full) && scale > 0) lastFull = { scale, s: point.full.wallMs / 1000 };
      // Synthetic sites are big: only their figures are kept.
      if (scale > 0) await rm(dist, { recursive: true, force: true });
    }
    if (scale > 0) await rm(join(dir, 'build-data'), { recursive: true, force: true });
    points.push(point);
    console.error(`[build-scale] ${name}: data ${summary(point.data)}; full ${summary(point.full, point.fullSkipped)}`);
  }

  // 8×: only when the 4× full build was too slow (or impossible) to give the curve.
  const four = points.find((p) => p.scale === 4);
  if (four && (!ok(four.full) || four.full.wallMs > 300_000) && remaining() > 60) {
    const dir = join(TMP, 'scale-8');
    const counts = await generateScale(8, dir);
    const data = await measure(
      node,
      [join(REPO, 'scripts', 'build-data.ts'), '--data', join(dir, 'data'), '--out', join(dir, 'data-only')],
      { cwd: REPO, timeoutMs: remaining() * 1000, scratch: TMP },
    );
    points.push({
      name: 'synthetic 8×',
      scale: 8,
      records: `${counts.figures.toLocaleString('en-US')} figures, ${counts.awards.toLocaleString('en-US')} awards, ${counts.budgets.toLocaleString('en-US')} budgets`,
      generateS: counts.seconds,
      data,
      fullSkipped: '8× runs the data build only',
    });
    await rm(dir, { recursive: true, force: true });
  }

  const rows: Row[] = [];
  const byScale = new Map(points.filter((p) => p.scale).map((p) => [p.scale!, p]));
  const one = byScale.get(1);
  if (one)
    rows.push({
      figure: '1× synthetic nation, full build incl. images, empty image cache (2 cores)',
      value: summary(one.full, one.fullSkipped),
      target: '≤ 180 s, peak RSS ≤ 2 GB',
      // Judged on what the machine needs: Astro renders in one process per core, so the largest one alone is not it.
      met: ok(one.full)
        ? one.full.wallMs <= 180_000 &&
          Math.max(one.full.peakRss ?? Infinity, one.full.peakTotalRss ?? 0) <= 2 * 2 ** 30
        : false,
    });
  for (const kind of ['data', 'full'] as const) {
    for (const s of [2, 4, 8]) {
      const a = byScale.get(s / 2)?.[kind];
      const b = byScale.get(s)?.[kind];
      if (!b && !a) continue;
      const label = `${kind === 'data' ? 'data build' : 'full build'} time ${s}× ÷ ${s / 2}×`;
      if (ok(a) && ok(b))
        rows.push({
          figure: label,
          value: `${(b.wallMs / a.wallMs).toFixed(2)}×`,
          target: '≤ 2.2×',
          met: b.wallMs / a.wallMs <= 2.2,
        });
      else if (byScale.has(s))
        rows.push({
          figure: label,
          value: 'not measured (a build was skipped or failed)',
          target: '≤ 2.2×',
          met: null,
        });
    }
  }
  return {
    title: 'Build scaling',
    seconds: (performance.now() - started) / 1000,
    rows,
    tables: [
      {
        caption:
          'Every build measured (wall time; peak RSS of the largest process in the build, from /usr/bin/time -v)',
        header: [
          'dataset',
          'records',
          'generate',
          'data build',
          'full build',
          'pages',
          'charts',
          'full-build phases',
          'dist size',
        ],
        rows: points.map((p) => [
          p.name,
          p.records,
          p.generateS === undefined ? '—' : `${p.generateS.toFixed(1)} s`,
          summary(p.data),
          summary(p.full, p.fullSkipped),
          Number.isFinite(p.pages) && p.pages !== undefined ? String(p.pages) : '—',
          p.charts === undefined ? '—' : String(p.charts),
          p.phases ?? '—',
          p.distSize ?? '—',
        ]),
      },
      ...(profile.length
        ? [
            {
              caption: 'Data build at 1×: where the time goes (--cpu-prof, self time)',
              header: ['function', 'ms'],
              rows: profile.map(([n, ms]) => [n, ms.toFixed(0)]),
            },
          ]
        : []),
    ],
    notes: [
      ...notes,
      'The synthetic nation is shaped like the national data: per scale unit, one published CP949 fiscal panel (every 자치단체 × 20 years × 10 columns) and one published statistical file per program, each column a national indicator (40 at 1×: a map per indicator and year); one 시도 per program comes from press releases and is charted per region.',
      'Each data build alone writes the validated JSON into the folder the full build uses (BOKJI_DATA_DIR); the full build then rebuilds and replaces it. Peak RSS is that of the largest single process (build.ts or one of its Astro children); "all processes together" is the largest sum of the build’s resident sets at one moment (polled each second), which the 2 GB target is judged on.',
    ],
  };
}

if (import.meta.main) {
  const scales = (arg('--scales') ?? '1,2,4').split(',').map(Number);
  await emit(await buildScaleBenchmark(Number(arg('--budget') ?? 660), scales));
}
