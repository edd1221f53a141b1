/** The scale chart's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { ScaleMeasure } from './layout';

export function scaleTable(measures: ScaleMeasure[]): ChartTable {
  return {
    caption: 'Livelihood and rural migrant-worker enforcement, 2024',
    columns: ['Measure', 'Rural migrant workers', 'Share of the total', 'All livelihood cases'],
    rows: measures.map((m) => [
      m.title,
      m.partText.replace('Rural migrant workers: ', ''),
      `${m.share.qualifier}${m.share.number}`,
      m.totalText.replace('All livelihood cases: ', ''),
    ]),
  };
}
