// Resolves a region name or code on a date and prints the result as JSON.
// Exit codes: 0 resolved, 1 not resolved (JSON error on stdout), 2 usage error, 3 registry files unreadable or malformed.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  parseRegistry,
  regionHistory,
  resolveRegion,
  rowOf,
  type IdentityLink,
  type RegionRegistry,
} from '../src/core/domain/regions/index.ts';

const USAGE = `사용법 / usage: node scripts/region.ts <지역 이름 또는 코드> [--date YYYY-MM-DD] [--sido <시도>] [--code-vintage YYYY-MM-DD]
  --date          기준일 (기본: 오늘, Asia/Seoul) / reference date (default: today in Asia/Seoul)
  --sido          시도로 범위 제한 / restrict matches to one 시도
  --code-vintage  코드를 이 날짜의 코드로 읽음 / read a 2-, 5- or 10-digit code as valid on this date
  7자리 지방재정365 코드는 data/regions/lofin-codes.csv로 읽습니다 / 7-digit 지방재정365 codes go through lofin-codes.csv
종료 코드 / exit: 0 찾음 resolved, 1 못 찾음 not resolved, 2 사용법 오류 usage, 3 데이터 오류 registry error`;

function todayInSeoul(): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
}

function usageError(ko: string, en: string): never {
  process.stderr.write(`${ko} / ${en}\n${USAGE}\n`);
  process.exit(2);
}

function loadRegistry(): RegionRegistry {
  const read = (name: string): string => readFileSync(new URL(`../data/regions/${name}`, import.meta.url), 'utf8');
  try {
    return parseRegistry(read('regions.csv'), read('changes.csv'), read('lofin-codes.csv'));
  } catch (err) {
    process.stderr.write(`지역 목록을 읽지 못했습니다 / cannot load the region registry: ${(err as Error).message}\n`);
    process.exit(3);
  }
}

function main(argv: string[]): void {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        date: { type: 'string' },
        sido: { type: 'string' },
        'code-vintage': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    usageError('인자를 읽지 못했습니다', `bad arguments: ${(err as Error).message}`);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  // Unquoted words (region.ts 인천 중구) are read as one label.
  const input = parsed.positionals.join(' ');
  if (input.trim() === '') usageError('지역 이름이나 코드를 주세요', 'give a region name or code');
  const date = parsed.values.date ?? todayInSeoul();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    usageError(`--date는 YYYY-MM-DD 형식이어야 합니다: ${date}`, `--date must be YYYY-MM-DD: ${date}`);
  }

  const registry = loadRegistry();
  const vintage = parsed.values['code-vintage'];
  const options = {
    ...(parsed.values.sido === undefined ? {} : { sido: parsed.values.sido }),
    ...(vintage === undefined ? {} : { codeVintage: vintage }),
  };
  let result;
  try {
    result = resolveRegion(registry, input, date, options);
  } catch (err) {
    usageError('날짜가 올바르지 않습니다', (err as Error).message);
  }
  if (!result.ok) {
    const { kind, ko, en, candidates } = result.error;
    process.stdout.write(
      `${JSON.stringify({ ok: false, error: { kind, ko, en, input, date, candidates } }, null, 2)}\n`,
    );
    process.stderr.write(`오류: ${ko} / Error: ${en}\n`);
    process.exit(1);
  }

  const { region, identity, current } = result;
  const sido = identity === '00' ? null : rowOf(registry, region.sidoCode, date);
  const history = identity === '00' ? null : regionHistory(registry, identity);
  const link = (l: IdentityLink) => ({
    identity: l.identity,
    code: l.code,
    fullName: l.fullName,
    date: l.date,
    type: l.type,
  });
  const out = {
    ok: true,
    input,
    date,
    code: region.code,
    name: region.name,
    fullName: region.fullName,
    kind: region.kind,
    sido: sido === null ? null : { code: sido.code, name: sido.name },
    validFrom: region.validFrom,
    validTo: region.validTo,
    identity,
    matchedBy: result.matchedBy,
    current: current === null ? null : { code: current.code, fullName: current.fullName },
    legacyCodes: history === null ? [] : [...new Set(history.chain.map((r) => r.code))].filter((c) => c !== identity),
    predecessors: history === null ? [] : history.predecessors.map(link),
    successors: history === null ? [] : history.successors.map(link),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
}

main(process.argv.slice(2));
