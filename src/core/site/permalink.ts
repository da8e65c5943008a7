import { isStatistical } from '../domain/dataset/statistical.ts';
import { routes } from './routes.ts';

/** What a record needs to know its address: every figure, award, budget and category has these fields. */
export interface Permalinked {
  id: string;
  source: string;
  origin: string;
  region: { identity: string };
}

/**
 * The one permalink of any record, root-relative. A record transcribed from a document is an anchor on its source's
 * page (`/sources/<id>/#<recordId>`, the shape journalists already copied); a statistical record is an anchor on the
 * page of its source for its region, since a dataset's thousands of rows cannot share one page.
 */
export function recordPermalink(record: Permalinked): string {
  return isStatistical(record)
    ? routes.sourceRegionRecord(record.source, record.region.identity, record.id)
    : routes.record(record.source, record.id);
}

/** The permalink of a record known only by its citation fields (indicator values keep these, not whole records). */
export function citePermalink(cite: { id: string; source: string; origin: string; identity: string }): string {
  return recordPermalink({ ...cite, region: { identity: cite.identity } });
}
