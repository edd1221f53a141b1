/** The path-of-a-case chart's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { TableWords } from '../common/chart';
import type { PathStep } from './chart';

export function casePathTable(steps: PathStep[], { caption, columns }: TableWords): ChartTable {
  return {
    caption,
    columns,
    rows: steps.map((s) => [s.title, s.text]),
  };
}
