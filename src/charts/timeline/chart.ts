/** The dated events the sources mention, with the interview as the anchor, in date order. */
import { getEvent, getFigure, getSource, type Figure } from '../../data/index';
import { figureText } from '../../data/display';
import type { SourceEvent } from '../../data/schema';
import { defineChart, type ChartWords } from '../common/chart';
import { contextZh, eventDateZh, eventLabelZh, figureLabelZh, figureTextZh, periodZh, sourceNameZh } from '../common/zh';
import type { SourceId } from '../../data/sources';
import { timelineData, timelineSources, type TimelineFacts } from './data';
import { layoutTimeline, type LegendKind, type TimelineDatum } from './layout';
import { timelineTable } from './table';

/** An event with its words: what the layout draws, and the table's cells. */
export interface TimelineRow extends TimelineDatum {
  /** "Livelihood enforcement cases concluded: 640,000 cases", one per figure the event reported. */
  figures: string[];
  /** The figures in one table cell, or a dash for none. */
  figuresCell: string;
  /** For the detail: "Context source: People's Court Daily", "Sources: China Trial magazine (context); …". */
  sourceText: string;
  /** For the table: "People's Court Daily (context)". */
  sourceCell: string;
}

/** Every word of the timeline, in one language. */
export interface TimelineWords extends ChartWords<TimelineFacts[]> {
  /** An event's date and what happened, as the data module words them. */
  date: (event: SourceEvent) => string;
  event: (event: SourceEvent) => string;
  /** A figure an event reported: "Livelihood enforcement cases concluded: about 640,000 cases". */
  figure: (figure: Figure) => string;
  /** An event's figures in one table cell: "a; b", or "—" for none. */
  figuresCell: (figures: string[]) => string;
  /** A row's sources, for its detail: "Context source: China News". */
  sourceText: (row: TimelineFacts) => string;
  /** A row's sources, for the table: "China News (context)". */
  sourceCell: (row: TimelineFacts) => string;
  /** The anchor event's tag, beside its date. */
  tag: string;
  /** The legend, one entry per kind of mark. */
  legend: Record<LegendKind, string>;
  table: { caption: string; columns: [string, string, string, string] };
}

const figureLine = (figure: Figure) => `${figure.label}: ${figureText(figure, { style: 'table' })}`;
/** In a row that mixes the interview with context (its date), each context source says so. */
const sourceNames = ({ sources, context }: TimelineFacts) => sources.map((s) => `${s.shortName}${!context && s.role === 'context' ? ' (context)' : ''}`).join('; ');
const sourceText = (row: TimelineFacts) => {
  const plural = row.sources.length > 1 ? 'sources' : 'source';
  return row.context ? `Context ${plural}: ${sourceNames(row)}` : `${plural[0]!.toUpperCase()}${plural.slice(1)}: ${sourceNames(row)}`;
};

export const timelineWords: TimelineWords = {
  // The caption dates the systems the interview names and the later totals.
  text: (data) => {
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
        .map((d) => `${d.event.dateLabel}${d.highlight ? ' (the interview)' : ''}: ${d.event.label}.${d.figures.length ? ` Reported: ${d.figures.map(figureLine).join('; ')}.` : ''} ${sourceText(d)}.`)
        .join(' ')}`,
      sourceNote: 'Events are spaced evenly, not to scale in time.',
    };
  },
  date: (event) => event.dateLabel,
  event: (event) => event.label,
  figure: figureLine,
  figuresCell: (figures) => figures.join('; ') || '—',
  sourceText,
  sourceCell: (row) => `${sourceNames(row)}${row.context ? ' (context)' : ''}`,
  tag: 'The interview',
  legend: {
    context: 'Context: reported by another source',
    skip: 'Years skipped (not to scale)',
  },
  table: { caption: 'Dated events the sources mention, in date order', columns: ['Date', 'Event', 'Figures reported', 'Source'] },
};

const figureLineZh = (figure: Figure) => `${figureLabelZh(figure)}：${figureTextZh(figure)}`;
/** In a row that mixes the interview with context (its date), each context source says so. */
const sourceNamesOfZh = ({ sources, context }: TimelineFacts) =>
  sources.map((s) => `${sourceNameZh(s.id as SourceId)}${!context && s.role === 'context' ? `（${contextZh}）` : ''}`).join('；');
const sourceTextZh = (row: TimelineFacts) => `${row.context ? `${contextZh}来源` : '来源'}：${sourceNamesOfZh(row)}`;

export const timelineWordsZh: TimelineWords = {
  text: (data) => {
    const pilots = getEvent('pointToPointPilots');
    const opinion = getEvent('totalToTotalOpinion');
    const totals = getEvent('nationalTotalsReported');
    const totalsYear = periodZh(getFigure('nationalCasesConcluded'));
    const daily = sourceNameZh(pilots.sourceId as SourceId);
    const news = sourceNameZh(totals.sourceId as SourceId);
    return {
      title: '时间线：本次访谈与前后相关事件',
      caption: `访谈提到的查控系统早于访谈：据${daily}（${contextZh}），“点对点”系统于${eventDateZh(pilots)}开始试点，“总对总”系统于${eventDateZh(opinion)}提出。${news}（${contextZh}）于${eventDateZh(totals)}发布了${totalsYear}的全国总数。`,
      description: `各来源提及的有日期事件，按时间顺序等距排列，而非按时间比例；虚线表示跳过的年份。${data
        .map((d) => `${eventDateZh(d.event)}${d.highlight ? '（本次访谈）' : ''}：${eventLabelZh(d.event)}。${d.figures.length ? `报道的数字：${d.figures.map(figureLineZh).join('；')}。` : ''}${sourceTextZh(d)}。`)
        .join('')}`,
      sourceNote: '事件等距排列，不按时间比例。',
    };
  },
  date: eventDateZh,
  event: eventLabelZh,
  figure: figureLineZh,
  figuresCell: (figures) => figures.join('；') || '—',
  sourceText: sourceTextZh,
  sourceCell: (row) => `${sourceNamesOfZh(row)}${row.context ? `（${contextZh}）` : ''}`,
  tag: '本次访谈',
  legend: {
    context: `${contextZh}：其他来源的报道`,
    skip: '跳过若干年份（不按时间比例）',
  },
  table: { caption: '各来源提及的有日期事件，按时间排序', columns: ['日期', '事件', '报道的数字', '来源'] },
};

/** Each event with its words; its detail gives what happened, each figure and the sources. */
export const timelineRows = (data: TimelineFacts[], words: TimelineWords): TimelineRow[] =>
  data.map((d) => {
    const dateLabel = words.date(d.event);
    const label = words.event(d.event);
    const figures = d.figures.map(words.figure);
    const sourceText = words.sourceText(d);
    return {
      id: d.event.id,
      date: d.event.date,
      dateLabel,
      label,
      highlight: d.highlight,
      context: d.context,
      figures,
      figuresCell: words.figuresCell(figures),
      sourceText,
      sourceCell: words.sourceCell(d),
      tip: { title: dateLabel, detail: [label, ...figures, sourceText].join('\n') },
    };
  });

export const timeline = defineChart({
  id: 'chart-timeline',
  words: { en: timelineWords, zh: timelineWordsZh },
  data: timelineData,
  sources: timelineSources,
  layout: (data, words, options) => layoutTimeline(timelineRows(data, words), words, options),
  table: (data, words) => timelineTable(timelineRows(data, words), words.table),
});
