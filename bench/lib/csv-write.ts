/** One CSV line (RFC 4180 quoting, LF ending). */
export function csvLine(cells: ReadonlyArray<string | number>): string {
  return `${cells.map((c) => quote(String(c))).join(',')}\n`;
}

function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
