import { z } from 'zod';
import { columnName, safeText } from './common.ts';

const values = z.array(z.string().max(200)).min(1);

/** Keep only rows whose cell equals one of the values (e.g. 사업명 = 기초생활보장); the others are listed as skipped. */
export const selectSchema = z.object({ column: columnName, equals: values }).strict();

/** Leave out rows on purpose (totals, repeated parent rows); each one is listed with the reason. */
export const skipSchema = z
  .object({
    column: columnName,
    equals: values.optional(),
    pattern: z.string().min(1).optional(),
    reason: safeText(300),
  })
  .strict()
  .refine((s) => (s.equals === undefined) !== (s.pattern === undefined), {
    message: 'skip needs exactly one of "equals" or "pattern"',
  });

/** Rows recorded at 시 level that belong to no 일반구: kept, with scope "residual" (never the 시's total). */
export const residualSchema = z.object({ column: columnName, equals: values, meaning: safeText(300) }).strict();

export type SelectSpec = z.output<typeof selectSchema>;
export type SkipSpec = z.output<typeof skipSchema>;
export type ResidualSpec = z.output<typeof residualSchema>;
