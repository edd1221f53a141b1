import type { APIRoute } from 'astro';
import { figures, sentenceIs, sources } from '../../data/index';
import { exportRows, toCsv } from '../../data/export';

export const GET: APIRoute = () =>
  new Response(toCsv(exportRows(figures, sources, sentenceIs)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
