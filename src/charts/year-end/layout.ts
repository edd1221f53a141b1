/**
 * The year-end push: for each measure (cases, yuan) one bar for the full year,
 * split into what was reported by mid-December (left, muted) and what came after
 * (right, the migrant accent). Each row has its own scale, the full year spanning
 * the width. The mid-December label sits above the bar at its left end, the
 * after-mid-December label below it at its right end, so neither crowds the
 * short segment.
 * Pure: data and width in, marks out.
 */
import { scaleLinear } from 'd3-scale';
import type { LayoutOptions, Rect, Tip } from '../common/chart';
import { firstBaseline, latinMetrics, linesHeight, textBlock, type TextBlock } from '../common/text';
import { round1, textWidth, wrapText, type Weight } from '../../lib/measure';

/** A measure's bar as the chart draws it: its numbers and its words (chart.ts). */
export interface YearEndRowDatum {
  id: string;
  /** "Cases concluded". */
  heading: string;
  /** The full-year figure: the whole bar. */
  whole: { value: number; label: string };
  /** Reported by mid-December: the first segment. */
  first: { value: number; label: string; tip: Tip };
  /** After mid-December: drawn as whole − first; labelled with the rounded derived figure. */
  rest: { label: string; tip: Tip };
}

export interface YearEndData {
  rows: YearEndRowDatum[];
  /** A closing note under the bars (different reports, rounding). */
  note: string;
}

export interface YearEndRowMarks {
  id: string;
  heading: TextBlock;
  wholeLabel: TextBlock;
  firstLabel: TextBlock;
  first: Rect;
  rest: Rect;
  restLabel: TextBlock;
  firstTip: Tip;
  restTip: Tip;
}

export interface YearEndLayout {
  width: number;
  height: number;
  fontSize: number;
  smallSize: number;
  rows: YearEndRowMarks[];
  note: TextBlock;
}

/**
 * Labels wrap at this share of the width: the shared width estimate can run up
 * to a tenth short of a wide sans-serif (DejaVu Sans measured 1.1×).
 */
export const wrapFactor = 0.9;

export function layoutYearEnd(data: YearEndData, { width, fontSize, smallSize, measure = textWidth, metrics = latinMetrics }: LayoutOptions): YearEndLayout {
  const barHeight = Math.round(fontSize * 1.6);
  const fit = width * wrapFactor;
  let y = 0;

  const block = (text: string, size: number, anchor: 'start' | 'end' = 'start', weight: Weight = 'normal'): TextBlock => {
    const lines = wrapText(text, size, fit, weight, measure);
    const baseline = firstBaseline(y, size, metrics);
    const out = anchor === 'end' ? textBlock(lines, { x: width, y: baseline, size, anchor, metrics }) : textBlock(lines, { x: 0, y: baseline, size, metrics });
    y += linesHeight(out.lines.length, size, metrics);
    return out;
  };

  const rows = data.rows.map((d, i) => {
    if (i > 0) y += fontSize * 0.8;
    const heading = block(d.heading, fontSize, 'start', 'bold');
    const wholeLabel = block(d.whole.label, fontSize);
    y += 2;
    const firstLabel = block(d.first.label, fontSize);
    y += 4;

    const x = scaleLinear()
      .domain([0, Math.max(d.whole.value, d.first.value) || 1])
      .range([0, width]);
    const restValue = Math.max(d.whole.value - d.first.value, 0);
    const wholeEnd = x(Math.max(d.whole.value, d.first.value));
    // A non-zero segment stays visible (2 units) even when it rounds to nothing;
    // a 1-unit gap keeps the two segments apart without relying on colour.
    const firstWidth = d.first.value > 0 ? Math.max(x(d.first.value), 2) : 0;
    const gap = firstWidth > 0 && restValue > 0 ? 1 : 0;
    const restWidth = restValue > 0 ? Math.max(wholeEnd - firstWidth - gap, 2) : 0;
    const restX = Math.min(firstWidth + gap, width - restWidth);
    const first = { x: 0, y: round1(y), width: round1(firstWidth), height: barHeight };
    const rest = { x: round1(restX), y: round1(y), width: round1(restWidth), height: barHeight };
    y += barHeight + 4;

    const restLabel = block(d.rest.label, fontSize, 'end');
    return { id: d.id, heading, wholeLabel, firstLabel, first, rest, restLabel, firstTip: d.first.tip, restTip: d.rest.tip };
  });

  if (rows.length) y += fontSize * 0.8;
  const note = data.note ? block(data.note, smallSize) : textBlock([], { x: 0, y, size: smallSize, metrics });
  return { width, height: Math.ceil(y), fontSize, smallSize, rows, note };
}
