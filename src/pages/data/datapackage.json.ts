import type { APIRoute } from 'astro';
import { siteData } from '../../astro-adapter/data.ts';
import { dataDate } from '../../core/publish/cite.ts';
import { dataPackage } from '../../core/publish/dataPackage.ts';
import { tables } from './_downloads.ts';

/** /data/datapackage.json: Frictionless Data Package describing the four CSV files. */
export const GET: APIRoute = () => {
  const { dataset } = siteData();
  const descriptor = dataPackage(tables(), { dataDate: dataDate(dataset.sources), sourceCount: dataset.sources.length });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
