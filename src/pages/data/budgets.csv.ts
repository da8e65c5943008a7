import type { APIRoute } from 'astro';
import { csvResponse } from './_downloads.ts';

/** /data/budgets.csv: see /data/ and datapackage.json for the columns. */
export const GET: APIRoute = () => csvResponse('budgets');
