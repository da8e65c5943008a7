import { compactLabel } from './hangul.ts';
import { LOFIN_HEADER, type LofinPair } from './lofinCodes.ts';
import { findSido } from './nameIndex.ts';
import { resolveRegion } from './resolve.ts';
import { isWithin } from './dates.ts';
import type { Message, RegionRegistry } from './types.ts';

/** The four identifying fields of one `자치단체` record of 지방재정365 data (indicators-2024-2026.json). */
export interface LofinRecord {
  readonly laf_cd: string;
  readonly laf_hg_nm: string;
  readonly wa_laf_cd: string;
  readonly wa_laf_hg_nm: string;
}

const BASIC_KINDS = new Set(['시', '군', '자치구']);

/**
 * Matches 지방재정365 records to registry codes by name as of `asOf`: a 본청 ("강원본청") to the one 시도 its short
 * name ("강원") names that day, a 기초 unit ("강원강릉시") to the 시·군·자치구 of exactly that name inside that 시도.
 * The laf_cd is never read as a code. Every record that does not match exactly once is a problem, none is skipped.
 */
export function matchLofinRecords(
  registry: RegionRegistry,
  records: readonly LofinRecord[],
  asOf: string,
): { pairs: LofinPair[]; problems: Message[] } {
  const pairs: LofinPair[] = [];
  const problems: Message[] = [];
  const sidoCodes = new Map<string, string>();
  const problem = (r: LofinRecord, ko: string, en: string): void => {
    problems.push({ ko: `${r.laf_cd} ${r.laf_hg_nm}: ${ko}`, en: `${r.laf_cd} ${r.laf_hg_nm}: ${en}` });
  };
  for (const r of records) {
    const short = r.wa_laf_hg_nm;
    if (r.laf_cd === r.wa_laf_cd) {
      if (r.laf_hg_nm !== `${short}본청`) {
        problem(r, `본청 이름은 "${short}본청"이어야 합니다`, `a 본청 must be named "${short}본청"`);
        continue;
      }
      const found = findSido(registry, compactLabel(short)).filter((m) =>
        isWithin(asOf, m.region.validFrom, m.region.validTo),
      );
      if (found.length !== 1) {
        problem(
          r,
          `${asOf}에 "${short}"인 시도가 ${found.length}곳입니다`,
          `"${short}" names ${found.length} 시도 on ${asOf}`,
        );
        continue;
      }
      const code = found[0]?.region.code ?? '';
      sidoCodes.set(r.laf_cd, code);
      pairs.push({ lafCd: r.laf_cd, lafName: r.laf_hg_nm, level: '본청', code, asOf, note: noteFor(r.laf_cd, code) });
      continue;
    }
    if (!r.laf_hg_nm.startsWith(short) || r.laf_hg_nm.length === short.length) {
      problem(
        r,
        `이름이 광역 약칭 "${short}"로 시작하지 않습니다`,
        `name does not start with the 광역 short name "${short}"`,
      );
      continue;
    }
    const name = r.laf_hg_nm.slice(short.length);
    const result = resolveRegion(registry, name, asOf, { sido: short });
    if (!result.ok) {
      problem(r, result.error.ko, result.error.en);
      continue;
    }
    const { region } = result;
    if (!BASIC_KINDS.has(region.kind) || region.name !== name) {
      problem(
        r,
        `"${name}"이 기초자치단체 이름과 정확히 같지 않습니다 (${region.fullName}, ${region.kind})`,
        `"${name}" is not exactly the name of a 기초 unit (${region.fullName}, ${region.kind})`,
      );
      continue;
    }
    const parent = sidoCodes.get(r.wa_laf_cd);
    if (parent !== region.sidoCode) {
      problem(
        r,
        `상위 ${r.wa_laf_cd}(${parent ?? '없음'})와 ${region.code}의 시도가 다릅니다`,
        `parent ${r.wa_laf_cd} (${parent ?? 'none'}) is not the 시도 of ${region.code}`,
      );
      continue;
    }
    pairs.push({
      lafCd: r.laf_cd,
      lafName: r.laf_hg_nm,
      level: '기초',
      code: region.code,
      asOf,
      note: noteFor(r.laf_cd, region.code),
    });
  }
  return { pairs, problems };
}

// Notes flag where lofin's numbering visibly departs from the code: an old 시도 prefix, or 세종's single tier.
function noteFor(lafCd: string, code: string): string {
  const notes: string[] = [];
  if (lafCd.slice(0, 2) !== code.slice(0, 2))
    notes.push(`laf_cd 앞 두 자리 ${lafCd.slice(0, 2)} ≠ 시도 코드 ${code.slice(0, 2)}`);
  if (code === '36') notes.push('세종은 단층제: 시군구급 코드 36110과 같은 정부');
  return notes.join('; ');
}

/** The crosswalk CSV text (LOFIN_HEADER columns, \n line ends, trailing newline); fields never need quoting here. */
export function lofinCsv(pairs: readonly LofinPair[]): string {
  const lines = pairs.map((p) => [p.lafCd, p.lafName, p.level, p.code, p.asOf, p.note]);
  for (const fields of lines) {
    if (fields.some((f) => /[",\n]/.test(f))) throw new Error(`unquotable field in ${fields.join('|')}`);
  }
  return [LOFIN_HEADER.join(','), ...lines.map((f) => f.join(','))].join('\n') + '\n';
}
