/** The timeline's data, from the data module only: every dated event in date order, with its figures and sources. */
import { events, getFigure, getSource, type Figure } from '../../data/index';
import type { SourceEvent, SourceRecord } from '../../data/schema';
import type { SourceId } from '../../data/sources';

/** The event the timeline is anchored on. */
export const anchorEventId = 'interview';

export interface TimelineFacts {
  event: SourceEvent;
  /** The anchor event, drawn highlighted. */
  highlight: boolean;
  /** Reported by context sources only: drawn as context. */
  context: boolean;
  /** The figures the event reported. */
  figures: Figure[];
  /** Sources of the event and of its figures, in that order. */
  sources: SourceRecord[];
}

export function timelineData(): TimelineFacts[] {
  return [...events]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((event) => {
      const highlight = event.id === anchorEventId;
      const figures = (event.figures ?? []).map((id) => getFigure(id));
      const sourceIds = [...new Set([event.sourceId, ...figures.flatMap((f) => ('sourceId' in f ? [f.sourceId] : []))])] as SourceId[];
      const sources = sourceIds.map((id) => getSource(id));
      // The interview is the anchor, never context; any other event from a context source reads as context.
      const context = !highlight && sources.every((s) => s.role === 'context');
      return { event, highlight, context, figures, sources };
    });
}

/** Every source the timeline draws on: the interview item first, then in event order. */
export function timelineSources(rows: TimelineFacts[]): SourceId[] {
  const ids = [...new Set(rows.flatMap((r) => r.sources.map((s) => s.id as SourceId)))];
  return [...ids.filter((id) => getSource(id).role === 'primary'), ...ids.filter((id) => getSource(id).role !== 'primary')];
}
