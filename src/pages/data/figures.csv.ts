/** /data/figures.csv (and /zh/data/figures.csv): every figure as a spreadsheet row, headed in the edition's language. */
import type { APIRoute } from 'astro';
import { figures, sentenceIs, sources } from '../../data/index';
import { exportRows, toCsv } from '../../data/export';
import { localeOf } from '../../lib/locale';

export const GET: APIRoute = ({ url }) => {
  const locale = localeOf(url);
  return new Response(toCsv(exportRows(figures, sources, sentenceIs, locale), locale), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
