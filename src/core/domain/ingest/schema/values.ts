import { isPeriod } from '../../dataset/period.ts';
import { z } from 'zod';
import { columnName, safeText, slug } from './common.ts';

const accounts = z.enum(['일반회계', '일반+특별회계', '총계', '순계']);
const stages = z.enum(['예산안', '예산', '당초', '추경', '최종', '결산']);
const periodText = z.string().refine(isPeriod, 'YYYY, YYYY-MM or YYYY-MM-DD, a month or day on the calendar');

/** One value column of the file: one series with its own measure, unit and basis. */
export const valueSchema = z
  .object({
    column: columnName,
    /** Per-period column override, e.g. {"2021": "var31"} when a publisher swapped two columns in one year. */
    columnByPeriod: z.record(periodText, columnName).optional(),
    /** Part of the record id when the file has several value columns; defaults to the measure. */
    key: slug.optional(),
    /** Fixed period of this column (wide tables: one column per year). */
    period: periodText.optional(),
    measure: slug,
    /** This column's records go to another target than the file's (a panel with budgets and population). */
    target: z.enum(['figures', 'budgets']).optional(),
    program: slug.optional(),
    metric: safeText(120),
    /** Unit of bare numbers in the cells (천원, 백만원, 원, %, 명, 가구); not used for categories. */
    unit: safeText(20).optional(),
    /** Multiply by a power of ten, exactly (0–1 ratios to %: 100). Shown in the written notation. */
    scale: z.union([z.literal(100), z.literal(1000)]).optional(),
    basis: safeText(300).optional(),
    account: accounts.optional(),
    stage: stages.optional(),
    qualifier: safeText(60).optional(),
  })
  .strict();

export type ValueSpec = z.output<typeof valueSchema>;
export { accounts, stages, periodText };
