// Regenerates data/regions/lofin-codes.csv (지방재정365 laf_cd → 행정표준 code) from the published JSON, matching
// by name (광역 short name + 기초 name) as of the budget year's first day. Never derives a code from laf_cd.
// Usage: npm run -s lofin-codes [-- --check]   (--check: exit 1 if the committed file differs; writes nothing)
// Exit codes: 0 written or unchanged, 1 differs (--check) or a record did not match exactly once.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseRegistry } from '../src/core/domain/regions/index.ts';
import { lofinCsv, matchLofinRecords, type LofinRecord } from '../src/core/domain/regions/lofinMatch.ts';

const SOURCE = new URL('../data/published/local-finance/indicators-2024-2026.json', import.meta.url);
const OUTPUT = new URL('../data/regions/lofin-codes.csv', import.meta.url);
const read = (name: string): string => readFileSync(new URL(`../data/regions/${name}`, import.meta.url), 'utf8');

/** The crosswalk text the published JSON and the committed registry give; shared with the freshness test. */
export function buildLofinCodesText(): { text: string; problems: string[]; asOf: string } {
  const json = JSON.parse(readFileSync(SOURCE, 'utf8')) as { 예산연도: string; 자치단체: LofinRecord[] };
  // The 2026 당초 budget was set under the units of 2026-01-01 (광주본청·전남본청 before the 2026-07-01 merger).
  const asOf = `${json.예산연도}-01-01`;
  const registry = parseRegistry(read('regions.csv'), read('changes.csv'));
  const { pairs, problems } = matchLofinRecords(registry, json.자치단체, asOf);
  return { text: lofinCsv(pairs), problems: problems.map((p) => `${p.ko} / ${p.en}`), asOf };
}

function main(check: boolean): void {
  const { text, problems, asOf } = buildLofinCodesText();
  if (problems.length > 0) {
    process.stderr.write(
      `대조표를 만들지 못했습니다 / cannot build the crosswalk (${asOf}):\n${problems.join('\n')}\n`,
    );
    process.exit(1);
  }
  const rows = text.trim().split('\n').length - 1;
  if (check) {
    let committed = '';
    try {
      committed = readFileSync(OUTPUT, 'utf8');
    } catch {
      // A missing file simply differs.
    }
    if (committed !== text) {
      process.stderr.write(
        'lofin-codes.csv가 JSON과 다릅니다; npm run -s lofin-codes 로 다시 만드세요 / differs from the JSON; rerun\n',
      );
      process.exit(1);
    }
    process.stdout.write(`lofin-codes.csv: ${rows}행, 최신 / ${rows} rows, up to date (as of ${asOf})\n`);
    return;
  }
  writeFileSync(OUTPUT, text);
  process.stdout.write(`lofin-codes.csv: ${rows}행 / ${rows} rows written (as of ${asOf})\n`);
}

if (import.meta.main) main(process.argv.includes('--check'));
