/** The network chart's table and sources: shown under the chart and downloaded as CSV. */
import type { SourcedTable } from '../shared/table';
import type { networkData } from './data';

export function networkTable({ rows, contextSources }: Pick<ReturnType<typeof networkData>, 'rows' | 'contextSources'>): SourcedTable {
  return {
    sources: ['interviewEn', ...contextSources],
    sourceNote: 'The two systems and the property are the interview’s; the words network and provincial, and the dated notes in grey, are context from the other sources.',
    table: {
      caption: 'The network’s elements and what the sources say about them',
      columns: ['Element', 'What the sources say', 'Source'],
      rows: rows.map((r) => [r.element, r.says, r.source]),
    },
  };
}
