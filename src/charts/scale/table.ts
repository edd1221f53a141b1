/** The scale chart's table and sources: shown under the chart and downloaded as CSV. */
import type { SourcedTable } from '../shared/table';
import type { ScaleMeasure } from './layout';

export function scaleTable(measures: ScaleMeasure[]): SourcedTable {
  return {
    sources: ['interviewEn'],
    sourceNote: 'Shares computed by this explainer.',
    table: {
      caption: 'Livelihood and rural migrant-worker enforcement, 2024',
      columns: ['Measure', 'Rural migrant workers', 'All livelihood cases'],
      rows: measures.map((m) => [m.title, m.partText.replace('Rural migrant workers: ', ''), m.totalText.replace('All livelihood cases: ', '')]),
    },
  };
}
