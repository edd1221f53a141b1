/** The averages chart's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { AverageDatum } from './layout';

export function averagesTable(data: AverageDatum[]): ChartTable {
  return {
    caption: 'Averages and how they were computed',
    columns: ['Average', 'Value', 'Formula'],
    rows: data.map((d) => [d.label, d.valueText, d.formula]),
    numeric: [1],
  };
}
