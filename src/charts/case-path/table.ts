/** The path-of-a-case chart's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { PathStep } from './data';

export function casePathTable(steps: PathStep[]): ChartTable {
  return {
    caption: 'The steps of the path',
    columns: ['Step', 'What happens'],
    rows: steps.map((s) => [s.title, s.text]),
  };
}
