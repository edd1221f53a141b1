/** The timeline's table and sources: shown under the chart and downloaded as CSV. */
import type { ChartTable } from '../common/table';
import type { TimelineRow } from './data';

export function timelineTable(data: TimelineRow[]): ChartTable {
  return {
    caption: 'Dated events the sources mention, in date order',
    columns: ['Date', 'Event', 'Figures reported', 'Source'],
    rows: data.map((d) => [d.dateLabel, d.label, d.figures.join('; ') || '—', d.sourceCell]),
  };
}
