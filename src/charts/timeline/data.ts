/** The timeline's data, from the data module only. */
import { events, getFigure, getSource } from '../../data/index';
import type { SourceId } from '../../data/sources';
import { figureText } from '../../data/display';
import type { TimelineDatum } from './layout';

/** The event the timeline is anchored on. */
export const anchorEventId = 'interview';

export interface TimelineRow extends TimelineDatum {
  /** "Livelihood enforcement cases concluded: 640,000 cases", one per figure the event reported. */
  figures: string[];
  /** Sources of the event and of its figures, in that order. */
  sourceIds: SourceId[];
  /** For the detail: "Context source: People's Court Daily", "Sources: China Trial magazine (context); …". */
  sourceText: string;
  /** For the table: "People's Court Daily (context)". */
  sourceCell: string;
}

export function timelineData(): TimelineRow[] {
  return [...events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((e) => {
      const highlight = e.id === anchorEventId;
      const figures = (e.figures ?? []).map((id) => getFigure(id));
      const sourceIds = [...new Set([e.sourceId, ...figures.flatMap((f) => ('sourceId' in f ? [f.sourceId] : []))])] as SourceId[];
      // The interview is the anchor, never context; any other event from a context source reads as context.
      const context = !highlight && sourceIds.every((id) => getSource(id).role === 'context');
      // In a row that mixes the interview with context (its date), each context source says so.
      const names = sourceIds.map((id) => `${getSource(id).shortName}${!context && getSource(id).role === 'context' ? ' (context)' : ''}`).join('; ');
      const plural = sourceIds.length > 1 ? 'sources' : 'source';
      const sourceText = context ? `Context ${plural}: ${names}` : `${plural[0]!.toUpperCase()}${plural.slice(1)}: ${names}`;
      const sourceCell = `${names}${context ? ' (context)' : ''}`;
      const figureLines = figures.map((f) => `${f.label}: ${figureText(f, { style: 'table' })}`);
      return {
        id: e.id,
        date: e.date,
        dateLabel: e.dateLabel,
        label: e.label,
        highlight,
        context,
        figures: figureLines,
        sourceIds,
        sourceText,
        sourceCell,
        tip: { title: e.dateLabel, detail: [e.label, ...figureLines, sourceText].join('\n') },
      };
    });
}

/** Every source the timeline draws on: the interview item first, then in event order. */
export function timelineSources(rows: TimelineRow[]): SourceId[] {
  const ids = [...new Set(rows.flatMap((r) => r.sourceIds))];
  return [...ids.filter((id) => getSource(id).role === 'primary'), ...ids.filter((id) => getSource(id).role !== 'primary')];
}
