import type { APIRoute } from 'astro';
import { figures, sources } from '../../data/index';
import { exportRows } from '../../data/export';

export const GET: APIRoute = () =>
  new Response(JSON.stringify({ figures: exportRows(figures, sources), sources }, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
