import { z } from 'zod';
import { columnName, isoDate, safeText } from './common.ts';

/**
 * Where the region of a row is written. One column (a name, `서울종로구`, or a 2/5/7/10-digit code) or two columns
 * (시도명 + 시군구명: the first restricts the second, so 강원 고성군 and 경남 고성군 stay apart).
 */
export const regionSchema = z
  .object({
    column: columnName.optional(),
    /** [시도 column, 시군구 column]. */
    columns: z.tuple([columnName, columnName]).optional(),
    /** Codes come from a code list of this date: resolve them as of it, then follow the identity to the row's date. */
    codeVintage: isoDate.optional(),
    /** Resolve every row on this date instead of the row's own date (the end of its period). */
    date: isoDate.optional(),
    /** Rows whose region does not resolve are left out and listed with this reason instead of stopping the build. */
    unresolved: z
      .object({ skip: safeText(300) })
      .strict()
      .optional(),
  })
  .strict()
  .refine((r) => (r.column === undefined) !== (r.columns === undefined), {
    message: 'region needs exactly one of "column" or "columns"',
  });

export type RegionSpec = z.output<typeof regionSchema>;
