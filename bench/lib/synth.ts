// What the generators of the synthetic nation share: the years and units to write, the file writer, the source
// registry, the seeded random numbers and the running counts. One context so that each table's generator stays in its
// own file while every generator draws from the same random sequence in the same order (the output is seeded).
import type { UnitOfYear } from './regions-by-year.ts';

export interface SynthContext {
  /** Scale of the synthetic nation (1 = about one real nation's volume). */
  scale: number;
  years: readonly number[];
  units: ReadonlyMap<number, readonly UnitOfYear[]>;
  /** Appends one CSV line to a file of the data folder. */
  add: (path: string, line: string) => void;
  /** Sets a whole file (CP949 bytes, or lines). */
  put: (path: string, content: Buffer | string[]) => void;
  /** Registers a source once and returns its id. */
  source: (id: string, kind: string, title: string, issuer: string, published: string, reliability?: string) => string;
  /** A stable base level in 0..1 per key, so each series is a smooth line with noise. */
  level: (key: string) => number;
  random: () => number;
  counts: { figures: number; awards: number; budgets: number; publishedRows: number };
}

/** Zero-padded number: `pad(7, 3)` is `007`. */
export const pad = (n: number, width = 2) => String(n).padStart(width, '0');
