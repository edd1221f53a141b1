/** The path-of-a-case chart's table and sources: shown under the chart and downloaded as CSV. */
import type { SourcedTable } from '../shared/table';
import type { PathStep } from './data';

export function casePathTable(steps: PathStep[]): SourcedTable {
  return {
    sources: ['interviewEn'],
    sourceNote: 'Diagram by this explainer from the measures the interview describes.',
    table: {
      caption: 'The steps of the path',
      columns: ['Step', 'What happens'],
      rows: steps.map((s) => [s.title, s.text]),
    },
  };
}
