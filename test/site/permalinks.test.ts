import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';

// Every record permalink published in the downloads (data/*.csv) must land on a built page that has the record's id,
// for press records (/sources/<id>/#<record>) and dataset records (/sources/<id>/<region>/#<record>) alike. A fast
// static check: one regex pass per CSV, each target page read once.
const BASE = (process.env.BOKJI_BASE ?? '/').replace(/\/?$/, '/');
const LINK = /(?:https?:\/\/[^/\s,"]+)?(\/[^\s,"#]*sources\/[^\s,"#]+\/)#([^\s,"]+)/g;

describe('record permalinks in the downloads', () => {
  const dataDir = join(DIST, 'data');
  const built = existsSync(join(dataDir, 'figures.csv'));

  it('the downloads are built (run `npm run build` first)', () => {
    expect(built).toBe(true);
  });

  it('every permalink resolves to an existing anchor', () => {
    const ids = new Map<string, Set<string> | null>();
    const idsOn = (page: string) => {
      if (!ids.has(page)) {
        const file = join(DIST, page.slice(BASE.length - 1), 'index.html');
        ids.set(
          page,
          existsSync(file)
            ? new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))
            : null,
        );
      }
      return ids.get(page)!;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const name of readdirSync(dataDir).filter((n) => n.endsWith('.csv'))) {
      for (const [, page, anchor] of readFileSync(join(dataDir, name), 'utf8').matchAll(LINK)) {
        checked++;
        // Absolute permalinks are percent-encoded (ids keep the region as written, in Hangul); browsers decode the
        // fragment before matching it to an id, and so does this check.
        if (!idsOn(page!)?.has(decodeURIComponent(anchor!))) broken.push(`${name}: ${page}#${anchor}`);
      }
    }
    console.log(`permalinks checked ${checked}; pages read ${ids.size}`);
    expect(checked).toBeGreaterThan(0);
    expect(broken.slice(0, 20), `${broken.length} broken`).toEqual([]);
  });
});
