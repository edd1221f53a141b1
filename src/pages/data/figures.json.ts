import type { APIRoute } from 'astro';
import { figures, sentenceIs, sources } from '../../data/index';
import { exportRows } from '../../data/export';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ figures: exportRows(figures, sources, sentenceIs), sources }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
