import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/core/domain/dataset/types.ts';
import { BOM, toCsv } from '../../../src/core/publish/csvOut.ts';
import { dataPackage } from '../../../src/core/publish/dataPackage.ts';
import { downloadTables, type DownloadTable } from '../../../src/core/publish/downloadTables.ts';
import { buildRealSiteData } from '../../support/siteData.ts';

let d: Dataset;
let tables: DownloadTable[];
beforeAll(async () => {
  ({ dataset: d } = await buildRealSiteData());
  tables = downloadTables(d, (path) => `https://example.org/bokji${path}`);
}, 120_000);

const parse = (t: DownloadTable) => {
  const text = toCsv(
    t.fields.map((f) => f.name),
    t.rows,
  );
  expect(text.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
};

describe('download tables', () => {
  it('has one row per record in each table and a cell for every field', () => {
    const byName = new Map(tables.map((t) => [t.name, t]));
    expect(byName.get('figures')!.rows).toHaveLength(d.figures.length);
    expect(byName.get('awards')!.rows).toHaveLength(d.awards.length);
    expect(byName.get('budgets')!.rows).toHaveLength(d.budgets.length);
    expect(byName.get('sources')!.rows).toHaveLength(d.sources.length);
    expect(byName.get('categories')!.rows).toHaveLength(d.categories.length);
    for (const t of tables) for (const row of t.rows) expect(row).toHaveLength(t.fields.length);
  });

  it('lists each designation as published: 고흥군 인구감소지역 (2021-10-19 고시) with its code of that date and source', () => {
    const rows = parse(tables.find((t) => t.name === 'categories')!);
    const goheung = rows.find((r) => r.region_name === '고흥군' && r.period === '2021-10-19')!;
    expect(goheung.category).toBe('인구감소지역');
    expect(goheung.measure).toBe('depopulation-area');
    expect(goheung.region_code).toBe('46770');
    expect(goheung.region_identity).toBe('12740');
    expect(goheung.source).toBe('mois-depopulation-areas');
    expect(goheung.status).toBe('2차인용');
    expect(goheung.basis).toBe('행정안전부 고시 (지정일 기준)');
    expect(goheung.permalink!.startsWith('https://example.org/bokji/sources/mois-depopulation-areas/12740/#')).toBe(
      true,
    );
    expect(new Set(rows.map((r) => r.category))).toEqual(new Set(['인구감소지역', '인구감소관심지역']));
  });

  it('round-trips the 여수시 2016 press-release figures with value, original notation, source and permalink', () => {
    const rows = parse(tables.find((t) => t.name === 'figures')!);
    const yeosu = rows.filter((r) => r.source === 'yeosu-20160623-welfare-net');
    const budget = yeosu.find((r) => r.written === '75억 원')!;
    expect(budget.value).toBe('7500000000');
    expect(budget.unit).toBe('원');
    expect(budget.region_identity).toBe('12130');
    expect(budget.region_code).toBe('46130');
    expect(budget.issuer).toBe('여수시');
    expect(budget.published).toBe('2016-06-23');
    expect(budget.conflicts_with).toMatch(/newsprime-nd-yeosu-senior-jobs-/);
    expect(budget.permalink).toBe(`https://example.org/bokji/sources/yeosu-20160623-welfare-net/#${budget.id}`);
  });

  it('counts records per source in sources.csv, matching the dataset', () => {
    const rows = parse(tables.find((t) => t.name === 'sources')!);
    const total = rows.reduce((n, r) => n + Number(r.figures) + Number(r.awards) + Number(r.budgets), 0);
    expect(total).toBe(d.figures.length + d.awards.length + d.budgets.length);
  });
});

describe('data package', () => {
  it('describes each CSV with relative paths, typed fields, a primary key and a foreign key to sources', () => {
    const pkg = dataPackage(tables, { dataDate: '2026-07-29', sourceCount: d.sources.length });
    expect(pkg.resources.map((r) => r.path)).toEqual([
      'figures.csv',
      'awards.csv',
      'budgets.csv',
      'categories.csv',
      'sources.csv',
    ]);
    for (const r of pkg.resources) {
      const table = tables.find((t) => t.name === r.name)!;
      expect(r.schema.fields.map((f) => f.name)).toEqual(table.fields.map((f) => f.name));
      expect(
        r.schema.fields.every((f) => ['string', 'number', 'integer'].includes(f.type) && f.description.length > 0),
      ).toBe(true);
      expect(r.encoding).toBe('utf-8');
    }
    expect(pkg.resources.find((r) => r.name === 'figures')!.schema.foreignKeys).toEqual([
      { fields: 'source', reference: { resource: 'sources', fields: 'id' } },
    ]);
    expect(pkg.resources.find((r) => r.name === 'sources')!.schema.foreignKeys).toBeUndefined();
    expect(pkg.version).toBe('2026-07-29');
    expect(pkg.licenses[0]!.name).toBe('other-at');
  });

  it('types number columns so that every non-empty cell parses as one', () => {
    for (const t of tables) {
      t.fields.forEach((f, i) => {
        if (f.type === 'string') return;
        for (const row of t.rows) {
          const v = row[i];
          if (v === null || v === undefined) continue;
          expect(typeof v, `${t.name}.${f.name}`).toBe('number');
          if (f.type === 'integer') expect(Number.isInteger(v)).toBe(true);
        }
      });
    }
  });
});

describe('download table rows', () => {
  it('are counted from the records, and made only when first read, then kept', () => {
    const [figures] = downloadTables(d, (path) => path);
    expect(figures!.rowCount).toBe(d.figures.length);
    expect(Object.getOwnPropertyDescriptor(figures, 'rows')!.get).toBeTypeOf('function');
    const rows = figures!.rows;
    expect(rows).toHaveLength(figures!.rowCount);
    expect(figures!.rows).toBe(rows);
    expect(rows[0]![0]).toBe(d.figures[0]!.id);
  });
});
