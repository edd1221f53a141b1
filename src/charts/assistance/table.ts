/** The judicial assistance chart's table: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { AssistanceRow } from './data';

export function assistanceTable(rows: AssistanceRow[]): ChartTable {
  return {
    caption: 'Judicial assistance figures, and the livelihood amount beside them',
    columns: ['Figure', 'Value', 'Source or formula'],
    rows: rows.map((r) => [r.figure, r.value, r.how]),
  };
}
