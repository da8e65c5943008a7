import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../support/paths.ts';

const pages = join(REPO, 'src', 'pages');
const files = (readdirSync(pages, { recursive: true }) as string[])
  .filter((f) => /\.(astro|ts)$/.test(f) && !f.split('/').pop()!.startsWith('_'))
  .map((f) => join(pages, f));

describe('render shares', () => {
  // A route that forgot ownShare() is still built correctly (every process renders all of it and the merge keeps one
  // identical copy), but its pages are then rendered once per process: the build slows down without a sign.
  it('every dynamic route of src/pages returns its paths through ownShare()', () => {
    const dynamic = files.filter((f) => /getStaticPaths/.test(readFileSync(f, 'utf8')));
    expect(dynamic.length).toBeGreaterThan(15);
    const without = dynamic.filter((f) => !/getStaticPaths[^]*?ownShare\(/.test(readFileSync(f, 'utf8')));
    expect(without.map((f) => relative(REPO, f))).toEqual([]);
  });
});
