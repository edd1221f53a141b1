/** The network chart's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { TableWords } from '../common/chart';

/** An element of the diagram, what a source says of it, and that source. */
export interface NetworkRow {
  element: string;
  says: string;
  source: string;
}

export function networkTable(rows: NetworkRow[], { caption, columns }: TableWords): ChartTable {
  return {
    caption,
    columns,
    rows: rows.map((r) => [r.element, r.says, r.source]),
  };
}
