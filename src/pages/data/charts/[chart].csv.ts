/** /data/charts/<chart-id>.csv: each chart's data table with its source line, written at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { charts, getChart } from '../../../charts/index';
import { chartTable } from '../../../charts/common/chart';
import { chartCsv } from '../../../charts/common/table';

export const getStaticPaths = (() => charts.map((c) => ({ params: { chart: c.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsv(chartTable(getChart(params.chart!)!)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
