import type { APIRoute } from 'astro';
import { ownShare } from '../../astro-adapter/renderShare.ts';
import { downloadFiles } from './_downloads.ts';

/** /data/figures.csv, awards.csv, budgets.csv, categories.csv, sources.csv, datapackage.json and dataset.json (see /data/). */
export const getStaticPaths = () => ownShare(Object.keys(downloadFiles).map((file) => ({ params: { file } })), (p) => `/data/${p.params.file}`);

export const GET: APIRoute = ({ params }) => downloadFiles[params.file!]!();
