/** /data/charts/<chart-id>.csv: each chart's data table with its source line, written at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { chartTables } from '../../../charts/tables';
import { chartCsv } from '../../../charts/shared/table';

export const getStaticPaths = (() => Object.keys(chartTables).map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(chartCsv(chartTables[params.chart!]!()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
