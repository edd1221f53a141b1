/** The judicial assistance chart's table and sources: shown under the chart and downloaded as CSV. */
import type { SourcedTable } from '../shared/table';
import type { AssistanceRow } from './data';

export function assistanceTable(rows: AssistanceRow[]): SourcedTable {
  return {
    sources: ['interviewEn'],
    sourceNote:
      'The average and the percentage are computed by this explainer. The interview does not say the assistance was paid in livelihood cases; the bars only compare the two amounts.',
    table: {
      caption: 'Judicial assistance figures, and the livelihood amount beside them',
      columns: ['Figure', 'Value', 'Source or formula'],
      rows: rows.map((r) => [r.figure, r.value, r.how]),
    },
  };
}
