/** /data/figures.json (and /zh/data/figures.json): every figure, in the edition's words, with the source records. */
import type { APIRoute } from 'astro';
import { figures, sentenceIs, sources } from '../../data/index';
import { exportRows } from '../../data/export';
import { localeOf } from '../../lib/locale';

export const GET: APIRoute = ({ url }) =>
  new Response(JSON.stringify({ figures: exportRows(figures, sources, sentenceIs, localeOf(url)), sources }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
