import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QualityReport } from '../lib/site/buildSiteData.ts';
import type { Dataset } from '../lib/dataset/types.ts';
import type { RegionIdentity } from '../lib/regions/index.ts';

// Pages render from the JSON that `npm run data` wrote; read once per build, shared by every page.
const dir = join(process.cwd(), 'build', 'data');
let cache: { dataset: Dataset; regions: RegionIdentity[]; report: QualityReport } | undefined;

/** The validated dataset, region identities and data-quality report. */
export function siteData() {
  if (!cache) {
    const read = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
    cache = { dataset: read('dataset') as Dataset, regions: read('regions') as RegionIdentity[], report: read('report') as QualityReport };
  }
  return cache;
}
