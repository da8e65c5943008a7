import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashFolder } from '../pipeline/support.ts';
import { DATA_OUT, DIST } from '../support/paths.ts';
import { runBuild } from './support.ts';

let scratch: string | undefined;
afterAll(() => (scratch ? rm(scratch, { recursive: true, force: true }) : undefined));

describe('determinism', () => {
  it('a second build of the same input is byte-identical to dist/ and build/data/ (every file hashed)', async () => {
    scratch = await mkdtemp(join(tmpdir(), 'bokji-determinism-'));
    // An empty image cache: every PNG is rendered again, so the renderer itself is shown to be deterministic.
    const run = runBuild({ dist: join(scratch, 'dist'), dataOut: join(scratch, 'data'), exportCache: join(scratch, 'cache') });
    expect(run.status, run.stderr).toBe(0);
    const [a, b] = await Promise.all([hashFolder(DIST), hashFolder(join(scratch, 'dist'))]);
    expect(Object.keys(b).length).toBeGreaterThan(0);
    const differing = Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f]);
    expect(differing).toEqual([]);
    expect(await hashFolder(join(scratch, 'data'))).toEqual(await hashFolder(DATA_OUT));
  });
});
