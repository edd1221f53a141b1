/** The averages chart's table and sources: shown under the chart and downloaded as CSV. */
import type { SourcedTable } from '../shared/table';
import type { AverageDatum } from './layout';

export function averagesTable(data: AverageDatum[]): SourcedTable {
  return {
    sources: ['interviewEn'],
    sourceNote: "Averages computed by this explainer from the interview's figures.",
    table: {
      caption: 'Averages and how they were computed',
      columns: ['Average', 'Value', 'Formula'],
      rows: data.map((d) => [d.label, d.valueText, d.formula]),
      numeric: [1],
    },
  };
}
