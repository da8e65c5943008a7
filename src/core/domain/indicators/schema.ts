import { z } from 'zod';
import { readCsv } from '../csv/readCsv.ts';
import { error, type Problem } from '../dataset/problem.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().regex(SLUG);
const optionalSlug = z.union([z.literal(''), slug]);

/** One row of data/indicators.csv: which records make the indicator, and how readers should read it. */
const row = z
  .object({
    id: slug,
    name: z.string().min(1).max(80),
    name_en: z.string().min(1).max(120),
    kind: z.enum(['count', 'share', 'amount', 'rate', 'category']),
    table: z.enum(['figures', 'budgets', 'categories']),
    measure: slug,
    program: optionalSlug,
    source: optionalSlug,
    // '' = any stage, 'none' = only records that state no stage (the panel), else the stage as written (당초 …).
    stage: z.string(),
    unit: z.string().min(1),
    basis: z.string().min(1),
    direction: z.enum(['more-support', 'more-need', 'neutral']),
    denominator_measure: optionalSlug,
    denominator_program: optionalSlug,
    denominator_source: optionalSlug,
    per: z.enum(['', '100', '1000']),
    palette: z.enum(['', 'blues', 'greens', 'purples', 'ylgnbu', 'viridis']),
    // Program pages that show this indicator's map besides the numerator's own program (space-separated ids).
    shown_on: z.string().regex(/^$|^[a-z0-9-]+( [a-z0-9-]+)*$/),
    // peer-size: the size measure comparison pages pick the closest peers by (at most one row).
    role: z.enum(['', 'peer-size']),
  })
  .refine((r) => (r.kind === 'rate') === (r.denominator_measure !== '' && r.per !== ''), {
    message: 'rate indicators (and only they) need denominator_measure and per',
  })
  .refine((r) => (r.kind === 'category') === (r.table === 'categories'), {
    message: 'category indicators read the categories table',
  })
  .refine((r) => r.kind === 'category' || r.palette !== '', { message: 'mapped indicators need a palette' });

/** Which records a side of an indicator reads. */
export interface RecordFilter {
  table: 'figures' | 'budgets' | 'categories';
  measure: string;
  program: string | null;
  source: string | null;
  /** undefined = any stage; null = records without a stage; else that stage. */
  stage?: string | null;
}

export interface Indicator {
  id: string;
  name: string;
  nameEn: string;
  kind: 'count' | 'share' | 'amount' | 'rate' | 'category';
  unit: string;
  basis: string;
  direction: 'more-support' | 'more-need' | 'neutral';
  numerator: RecordFilter;
  denominator: (RecordFilter & { per: 100 | 1000 }) | null;
  palette: 'blues' | 'greens' | 'purples' | 'ylgnbu' | 'viridis' | null;
  /** Program pages that lead with this indicator's map. */
  programs: string[];
  /** What else the site uses it for: 'peer-size' picks each region's comparison peers. */
  role: 'peer-size' | null;
}

const blank = (s: string) => (s === '' ? null : s);

/** Reads data/indicators.csv; every row that breaks the schema is a problem (the build stops), none is dropped silently. */
export function parseIndicators(
  text: string,
  file = 'indicators.csv',
): { indicators: Indicator[]; problems: Problem[] } {
  const table = readCsv(text, file);
  const problems = [...table.problems];
  const indicators: Indicator[] = [];
  const seen = new Set<string>();
  for (const r of table.rows) {
    const parsed = row.safeParse(r.cells);
    if (!parsed.success) {
      const msg = parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ');
      problems.push(
        error({ file, line: r.line }, 'bad-indicator', `지표 정의가 잘못됨: ${msg}`, `Bad indicator: ${msg}`),
      );
      continue;
    }
    const c = parsed.data;
    if (seen.has(c.id)) {
      problems.push(error({ file, line: r.line }, 'duplicate-id', `지표 id 중복: ${c.id}`, `Duplicate id ${c.id}`));
      continue;
    }
    seen.add(c.id);
    const other = indicators.find((i) => c.role !== '' && i.role === c.role);
    if (other) {
      problems.push(
        error(
          { file, line: r.line, column: 'role' },
          'duplicate-role',
          `role ${c.role}은(는) 한 지표에만 쓸 수 있습니다 (이미 ${other.id}).`,
          `Only one indicator may have role ${c.role} (already ${other.id}).`,
        ),
      );
      continue;
    }
    indicators.push({
      id: c.id,
      name: c.name,
      nameEn: c.name_en,
      kind: c.kind,
      unit: c.unit,
      basis: c.basis,
      direction: c.direction,
      numerator: {
        table: c.table,
        measure: c.measure,
        program: blank(c.program),
        source: blank(c.source),
        ...(c.stage === '' ? {} : { stage: c.stage === 'none' ? null : c.stage }),
      },
      denominator:
        c.kind === 'rate'
          ? {
              table: 'figures',
              measure: c.denominator_measure,
              program: blank(c.denominator_program),
              source: blank(c.denominator_source),
              per: c.per === '100' ? 100 : 1000,
            }
          : null,
      palette: c.palette === '' ? null : c.palette,
      programs: [...new Set([c.program, ...c.shown_on.split(' ')].filter((p) => p !== ''))],
      role: c.role === '' ? null : c.role,
    });
  }
  return { indicators, problems };
}
