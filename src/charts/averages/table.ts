/** The averages chart's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { TableWords } from '../common/chart';
import type { AverageDatum } from './layout';

export function averagesTable(bars: AverageDatum[], { caption, columns }: TableWords): ChartTable {
  return {
    caption,
    columns,
    rows: bars.map((d) => [d.label, d.valueText, d.formula]),
    numeric: [1],
  };
}
