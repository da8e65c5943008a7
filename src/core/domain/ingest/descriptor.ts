import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const columnRef = z.object({ column: z.string().min(1) }).strict();
const fixed = z.object({ value: z.string().min(1) }).strict();

/**
 * How to read one file exactly as an agency published it: which line holds the header, which columns hold the region,
 * the period and the value, what unit bare numbers are in, and what the rows mean in our model. Written by a maintainer
 * as `<file>.descriptor.json` next to the file; the file itself is never edited.
 */
export const descriptorSchema = z
  .object({
    /** Id prefix for the records, e.g. `lofin-2023-welfare-share`; records get `<id>-<line>[-<period>]`. */
    id: slug,
    /** The published file's name in the same folder. */
    file: z.string().regex(/^[^/\\]+\.(csv|txt)$/i),
    encoding: z.enum(['auto', 'utf-8', 'euc-kr', 'cp949']).default('auto'),
    /** 1-based line of the header row (agencies often put a title on line 1). */
    headerRow: z.number().int().min(1).max(20).default(1),
    delimiter: z.enum([',', '\t', ';', '|']).default(','),
    source: slug,
    target: z.enum(['figures', 'budgets']),
    /** figures only: the program the figures belong to. */
    program: slug.optional(),
    measure: slug,
    /** The label shown for the figures (as the agency names them). */
    metric: z.string().min(1),
    region: columnRef,
    layout: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('long'), period: z.union([columnRef, fixed]), value: columnRef }).strict(),
      z
        .object({ kind: z.literal('wide'), periodColumns: z.record(z.string().regex(/^\d{4}$/), z.string().min(1)) })
        .strict(),
    ]),
    /** Unit of bare numbers in value cells, e.g. `천원`, `백만원`, `%`, `명`. */
    unit: z.string().min(1),
    account: z.enum(['일반회계', '일반+특별회계', '총계', '순계']).optional(),
    stage: z.enum(['예산안', '당초', '추경', '최종', '결산']).optional(),
    qualifier: z.string().optional(),
    /** Rows to leave out on purpose (totals such as 전국계, 서울계): they are counted and listed, never lost. */
    skip: z
      .array(z.object({ column: z.string().min(1), pattern: z.string().min(1), reason: z.string().min(1) }).strict())
      .default([]),
    /** Cell values that mean "no figure" (e.g. `-`, `…`): counted as empty cells, not errors. */
    empty: z.array(z.string()).default(['', '-', '…', '...', 'x', 'X']),
  })
  .strict()
  .refine((d) => d.target !== 'figures' || d.program, { message: 'figures need "program"', path: ['program'] });

export type Descriptor = z.output<typeof descriptorSchema>;
