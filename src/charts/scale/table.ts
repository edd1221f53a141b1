/** The scale chart's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../shared/table';
import type { ScaleMeasure } from './layout';

export function scaleTable(measures: ScaleMeasure[]): ChartTable {
  return {
    caption: 'Livelihood and rural migrant-worker enforcement, 2024',
    columns: ['Measure', 'Rural migrant workers', 'All livelihood cases'],
    rows: measures.map((m) => [m.title, m.partText.replace('Rural migrant workers: ', ''), m.totalText.replace('All livelihood cases: ', '')]),
  };
}
