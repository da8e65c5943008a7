/**
 * Turns a parsed JSON document into a header and rows of cells, so JSON inputs go through the same ingester as CSV:
 * the header is the list of columns the descriptor names (dotted paths into each record, e.g. `지표.사회복지비중.비율`),
 * and `keyColumn` reads the key of an object keyed by region code. Row numbers are the records' 1-based positions.
 */
export function jsonRows(
  doc: unknown,
  shape: { records: string } | { keyed: string; keyColumn: string },
  columns: readonly string[],
): { rows: string[][]; problem: string | null } {
  const container = 'records' in shape ? shape.records : shape.keyed;
  const at = walk(doc, container);
  let entries: Array<[string, unknown]>;
  if ('records' in shape) {
    if (!Array.isArray(at)) return { rows: [], problem: `"${container}" is not an array` };
    entries = at.map((r, i) => [String(i), r]);
  } else {
    if (typeof at !== 'object' || at === null || Array.isArray(at))
      return { rows: [], problem: `"${container}" is not an object keyed by region` };
    entries = Object.entries(at);
  }
  const keyColumn = 'keyed' in shape ? shape.keyColumn : null;
  const rows = entries.map(([key, record]) =>
    columns.map((column) => (column === keyColumn ? key : cellText(walk(record, column)))),
  );
  return { rows, problem: null };
}

function walk(value: unknown, path: string): unknown {
  if (path === '') return value;
  let at = value;
  for (const part of path.split('.')) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[part];
  }
  return at;
}

// Numbers keep JSON's shortest round-trip notation; objects and arrays are not cells and read as missing.
function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}
