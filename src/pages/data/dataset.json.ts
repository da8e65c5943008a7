import type { APIRoute } from 'astro';
import { siteData } from '../../astro-adapter/data.ts';

/** /data/dataset.json: every record exactly as the pages use it (sources, programs, measures, evaluations, figures, awards, budgets). */
export const GET: APIRoute = () => new Response(JSON.stringify(siteData().dataset), { headers: { 'content-type': 'application/json; charset=utf-8' } });
