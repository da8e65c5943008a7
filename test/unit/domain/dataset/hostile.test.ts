import { describe, expect, it } from 'vitest';
import { figuresFormat, sourcesFormat } from '../../../../src/core/domain/dataset/tables.ts';
import { validateTable } from '../../../../src/core/domain/dataset/validateTable.ts';
import { accepted, rejected, rejectedUrls } from '../../../fixtures/hostile.ts';

const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;
const SOURCE = ['s-1', '기사', '제목', '발행', '2023-01-01', 'https://example.com/a', '', '보도', ''];
const FIGURE = ['f-1', '전라남도', '2023', '', '지표', '1 가구', '', 's-1', '인용', '확인', ''];

function withCell(row: string[], column: number, value: string): string[] {
  return row.map((c, i) => (i === column ? value : c));
}

describe('hostile text in data files', () => {
  const textColumns = { sources: [2, 3, 6, 8], figures: [4, 8, 10] };
  for (const payload of rejected) {
    it(`rejects ${JSON.stringify(payload).slice(0, 50)} in every text column`, () => {
      for (const column of textColumns.figures) {
        const text = `${Object.keys(figuresFormat.columns).join(',')}\n${withCell(FIGURE, column, payload).map(csvCell).join(',')}\n`;
        const t = validateTable(text, 'figures/x.csv', figuresFormat);
        expect(t.rows, `figures column ${column}`).toEqual([]);
        expect(t.problems.map((p) => p.code)).toEqual([
          expect.stringMatching(/^(markup-in-text|invisible-character)$/),
        ]);
      }
      for (const column of textColumns.sources) {
        const text = `${Object.keys(sourcesFormat.columns).join(',')}\n${withCell(SOURCE, column, payload).map(csvCell).join(',')}\n`;
        expect(validateTable(text, 'sources/x.csv', sourcesFormat).rows, `sources column ${column}`).toEqual([]);
      }
    });
  }

  for (const payload of accepted) {
    it(`accepts ${JSON.stringify(payload).slice(0, 40)} as plain text (the site escapes it)`, () => {
      const text = `${Object.keys(sourcesFormat.columns).join(',')}\n${withCell(SOURCE, 2, payload).map(csvCell).join(',')}\n`;
      const t = validateTable(text, 'sources/x.csv', sourcesFormat);
      expect(t.problems).toEqual([]);
      expect(t.rows[0]?.cells.title).toBe(payload.trim());
    });
  }

  for (const url of rejectedUrls) {
    it(`refuses the URL ${JSON.stringify(url).slice(0, 50)}`, () => {
      const text = `${Object.keys(sourcesFormat.columns).join(',')}\n${withCell(SOURCE, 5, url).map(csvCell).join(',')}\n`;
      const t = validateTable(text, 'sources/x.csv', sourcesFormat);
      expect(t.rows).toEqual([]);
      expect(t.problems[0]).toMatchObject({ code: 'invalid-value', column: 'url' });
    });
  }
});
