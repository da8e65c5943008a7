import type { APIRoute } from 'astro';
import { csvResponse } from './_downloads.ts';

/** /data/figures.csv: see /data/ and datapackage.json for the columns. */
export const GET: APIRoute = () => csvResponse('figures');
