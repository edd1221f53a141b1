/** /data/charts/<chart-id>.csv (and /zh/data/charts/…): each chart's data table with its source line, in the edition's words. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, getChart } from '../../../charts/index';
import { chartTable } from '../../../charts/common/chart';
import { chartCsv } from '../../../charts/common/table';
import { localeOf } from '../../../lib/locale';

export const getStaticPaths = (() => charts.map((c) => ({ params: { chart: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, url }) =>
  new Response(chartCsv(chartTable(getChart(params.chart!)!, localeOf(url))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
