import { z } from 'zod';
import { columnName, safeText, slug } from './schema/common.ts';
import { regionSchema } from './schema/region.ts';
import { repeatedRowsSchema, residualSchema, selectSchema, skipSchema } from './schema/rows.ts';
import { accounts, periodText, stages, valueSchema } from './schema/values.ts';
import { migrateV1 } from './migrateV1.ts';

const jsonSchema = z.union([
  /** An array of records, at this dotted path ("" = the top level), e.g. "자치단체". */
  z.object({ records: z.string() }).strict(),
  /** An object keyed by region code at this path (e.g. "sgg"); the key is readable as column `keyColumn`. */
  z.object({ keyed: z.string(), keyColumn: columnName }).strict(),
]);

/**
 * How to read one file exactly as an agency published it (v2): header rows, region columns, period, value columns
 * (one series each), which rows to keep, and what rows mean in our model. Written by a maintainer as
 * `<file>.descriptor.json` beside the file; the file itself is never edited. v1 descriptors (`layout`) still read.
 * Every option is documented, with a tested example per file shape, in docs/descriptors.md
 * (test/unit/domain/ingest/descriptor-docs.test.ts keeps it in step with this schema).
 */
export const descriptorSchema = z.preprocess(
  migrateV1,
  z
    .object({
      /** Id prefix: records get `<id>-<region as written>-<period>[-<value key>]`. */
      id: slug,
      file: z.string().regex(/^[^/\\]+\.(csv|txt|json)$/i),
      encoding: z.enum(['auto', 'utf-8', 'euc-kr', 'cp949']).default('auto'),
      delimiter: z.enum([',', '\t', ';', '|']).default(','),
      /** 1-based lines whose cells, joined per column, form the header (a year row over a label row). */
      headerRows: z.array(z.number().int().min(1).max(50)).min(1).max(4).default([1]),
      headerJoin: z.string().max(3).default(' '),
      json: jsonSchema.optional(),
      source: slug,
      target: z.enum(['figures', 'budgets', 'categories']),
      program: slug.optional(),
      region: regionSchema,
      period: z.union([z.object({ column: columnName }).strict(), z.object({ value: periodText }).strict()]).optional(),
      values: z.array(valueSchema).min(1).max(60),
      basis: safeText(300).optional(),
      account: accounts.optional(),
      stage: stages.optional(),
      select: z.array(selectSchema).default([]),
      skip: z.array(skipSchema).default([]),
      fillDown: z.array(columnName).default([]),
      residual: residualSchema.optional(),
      repeatedRows: repeatedRowsSchema.optional(),
      /** Cell values that mean "no figure": counted as empty cells, not errors. */
      empty: z.array(z.string().max(20)).default(['', '-', '…', '...', 'x', 'X']),
      /** What the maintainer left out of the file and why (columns not ingested, known defects). */
      notes: safeText(2000).optional(),
    })
    .strict()
    .superRefine((d, ctx) => {
      d.values.forEach((v, i) => {
        if ((v.target ?? d.target) === 'figures' && !(v.program ?? d.program))
          ctx.addIssue({ code: 'custom', path: ['values', i, 'program'], message: 'figures need "program"' });
        if (d.target !== 'categories' && !v.unit)
          ctx.addIssue({ code: 'custom', path: ['values', i, 'unit'], message: 'numbers need "unit"' });
        if (!v.period && !d.period)
          ctx.addIssue({ code: 'custom', path: ['values', i, 'period'], message: 'need "period" here or at the top' });
      });
      const keys = d.values.map((v) => `${v.key ?? v.measure}|${v.period ?? ''}`);
      const dup = keys.findIndex((k, i) => keys.indexOf(k) !== i);
      if (dup !== -1)
        ctx.addIssue({
          code: 'custom',
          path: ['values', dup, 'key'],
          message: 'two value columns give the same record id: set a distinct "key"',
        });
      if (d.repeatedRows && d.values.some((v) => v.period))
        ctx.addIssue({
          code: 'custom',
          path: ['repeatedRows'],
          message: 'repeatedRows needs one period per row: use the top-level "period", not a period per value column',
        });
      if (d.region.aliases && d.target === 'categories')
        ctx.addIssue({
          code: 'custom',
          path: ['region', 'aliases'],
          message: 'region.aliases need records with a note (figures, budgets): categories carry none',
        });
      if (d.json && d.headerRows.join() !== '1')
        ctx.addIssue({ code: 'custom', path: ['headerRows'], message: 'JSON inputs have no header rows' });
    }),
);

export type Descriptor = z.output<typeof descriptorSchema>;
