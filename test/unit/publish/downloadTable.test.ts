import { describe, expect, it } from 'vitest';
import { lazyTable, rowsOf } from '../../../src/core/publish/downloadTable.ts';

describe('lazyTable', () => {
  it('counts the rows without making them, makes them on first read only, then keeps them', () => {
    let made = 0;
    const table = lazyTable({
      name: 'sources',
      title: '출처',
      description: '출처 문서',
      fields: [{ name: 'id', type: 'string', description: 'id' }],
      rows: rowsOf(['a', 'b', 'c'], (id) => {
        made += 1;
        return [id];
      }),
    });
    expect(table.rowCount).toBe(3);
    expect(table.name).toBe('sources');
    expect(made).toBe(0);
    const rows = table.rows;
    expect(rows).toEqual([['a'], ['b'], ['c']]);
    expect(table.rows).toBe(rows);
    expect(made).toBe(3);
    expect(Object.keys(table)).toEqual(['name', 'title', 'description', 'fields', 'rowCount', 'rows']);
  });
});
