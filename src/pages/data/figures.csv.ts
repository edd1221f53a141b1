import type { APIRoute } from 'astro';
import { figures, sources } from '../../data/index';
import { exportRows, toCsv } from '../../data/export';

export const GET: APIRoute = () =>
  new Response(toCsv(exportRows(figures, sources)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
