/**
 * Tables marked data-sortable get a button in each column header that sorts the rows (numbers by their data-v raw
 * value, text in Korean order); the server-rendered order is the complete ranking, so nothing depends on this.
 */
function enhance(table: HTMLTableElement): void {
  if (table.dataset.sortReady) return;
  table.dataset.sortReady = '1';
  const heads = Array.from(table.tHead?.rows[0]?.cells ?? []);
  heads.forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    button.textContent = th.textContent;
    th.replaceChildren(button);
    button.addEventListener('click', () => {
      const asc = th.getAttribute('aria-sort') !== 'ascending';
      for (const h of heads) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      const body = table.tBodies[0]!;
      const key = (r: HTMLTableRowElement) => {
        const cell = r.cells[col]!;
        return cell.dataset.v !== undefined && cell.dataset.v !== ''
          ? Number(cell.dataset.v)
          : cell.textContent!.trim();
      };
      const rows = Array.from(body.rows).sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'ko');
        return asc ? c : -c;
      });
      body.append(...rows);
    });
  });
}
const run = () => document.querySelectorAll<HTMLTableElement>('table[data-sortable]').forEach(enhance);
run();
document.addEventListener('year-swapped', run);
