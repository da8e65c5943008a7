// `npm run data`: validate data/ and write build/data/*.json, or stop listing every problem.
import { resolve } from 'node:path';
import { formatProblem } from '../src/core/domain/dataset/problem.ts';
import { runDataBuild } from './lib/data-build.ts';
import { todayInSeoul } from './lib/fs-utils.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const verbose = args.includes('--verbose');
const dataDir = resolve(option('--data') ?? 'data');
const outDir = resolve(option('--out') ?? 'build/data');
const asOf = option('--as-of') ?? todayInSeoul();
const regionsDir = option('--regions');

const started = performance.now();
const result = await runDataBuild({
  dataDir,
  outDir,
  asOf,
  ...(regionsDir ? { regionsDir: resolve(regionsDir) } : {}),
});
const seconds = ((performance.now() - started) / 1000).toFixed(2);
const errors = result.problems.filter((p) => p.severity === 'error');
const warnings = result.problems.filter((p) => p.severity === 'warning');

if (verbose || errors.length > 0) for (const p of result.problems) console.error(formatProblem(p));
for (const s of result.stats) {
  const skipped = s.skipped ? `, 제외 skipped ${s.skipped}` : '';
  const line = `  ${s.file}: 읽음 read ${s.read} = 반영 written ${s.written} + 거부 rejected ${s.rejected}${skipped}`;
  if (verbose || s.rejected > 0) console.error(line);
}
if (!result.ok || !result.dataset) {
  console.error(
    `\n자료 빌드 실패: 오류 ${errors.length}건, 경고 ${warnings.length}건. 이전 결과(${outDir})는 그대로 둡니다.`,
  );
  console.error(
    `Data build failed: ${errors.length} errors, ${warnings.length} warnings. The previous output (${outDir}) is untouched.`,
  );
  process.exit(1);
}
const d = result.dataset;
console.log(
  `자료 빌드 완료 data built: 수치 figures ${d.figures.length}, 수상 awards ${d.awards.length}, 예산 budgets ${d.budgets.length}, ` +
    `출처 sources ${d.sources.length}, 사업 programs ${d.programs.length}; 경고 warnings ${warnings.length}; ` +
    `${seconds}s, node ${process.version}`,
);
