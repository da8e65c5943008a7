import type { AmountLookup, DatasetDeps } from '../dataset/deps.ts';
import type { Quantity } from '../dataset/types.ts';
import type { ValueSpec } from './schema/values.ts';

/** Notations remembered per value column; a file of a million distinct notations must not keep a million. */
const CACHE_LIMIT = 20_000;

export type CellReading = Quantity | Extract<AmountLookup, { ok: false }>;

/**
 * Reads the cells of one value column. Each distinct notation ("18억 2천만 원", "35.06") is parsed once (tables
 * repeat notations) and every record with it shares one frozen Quantity; plain whole numbers are read afresh. Table cells group digits with commas and leave the unit to the header:
 * the parser gets the bare number and the declared unit. `scale` shifts the decimal point exactly (0.23114 → 23.114).
 */
export function createCellReader(spec: ValueSpec, deps: DatasetDeps, expectedUnit: string | null) {
  const cache = new Map<string, CellReading>();
  const unit = spec.unit ?? '';
  const label = ` (${spec.scale ? `×${spec.scale} ${unit}` : unit})`; // after the cell as written: "1,234 (천원)"

  function read(cell: string, bare: string, numeric: boolean): CellReading {
    if (numeric && spec.scale) bare = shiftDecimal(bare, String(spec.scale).length - 1);
    const parsed = numeric ? deps.parseCell(bare, unit) : deps.parseAmount(bare);
    if (!parsed.ok) return parsed;
    if (expectedUnit !== null && parsed.unit !== expectedUnit)
      return {
        ok: false,
        code: 'unit-mismatch',
        ko: `단위가 측정 항목과 다릅니다: "${parsed.unit}" (기대: "${expectedUnit}"). 기술서 values[].unit 또는 measure를 고치세요.`,
        en: `The unit "${parsed.unit}" differs from the measure's unit "${expectedUnit}". Fix values[].unit or measure in the descriptor.`,
      };
    return Object.freeze({
      written: cell + label,
      value: parsed.value,
      unit: parsed.unit,
      approx: parsed.approx,
      display: parsed.display,
    });
  }

  return (cell: string): CellReading => {
    // Whole numbers with digit-grouping commas ("1,234,567"), the bulk of a table, are read without the memo: they
    // rarely repeat, so remembering them only churned the map, and the parser's plain-figure path is quick.
    if (wholeDigits(cell)) return read(cell, spec.scale ? cell.replaceAll(',', '') : cell, true);
    let found = cache.get(cell);
    if (found) return found;
    const bare = cell.includes(',') ? cell.replace(/,/g, '') : cell;
    found = read(cell, bare, /^-?\d+(\.\d+)?$/.test(bare));
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(cell, found);
    return found;
  };
}

/** Digits and commas only, starting with a digit ("1,234,567", "0012"; not "", ",5" or "1,"): a bare whole number. */
function wholeDigits(cell: string): boolean {
  const n = cell.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const c = cell.charCodeAt(i);
    if ((c < 48 || c > 57) && (c !== 44 || i === 0)) return false;
  }
  return cell.charCodeAt(n - 1) !== 44;
}

/** Moves the decimal point `places` to the right on the digits, so no binary rounding enters the value. */
export function shiftDecimal(number: string, places: number): string {
  const negative = number.startsWith('-');
  const [int = '', frac = ''] = (negative ? number.slice(1) : number).split('.');
  const digits = int + frac.padEnd(places, '0');
  const point = int.length + places;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  return `${negative ? '-' : ''}${whole}${rest ? `.${rest}` : ''}`;
}
