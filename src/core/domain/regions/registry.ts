import { readCsvRows, RegistryError, type CsvRow } from './csvRows.ts';
import { addDays, isIsoDate, isWithin } from './dates.ts';
import { parseLofinCodes } from './lofinCodes.ts';
import {
  CHANGE_TYPES,
  CONTINUING_TYPES,
  REGION_KINDS,
  type ChangeType,
  type Region,
  type RegionChange,
  type RegionKind,
  type RegionRegistry,
} from './types.ts';

export type { ChangeType, Region, RegionChange, RegionKind, RegionRegistry } from './types.ts';
export { RegistryError } from './csvRows.ts';

/** Column order of data/regions/regions.csv. */
export const REGIONS_HEADER = [
  'code',
  'name',
  'full_name',
  'kind',
  'parent',
  'valid_from',
  'valid_to',
  'aliases',
  'note',
] as const;
/** Column order of data/regions/changes.csv. */
export const CHANGES_HEADER = ['date', 'type', 'old_code', 'new_code', 'note', 'source_url'] as const;

const REGIONS_FILE = 'regions.csv';
const CHANGES_FILE = 'changes.csv';

/**
 * Parses and cross-checks data/regions/{regions,changes}.csv and, when given, lofin-codes.csv (the 지방재정365 crosswalk
 * that 7-digit input needs); throws RegistryError (with line) on any inconsistency.
 */
export function parseRegistry(regionsCsv: string, changesCsv: string, lofinCsv?: string): RegionRegistry {
  const regionRows = readCsvRows(regionsCsv, REGIONS_FILE, REGIONS_HEADER);
  const drafts = regionRows.map(readRegionRow);
  const draftsByCode = new Map<string, Array<(typeof drafts)[number]>>();
  for (const d of drafts) draftsByCode.set(d.code, [...(draftsByCode.get(d.code) ?? []), d]);

  const regions: Region[] = drafts.map((draft, i) => {
    const fail = (ko: string, en: string): never => {
      throw new RegistryError(REGIONS_FILE, regionRows[i]?.line ?? null, ko, en);
    };
    if (draft.parent === null) return { ...draft, sidoCode: draft.code };
    const parents = draftsByCode.get(draft.parent);
    if (!parents)
      return fail(`상위 코드 ${draft.parent}가 목록에 없습니다`, `parent ${draft.parent} is not in the registry`);
    const expected = draft.kind === '행정구' ? 5 : 2;
    if (draft.parent.length !== expected) {
      fail(
        `${draft.kind}의 상위 코드는 ${expected}자리여야 합니다`,
        `a ${draft.kind} needs a ${expected}-digit parent`,
      );
    }
    // Open ends are probed with extreme dates, so an open-ended child needs an open-ended parent.
    for (const probe of [draft.validFrom ?? '0000-01-01', draft.validTo ?? '9999-12-31']) {
      if (!parents.some((p) => isWithin(probe, p.validFrom, p.validTo))) {
        fail(`상위 ${draft.parent}가 ${probe}에 유효하지 않습니다`, `parent ${draft.parent} is not valid on ${probe}`);
      }
    }
    const sidoCode = draft.kind === '행정구' ? (parents[0]?.parent ?? '') : draft.parent;
    if (draft.code.slice(0, 2) !== sidoCode) {
      fail(`코드 앞 두 자리가 시도 ${sidoCode}와 다릅니다`, `code does not start with its 시도 code ${sidoCode}`);
    }
    return { ...draft, sidoCode };
  });
  const lineOf = new Map<Region, number>(regions.map((r, i) => [r, regionRows[i]?.line ?? 0]));

  const byCode = new Map<string, Region[]>();
  for (const r of regions) byCode.set(r.code, [...(byCode.get(r.code) ?? []), r]);
  for (const [code, list] of byCode) {
    list.sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1] as Region;
      const cur = list[i] as Region;
      if (prev.validTo === null || cur.validFrom === null || prev.validTo >= cur.validFrom) {
        throw new RegistryError(
          REGIONS_FILE,
          lineOf.get(cur) ?? null,
          `코드 ${code}의 유효기간이 겹칩니다`,
          `validity periods of ${code} overlap`,
        );
      }
    }
  }

  const changeRows = readCsvRows(changesCsv, CHANGES_FILE, CHANGES_HEADER);
  const changes = changeRows.map((row) => readChangeRow(row, byCode));
  checkContinuityIsOneToOne(changes, changeRows);
  checkEveryBoundaryHasAnEvent(regions, changes, (r) => lineOf.get(r) ?? null);
  if (lofinCsv === undefined) return { regions, changes, byCode };
  return { regions, changes, byCode, lofin: parseLofinCodes(lofinCsv, byCode) };
}

function readRegionRow(row: CsvRow): Omit<Region, 'sidoCode'> {
  const v = row.values;
  const fail = (ko: string, en: string): never => {
    throw new RegistryError(REGIONS_FILE, row.line, ko, en);
  };
  const code = v.code ?? '';
  if (!/^(\d{2}|\d{5})$/.test(code))
    fail(`코드 "${code}"는 2자리나 5자리 숫자여야 합니다`, `code "${code}" must have 2 or 5 digits`);
  const kind = (v.kind ?? '') as RegionKind;
  if (!REGION_KINDS.includes(kind)) fail(`알 수 없는 종류 "${kind}"`, `unknown kind "${kind}"`);
  if ((code.length === 2) !== (kind === '시도'))
    fail('2자리 코드는 시도에만 씁니다', '2-digit codes are for 시도 only');
  const name = v.name ?? '';
  const fullName = v.full_name ?? '';
  if (name === '' || fullName === '') fail('이름이 비어 있습니다', 'name or full_name is empty');
  const parent = v.parent === '' ? null : (v.parent ?? null);
  if ((parent === null) !== (kind === '시도')) fail('시도만 상위 코드가 없습니다', 'only a 시도 has no parent');
  const validFrom = readDate(v.valid_from ?? '', 'valid_from', fail);
  const validTo = readDate(v.valid_to ?? '', 'valid_to', fail);
  if (validFrom !== null && validTo !== null && validFrom > validTo) {
    fail(
      `valid_from(${validFrom})이 valid_to(${validTo})보다 늦습니다`,
      `valid_from ${validFrom} is after valid_to ${validTo}`,
    );
  }
  const aliases = v.aliases === '' ? [] : (v.aliases ?? '').split('|').map((a) => a.trim());
  if (aliases.some((a) => a === '')) fail('aliases에 빈 항목이 있습니다', 'aliases contains an empty entry');
  return { code, name, fullName, kind, parent, validFrom, validTo, aliases, note: v.note ?? '' };
}

function readDate(value: string, column: string, fail: (ko: string, en: string) => never): string | null {
  if (value === '') return null;
  if (!isIsoDate(value))
    fail(`${column} "${value}"는 YYYY-MM-DD 날짜가 아닙니다`, `${column} "${value}" is not a YYYY-MM-DD date`);
  return value;
}

function readChangeRow(row: CsvRow, byCode: ReadonlyMap<string, readonly Region[]>): RegionChange {
  const v = row.values;
  const fail = (ko: string, en: string): never => {
    throw new RegistryError(CHANGES_FILE, row.line, ko, en);
  };
  const date = v.date ?? '';
  if (!isIsoDate(date)) fail(`date "${date}"는 YYYY-MM-DD 날짜가 아닙니다`, `date "${date}" is not a YYYY-MM-DD date`);
  const type = (v.type ?? '') as ChangeType;
  if (!CHANGE_TYPES.includes(type)) fail(`알 수 없는 변경 유형 "${type}"`, `unknown change type "${type}"`);
  const oldCode = v.old_code === '' ? null : (v.old_code ?? null);
  const newCode = v.new_code === '' ? null : (v.new_code ?? null);
  if (oldCode === null && type !== 'create')
    fail('old_code는 create에서만 비울 수 있습니다', 'old_code may be empty only for create');
  if (newCode === null && type !== 'abolish')
    fail('new_code는 abolish에서만 비울 수 있습니다', 'new_code may be empty only for abolish');
  const dayBefore = addDays(date, -1);
  const validOn = (code: string, d: string): boolean =>
    (byCode.get(code) ?? []).some((r) => isWithin(d, r.validFrom, r.validTo));
  for (const code of [oldCode, newCode]) {
    if (code !== null && !byCode.has(code))
      fail(`코드 ${code}가 regions.csv에 없습니다`, `code ${code} is not in regions.csv`);
  }
  const continues = type === 'create' || type === 'boundary' || type === 'rename';
  if (oldCode !== null) {
    if (!validOn(oldCode, dayBefore))
      fail(`${oldCode}는 ${dayBefore}에 유효하지 않습니다`, `${oldCode} is not valid on ${dayBefore}`);
    if (continues !== validOn(oldCode, date)) {
      fail(
        continues ? `${type} 뒤에도 ${oldCode}가 유효해야 합니다` : `${oldCode}는 ${dayBefore}에 끝나야 합니다`,
        continues ? `${oldCode} must stay valid after a ${type}` : `${oldCode} must end on ${dayBefore}`,
      );
    }
  }
  if (newCode !== null) {
    if (!validOn(newCode, date)) fail(`${newCode}는 ${date}에 유효하지 않습니다`, `${newCode} is not valid on ${date}`);
    const mustStart = type === 'recode' || type === 'move' || type === 'create';
    if (mustStart && validOn(newCode, dayBefore))
      fail(`${newCode}는 ${date}에 시작해야 합니다`, `${newCode} must start on ${date}`);
  }
  if ((type === 'recode' || type === 'move') && oldCode === newCode) {
    fail(`${type}는 서로 다른 코드 사이에만 씁니다`, `${type} needs two different codes`);
  }
  if (type === 'rename' && oldCode !== newCode)
    fail('rename은 같은 코드의 이름 변경입니다', 'rename keeps the same code');
  return { date, type, oldCode, newCode, note: v.note ?? '', sourceUrl: v.source_url ?? '' };
}

function checkContinuityIsOneToOne(changes: readonly RegionChange[], rows: readonly CsvRow[]): void {
  const seenOld = new Set<string>();
  const seenNew = new Set<string>();
  changes.forEach((c, i) => {
    if (!CONTINUING_TYPES.includes(c.type) || c.type === 'rename') return;
    const line = rows[i]?.line ?? null;
    if (seenOld.has(c.oldCode ?? '') || seenNew.has(c.newCode ?? '')) {
      throw new RegistryError(
        CHANGES_FILE,
        line,
        `${c.type}는 1:1이어야 하는데 ${c.oldCode}→${c.newCode}가 다른 1:1 변경과 겹칩니다`,
        `${c.type} must be 1:1 but ${c.oldCode}→${c.newCode} shares a code with another one`,
      );
    }
    seenOld.add(c.oldCode ?? '');
    seenNew.add(c.newCode ?? '');
  });
}

function checkEveryBoundaryHasAnEvent(
  regions: readonly Region[],
  changes: readonly RegionChange[],
  lineOf: (r: Region) => number | null,
): void {
  for (const r of regions) {
    if (r.validTo !== null) {
      const date = addDays(r.validTo, 1);
      if (!changes.some((c) => c.oldCode === r.code && c.date === date)) {
        throw new RegistryError(
          REGIONS_FILE,
          lineOf(r),
          `${r.code}가 ${r.validTo}에 끝나는데 ${date} 변경 기록이 없습니다`,
          `${r.code} ends on ${r.validTo} but changes.csv has no event for it on ${date}`,
        );
      }
    }
    if (r.validFrom !== null && !changes.some((c) => c.newCode === r.code && c.date === r.validFrom)) {
      throw new RegistryError(
        REGIONS_FILE,
        lineOf(r),
        `${r.code}가 ${r.validFrom}에 시작하는데 변경 기록이 없습니다`,
        `${r.code} starts on ${r.validFrom} but changes.csv has no event creating it`,
      );
    }
  }
}
