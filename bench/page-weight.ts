// Page weight: gzip bytes of HTML, CSS and JS for each page kind (a typical and the largest page of each), median and
// maximum page size, and the embed host script. Measures a build of the default dataset: bench/.tmp/default/dist
// (made by bench/build-scale.ts; built here if missing). Usage: npx node bench/page-weight.ts [--dist dir] [--json out]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSize, listPages, median, weighPage, type PageKind, type PageWeight } from './lib/page-assets.ts';
import { emit, type Section } from './lib/report.ts';

const REPO = resolve(import.meta.dirname, '..');
const KB = 1024;
const KINDS: PageKind[] = ['home', 'program', 'region', 'awards', 'source', 'source-region', 'embed'];
const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;

/** The default-dataset build the page benchmarks use, built into bench/.tmp/default/ when it is not there yet. */
export function defaultDist(): string {
  const dist = join(REPO, 'bench', '.tmp', 'default', 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    const dataDir = join(REPO, 'bench', '.tmp', 'default', 'build-data');
    const env = { ...process.env, BOKJI_DIST: dist, BOKJI_DATA_DIR: dataDir };
    // Validated data first, so that any step reading BOKJI_DATA_DIR before the build swaps it in finds it.
    spawnSync(process.execPath, [join(REPO, 'scripts', 'build-data.ts'), '--out', dataDir], {
      cwd: REPO,
      stdio: 'inherit',
    });
    const run = spawnSync(process.execPath, [join(REPO, 'scripts', 'build.ts')], { cwd: REPO, env, stdio: 'inherit' });
    if (run.status !== 0)
      throw new Error(
        `사이트 빌드 실패 site build failed (exit ${run.status}); page weight and Lighthouse need a built site`,
      );
  }
  return dist;
}

/** The typical (median-sized) and the largest page of each kind. */
export function representativePages(
  weights: readonly PageWeight[],
): Map<PageKind, { typical: PageWeight; largest: PageWeight; count: number }> {
  const out = new Map<PageKind, { typical: PageWeight; largest: PageWeight; count: number }>();
  for (const kind of KINDS) {
    const list = weights.filter((w) => w.kind === kind).sort((a, b) => a.total - b.total || (a.path < b.path ? -1 : 1));
    if (list.length)
      out.set(kind, {
        typical: list[Math.floor((list.length - 1) / 2)]!,
        largest: list[list.length - 1]!,
        count: list.length,
      });
  }
  return out;
}

/** Weighs every page of a build and checks the budgets. */
export function pageWeightBenchmark(dist: string): Section {
  const started = performance.now();
  const base = process.env.BOKJI_BASE || '/';
  const sizes = new Map<string, number>();
  const weights = listPages(dist).map((p) => weighPage(dist, p, sizes, base));
  const reps = representativePages(weights);
  const embedFile = [join(dist, 'embed.js'), join(REPO, 'public', 'embed.js')].find((f) => existsSync(f));
  const embed = embedFile ? gzipSize(readFileSync(embedFile)) : null;
  const medianHtml = median(weights.map((w) => w.html));
  const maxTotal = weights.reduce((a, b) => (b.total > a.total ? b : a));
  const maxJs = weights.reduce((a, b) => (b.js > a.js ? b : a));
  const missingKinds = KINDS.filter((k) => !reps.has(k));
  const row = (label: string, w: PageWeight) => [
    label,
    `/${w.path.replace(/index\.html$/, '')}`,
    kb(w.html),
    kb(w.css),
    kb(w.js),
    kb(w.total),
  ];
  return {
    title: 'Page weight (gzip -9)',
    seconds: (performance.now() - started) / 1000,
    rows: [
      { figure: 'HTML pages in the build', value: String(weights.length), target: '—', met: null },
      { figure: 'median HTML page', value: kb(medianHtml), target: '≤ 60 KB', met: medianHtml <= 60 * KB },
      {
        figure: 'median page (HTML + CSS + JS)',
        value: kb(median(weights.map((w) => w.total))),
        target: '—',
        met: null,
      },
      {
        figure: 'largest page (HTML + CSS + JS)',
        value: `${kb(maxTotal.total)} (/${maxTotal.path.replace(/index\.html$/, '')})`,
        target: '—',
        met: null,
      },
      {
        figure: 'largest client JS on one page',
        value: `${kb(maxJs.js)} (/${maxJs.path.replace(/index\.html$/, '')})`,
        target: '≤ 10 KB',
        met: maxJs.js <= 10 * KB,
      },
      {
        figure: 'embed host script (embed.js)',
        value: embed === null ? 'not built yet (public/embed.js missing)' : `${embed} B`,
        target: '≤ 1 KB',
        met: embed === null ? null : embed <= KB,
      },
    ],
    tables: [
      {
        caption: 'Per page kind: the median-sized and the largest page',
        header: ['kind', 'page', 'HTML', 'CSS', 'JS', 'total'],
        rows: [...reps].flatMap(([kind, r]) =>
          r.count === 1
            ? [row(`${kind} (1 page)`, r.typical)]
            : [row(`${kind} typical (of ${r.count})`, r.typical), row(`${kind} largest`, r.largest)],
        ),
      },
    ],
    notes: [
      `Measured on ${dist}. Each page counts its HTML, the stylesheets it links and the scripts it loads with the modules they import (shared files counted on every page that loads them).`,
      ...(missingKinds.length ? [`Page kinds not in this build yet: ${missingKinds.join(', ')}.`] : []),
    ],
  };
}

if (import.meta.main) {
  const i = process.argv.indexOf('--dist');
  await emit(pageWeightBenchmark(i === -1 ? defaultDist() : resolve(process.argv[i + 1]!)));
}
