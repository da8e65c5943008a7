import { join } from 'node:path';

export const REPO = join(import.meta.dirname, '..', '..');
/** The built site under test: `npm test` builds into dist/; BOKJI_DIST points tests at another build. */
export const DIST = process.env.BOKJI_DIST ?? join(REPO, 'dist');
/** The validated JSON the site was built from. */
export const DATA_OUT = process.env.BOKJI_DATA_DIR ?? join(REPO, 'build', 'data');
