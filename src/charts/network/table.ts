/** The network chart's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { networkData } from './data';

export function networkTable({ rows }: Pick<ReturnType<typeof networkData>, 'rows'>): ChartTable {
  return {
    caption: 'The network’s elements and what the sources say about them',
    columns: ['Element', 'What the sources say', 'Source'],
    rows: rows.map((r) => [r.element, r.says, r.source]),
  };
}
