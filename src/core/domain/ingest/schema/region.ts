import { z } from 'zod';
import { columnName, isoDate, safeText } from './common.ts';

/**
 * A name the file keeps writing after the region was renamed (열린지방 writes `인천남구` for 2018–2022, after 인천 남구
 * became 미추홀구 on 2018-07-01). On rows dated `from` on, the region as written `written` is read as `means` (a name or
 * code, resolved on the row's own date). Checked on every use: `means` must resolve on the row's date, and `written`
 * must not resolve by itself then (an alias never overrides a real match); an alias no row uses stops the build.
 */
export const aliasSchema = z
  .object({
    /** The region exactly as the row writes it (for `columns`: 시도 cell, a space, 시군구 cell). */
    written: safeText(100),
    /** The region it stands for: a name (`인천미추홀구`, `인천광역시 미추홀구`) or a current code (`28177`). */
    means: safeText(100),
    /** First date (YYYY-MM-DD) of rows read this way: the date of the renaming. Earlier rows resolve as written. */
    from: isoDate,
    /** Why the name is read so: shown in each record's note. */
    reason: safeText(300),
  })
  .strict();

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
    /** Names written after a renaming, read as the renamed region from a date on (see aliasSchema). */
    aliases: z.array(aliasSchema).min(1).max(50).optional(),
  })
  .strict()
  .refine((r) => (r.column === undefined) !== (r.columns === undefined), {
    message: 'region needs exactly one of "column" or "columns"',
  })
  .refine((r) => new Set((r.aliases ?? []).map((a) => a.written)).size === (r.aliases ?? []).length, {
    message: 'region.aliases: each "written" name at most once',
    path: ['aliases'],
  });

export type RegionSpec = z.output<typeof regionSchema>;
export type AliasSpec = z.output<typeof aliasSchema>;
