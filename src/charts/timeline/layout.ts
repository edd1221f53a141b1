/**
 * A vertical timeline: one row per event in date order, spaced evenly rather
 * than to scale in time (a time scale would crush the events of 2024–2025 into
 * one spot). A dashed stretch of the line marks where whole years are skipped.
 * The anchor event (the interview) gets a large filled dot, bold text and a tag
 * naming it beside its date; context events a small hollow dot. Pure: data and width in, marks out.
 */
import { pairs } from 'd3-array';
import type { LayoutOptions, Tip } from '../common/chart';
import type { TimelineWords } from './chart';
import { circlesPath, linesPath } from '../common/path';
import { firstBaseline, latinMetrics, lineMiddle, linesHeight, textBlock, type TextBlock } from '../common/text';
import { round1, textWidth, wrapText } from '../../lib/measure';

/** An event as the timeline draws it: its date and its words (chart.ts). */
export interface TimelineDatum {
  id: string;
  /** ISO date, `YYYY` or `YYYY-MM-DD`. */
  date: string;
  dateLabel: string;
  label: string;
  /** The anchor event, drawn highlighted. */
  highlight: boolean;
  /** Reported by a context source (not the interview). */
  context: boolean;
  tip: Tip;
}

export interface TimelineEvent {
  id: string;
  highlight: boolean;
  context: boolean;
  dot: { cx: number; cy: number; r: number };
  date: { x: number; y: number; text: string };
  /** The anchor event's tag ("The interview"): after its date, or under it where the line has no room. */
  tag?: { x: number; y: number; text: string };
  label: TextBlock;
  tip: Tip;
}

/** The anchor event is tagged where it stands, so the legend explains only the other marks. */
export type LegendKind = 'context' | 'skip';

export interface LegendItem {
  kind: LegendKind;
  /** Where the symbol sits (its centre). */
  symbol: { x: number; y: number };
  text: TextBlock;
}

export interface SpineSegment {
  y1: number;
  y2: number;
  /** True where the two events are more than a calendar year apart (years skipped). */
  dashed: boolean;
}

export interface TimelineLayout {
  width: number;
  height: number;
  fontSize: number;
  smallSize: number;
  spineX: number;
  legend: LegendItem[];
  segments: SpineSegment[];
  events: TimelineEvent[];
  /**
   * Every dot and line as one path per style, the legend's symbols included (the events' details sit on their
   * words): the solid and the dashed (years skipped) stretches of the spine, the interview's filled dot, the
   * hollow context dots and the hollow dots of the other events. An empty string where there is none.
   */
  paths: { spine: string; skipped: string; interview: string; context: string; other: string };
}

/**
 * Share of the available width a line may fill by the estimate: real fonts
 * (DejaVu Sans bold in the test browser) run up to about 8% wider than textWidth says.
 */
export const fit = 0.9;

const year = (date: string) => Number(date.slice(0, 4));

/** Dot radii for the anchor event and for the others. */
export const dotRadius = (fontSize: number) => ({ highlight: round1(fontSize * 0.5), other: round1(fontSize * 0.32) });

export function layoutTimeline(
  data: TimelineDatum[],
  { tag: highlightTag, legend: legendText }: Pick<TimelineWords, 'tag' | 'legend'>,
  { width, fontSize, smallSize, measure = textWidth, metrics = latinMetrics }: LayoutOptions,
): TimelineLayout {
  const radius = dotRadius(fontSize);
  const spineX = radius.highlight + 2;
  const textX = spineX + radius.highlight + 10;
  const textWidthMax = Math.max(width - textX, 0) * fit;

  const segmentsDashed = pairs(data, (a, b) => year(b.date) - year(a.date) > 1);

  // Legend: only the kinds of mark this chart shows, flowing into rows.
  const kinds: LegendKind[] = [];
  if (data.some((d) => d.context)) kinds.push('context');
  if (segmentsDashed.some(Boolean)) kinds.push('skip');
  const legend: LegendItem[] = [];
  let y = 0;
  let x = 0;
  let rowLines = 1;
  for (const kind of kinds) {
    const lines = wrapText(legendText[kind], smallSize, textWidthMax, 'normal', measure);
    const itemWidth = textX + Math.max(0, ...lines.map((l) => measure(l, smallSize) / fit));
    // An item that does not fit after the previous one starts a new row.
    if (x > 0 && (x + itemWidth > width || lines.length > 1)) {
      y += linesHeight(rowLines, smallSize, metrics) + 4;
      x = 0;
      rowLines = 1;
    }
    const baseline = firstBaseline(y, smallSize, metrics);
    legend.push({
      kind,
      symbol: { x: round1(x + spineX), y: round1(lineMiddle(baseline, smallSize, metrics)) },
      text: textBlock(lines, { x: x + textX, y: baseline, size: smallSize, metrics }),
    });
    rowLines = Math.max(rowLines, lines.length);
    x += itemWidth + 18;
  }
  if (legend.length) y += linesHeight(rowLines, smallSize, metrics) + fontSize;

  const events = data.map((d): TimelineEvent => {
    const dateY = firstBaseline(y, fontSize, metrics);
    // The next line's baseline under the date: 4 units and the small text's ascent (and a tenth) below it.
    const belowDate = dateY + 4 + smallSize * (metrics.ascent + 0.1);
    const lines = wrapText(d.label, smallSize, textWidthMax, d.highlight ? 'bold' : 'normal', measure);
    // The tag follows the date on its line when both fit, and takes the next line when they do not.
    const tagX = textX + measure(d.dateLabel, fontSize, 'bold') / fit + smallSize * 0.5;
    const tagBeside = tagX + measure(highlightTag, smallSize, 'bold') / fit <= width;
    const tag = d.highlight ? (tagBeside ? { x: round1(tagX), y: round1(dateY), text: highlightTag } : { x: round1(textX), y: round1(belowDate), text: highlightTag }) : undefined;
    const labelY = belowDate + (tag && !tagBeside ? smallSize * metrics.leading : 0);
    // Below the last baseline, text reaches about as far as its middle is above it.
    y = labelY + linesHeight(lines.length - 1, smallSize, metrics) + smallSize * metrics.middle + fontSize * 1.1;
    return {
      id: d.id,
      highlight: d.highlight,
      context: d.context,
      dot: { cx: round1(spineX), cy: round1(lineMiddle(dateY, fontSize, metrics)), r: d.highlight ? radius.highlight : radius.other },
      date: { x: round1(textX), y: round1(dateY), text: d.dateLabel },
      ...(tag && { tag }),
      label: textBlock(lines, { x: textX, y: labelY, size: smallSize, metrics }),
      tip: d.tip,
    };
  });
  // The last row needs no gap after it. (No events means no legend either: the legend shows only what the events use.)
  const height = events.length ? y - fontSize * 1.1 + 2 : 0;

  const segments = pairs(events).map(([a, b], i) => ({ y1: a.dot.cy, y2: b.dot.cy, dashed: segmentsDashed[i]! }));
  const symbol = (kind: LegendKind) => legend.filter((item) => item.kind === kind).map((item) => item.symbol);
  const spine = (dashed: boolean) => segments.filter((s) => s.dashed === dashed).map((s) => ({ x1: spineX, y1: s.y1, x2: spineX, y2: s.y2 }));
  const reach = radius.highlight + 2;
  const paths = {
    spine: linesPath(spine(false)),
    skipped: linesPath([...spine(true), ...symbol('skip').map((p) => ({ x1: p.x, y1: p.y - reach, x2: p.x, y2: p.y + reach }))]),
    interview: circlesPath(events.filter((e) => e.highlight).map((e) => e.dot)),
    context: circlesPath([...events.filter((e) => !e.highlight && e.context).map((e) => e.dot), ...symbol('context').map((p) => ({ cx: p.x, cy: p.y, r: radius.other }))]),
    other: circlesPath(events.filter((e) => !e.highlight && !e.context).map((e) => e.dot)),
  };
  return { width, height: Math.ceil(height), fontSize, smallSize, spineX: round1(spineX), legend, segments, events, paths };
}
