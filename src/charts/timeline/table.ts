/** The timeline's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { TableWords } from '../common/chart';
import type { TimelineRow } from './chart';

export function timelineTable(rows: TimelineRow[], { caption, columns }: TableWords): ChartTable {
  return {
    caption,
    columns,
    rows: rows.map((d) => [d.dateLabel, d.label, d.figuresCell, d.sourceCell]),
  };
}
