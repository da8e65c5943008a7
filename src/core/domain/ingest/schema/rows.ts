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

/**
 * Rows that resolve to the same region and period and state the same value in every value column the descriptor maps
 * are one published figure printed several times (a panel repeating the 시's figure on each 일반구 row): it is
 * published once, from the first such row, and the other rows are listed as merged repeats with `reason`. Repeats
 * that disagree in any mapped value stop the build: nothing picks one. `districts: "city"` reads a row naming a
 * 일반구 (행정구) as its 시, for files that print the 시's figure on each 구 row under the 구's name.
 */
export const repeatedRowsSchema = z
  .object({
    reason: safeText(300),
    districts: z.literal('city').optional(),
  })
  .strict();

export type SelectSpec = z.output<typeof selectSchema>;
export type SkipSpec = z.output<typeof skipSchema>;
export type RepeatedRowsSpec = z.output<typeof repeatedRowsSchema>;
export type ResidualSpec = z.output<typeof residualSchema>;
