import { describe, expect, it } from 'vitest';
import { drawnOnRead, type Chart } from '../../../../src/core/present/charts/chartModel.ts';

const base: Omit<Chart, 'svg' | 'svgNarrow' | 'legendHtml'> = {
  id: 'c',
  kind: 'bar',
  title: 't',
  subtitle: 's',
  description: 'd',
  columns: [],
  rows: [],
  sourceIds: [],
  page: '/p/',
  notes: [],
};

describe('a chart drawn on read', () => {
  it('draws once, the first time its drawing is read, and not for reading anything else', () => {
    let draws = 0;
    const chart = drawnOnRead({ ...base }, () => {
      draws += 1;
      return { svg: '<svg/>', legendHtml: '<div/>' };
    });
    expect([chart.id, chart.page, chart.rows]).toEqual(['c', '/p/', []]);
    chart.rows = [{ cells: {}, links: {} }];
    expect(draws).toBe(0);
    expect(chart.svg).toBe('<svg/>');
    expect(chart.legendHtml).toBe('<div/>');
    expect(chart.svgNarrow).toBeUndefined();
    expect(draws).toBe(1);
    // Copies (spread, JSON) see the drawing like any property.
    expect(JSON.parse(JSON.stringify(chart)).svg).toBe('<svg/>');
    expect(draws).toBe(1);
  });
});
