// The first half of `npm test`: the code checks (astro check, ESLint, Prettier, tsc) and the site build. astro check runs
// first and alone, because it and the build both (re)write .astro/; then ESLint, Prettier and tsc run beside the build.
// Both lanes are mostly single-threaded and the machines have two cores, so this saves the checks' ~30 s. Each step's
// output is printed whole when it ends, so the lanes never interleave. Exits 1 if anything failed.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (pkg: string, file: string) =>
  join(dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)), file);

interface Step {
  name: string;
  args: string[];
}
const first: Step = { name: 'astro check', args: [bin('astro', 'bin/astro.mjs'), 'check'] };
const lanes: Step[][] = [
  [
    { name: 'eslint .', args: [bin('eslint', 'bin/eslint.js'), '.'] },
    { name: 'prettier --check .', args: [bin('prettier', 'bin/prettier.cjs'), '--check', '.'] },
    { name: 'tsc --noEmit', args: [bin('typescript', 'bin/tsc'), '--noEmit'] },
  ],
  [{ name: 'build', args: [join(root, 'scripts', 'build.ts')] }],
];

function run(step: Step): Promise<{ ok: boolean; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, step.args, { cwd: root, env: process.env });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('close', (code) => done({ ok: code === 0, output }));
  });
}

/** Runs a lane's steps in order and stops at the first that fails (as `a && b` would). */
async function lane(steps: Step[]): Promise<string[]> {
  for (const step of steps) {
    const t0 = performance.now();
    const r = await run(step);
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    process.stdout.write(`── ${step.name} (${seconds}s) ──\n${r.output}`);
    if (!r.ok) return [step.name];
  }
  return [];
}

const failed = await lane([first]);
if (!failed.length) failed.push(...(await Promise.all(lanes.map(lane))).flat());
if (failed.length) {
  console.error(`실패 failed: ${failed.join(', ')}`);
  process.exit(1);
}
