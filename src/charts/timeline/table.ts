/** The timeline's table and sources: shown under the chart and downloaded as CSV. */
import type { SourcedTable } from '../shared/table';
import { timelineSources, type TimelineRow } from './data';

export function timelineTable(data: TimelineRow[]): SourcedTable {
  return {
    sources: timelineSources(data),
    sourceNote: 'Events are spaced evenly, not to scale in time.',
    table: {
      caption: 'Dated events the sources mention, in date order',
      columns: ['Date', 'Event', 'Figures reported', 'Source'],
      rows: data.map((d) => [d.dateLabel, d.label, d.figures.join('; ') || '—', d.sourceCell]),
    },
  };
}
