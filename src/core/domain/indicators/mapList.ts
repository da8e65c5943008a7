import { z } from 'zod';
import { readCsv } from '../csv/readCsv.ts';
import { error, type Problem } from '../dataset/problem.ts';

/**
 * One editorial map of data/maps.csv (besides the indicator maps): which evaluation, measure or program it draws,
 * the 시도 it is limited to, and the page that shows it. Adding or moving such a map is a data change.
 */
export interface MapDecl {
  id: string;
  /** awards: awards per 시군구 of an evaluation; budget-basis: a budget measure on its best-covered basis; program-latest: a program's best-covered measure, latest per region. */
  kind: 'awards' | 'budget-basis' | 'program-latest';
  subject: string;
  /** 시도 code the map is drawn for (its 시군구 only), or null for the whole country. */
  sido: string | null;
  /** home: the home page; program: the subject program's page; budgets: the 복지 예산 page. */
  page: 'home' | 'program' | 'budgets';
}

const row = z.object({
  id: z.string().regex(/^map-[a-z0-9-]+$/),
  kind: z.enum(['awards', 'budget-basis', 'program-latest']),
  subject: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  sido: z.string().regex(/^$|^\d{2}$/),
  page: z.enum(['home', 'program', 'budgets']),
});

/** Reads data/maps.csv; a bad row is a problem that stops the build. */
export function parseMaps(text: string, file = 'maps.csv'): { maps: MapDecl[]; problems: Problem[] } {
  const table = readCsv(text, file);
  const problems = [...table.problems];
  const maps: MapDecl[] = [];
  for (const r of table.rows) {
    const parsed = row.safeParse(r.cells);
    if (!parsed.success) {
      const msg = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      problems.push(error({ file, line: r.line }, 'bad-map', `지도 정의가 잘못됨: ${msg}`, `Bad map: ${msg}`));
      continue;
    }
    const c = parsed.data;
    maps.push({ id: c.id, kind: c.kind, subject: c.subject, sido: c.sido === '' ? null : c.sido, page: c.page });
  }
  return { maps, problems };
}
