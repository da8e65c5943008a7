/**
 * Joins several header rows into one name per column. A blank cell in an upper row continues the cell to its left
 * (a merged cell spanning columns, as in KOSIS exports where one year heads several labels); a blank lower cell
 * adds nothing. Returns the names and, for each name held by more than one column, the 1-based columns.
 */
export function joinHeader(
  rows: ReadonlyArray<readonly string[]>,
  separator: string,
): { names: string[]; repeated: Array<{ name: string; columns: number[] }> } {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const filled = rows.map((row, r) => {
    const out: string[] = [];
    let carry = '';
    for (let c = 0; c < width; c++) {
      const cell = (row[c] ?? '').trim();
      // Only upper rows are merged across columns; the last row names each column itself.
      if (cell !== '' || r === rows.length - 1) carry = cell;
      out.push(cell !== '' ? cell : r === rows.length - 1 ? '' : carry);
    }
    return out;
  });
  const names: string[] = [];
  for (let c = 0; c < width; c++)
    names.push(
      filled
        .map((row) => row[c] ?? '')
        .filter((s) => s !== '')
        .join(separator),
    );
  const positions = new Map<string, number[]>();
  names.forEach((name, i) => {
    if (name !== '') positions.set(name, [...(positions.get(name) ?? []), i + 1]);
  });
  const repeated = [...positions].filter(([, cols]) => cols.length > 1).map(([name, columns]) => ({ name, columns }));
  return { names, repeated };
}
