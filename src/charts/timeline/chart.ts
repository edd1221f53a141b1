/** The dated events the sources mention, with the interview as the anchor, in date order. */
import { getEvent, getFigure, getSource } from '../../data/index';
import { defineChart, type ChartText } from '../common/chart';
import { timelineData, timelineSources, type TimelineRow } from './data';
import { layoutTimeline } from './layout';
import { timelineTable } from './table';

/** The words around the timeline: the caption dates the systems the interview names and the later totals. */
function timelineText(data: TimelineRow[]): ChartText {
  const pilots = getEvent('pointToPointPilots');
  const opinion = getEvent('totalToTotalOpinion');
  const totals = getEvent('nationalTotalsReported');
  const totalsYear = getFigure('nationalCasesConcluded').period;
  const daily = getSource(pilots.sourceId).shortName;
  const news = getSource(totals.sourceId).shortName;
  return {
    title: 'Timeline: the interview among the events around it',
    caption: `The inspection and control systems the interview names are older than it: ${daily} (context) dates the “point-to-point” pilots to ${pilots.dateLabel} and the proposal of “total to total” to ${opinion.dateLabel}. ${news} (context) reported its own nationwide totals for ${totalsYear} on ${totals.dateLabel}.`,
    description: `Timeline of the dated events the sources mention, in date order, spaced evenly rather than to scale in time; a dashed line marks where years are skipped. ${data
      .map((d) => `${d.dateLabel}${d.highlight ? ' (the interview)' : ''}: ${d.label}.${d.figures.length ? ` Reported: ${d.figures.join('; ')}.` : ''} ${d.sourceText}.`)
      .join(' ')}`,
    sources: timelineSources(data),
    sourceNote: 'Events are spaced evenly, not to scale in time.',
  };
}

export const timeline = defineChart({
  id: 'chart-timeline',
  data: timelineData,
  layout: layoutTimeline,
  table: timelineTable,
  text: timelineText,
});
