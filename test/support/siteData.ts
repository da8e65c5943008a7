import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runDataBuild } from '../../scripts/lib/data-build.ts';
import type { Dataset } from '../../src/core/domain/dataset/types.ts';
import type { QualityReport, RegionEntry } from '../../src/core/site/siteData.ts';

const DATA = fileURLToPath(new URL('../../data/', import.meta.url));

/** The site's JSON built from the committed data/ into a temporary folder, as the pages read it. */
export async function buildRealSiteData(): Promise<{
  dataset: Dataset;
  regions: RegionEntry[];
  report: QualityReport;
}> {
  const outDir = mkdtempSync(join(tmpdir(), 'bokji-site-views-'));
  try {
    const result = await runDataBuild({ dataDir: DATA, outDir, asOf: '2026-11-23' });
    if (!result.dataset) throw new Error('data build failed');
    const read = (name: string) => JSON.parse(readFileSync(join(outDir, `${name}.json`), 'utf8'));
    return { dataset: read('dataset'), regions: read('regions'), report: read('report') };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
