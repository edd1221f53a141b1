/**
 * Part-to-whole bars: each row is a national total (context, grey) with the
 * livelihood part (blue) drawn from its start. Rows that share a scale key
 * (the two yuan totals) share one scale, so their lengths compare; a total the
 * source gives only as a lower bound ("more than") is drawn open-ended, with a
 * dashed arrow past its end. Labels sit above and below each bar, never beside
 * the tiny livelihood part.
 * Pure: data and width in, marks out.
 */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import type { LayoutOptions, Rect, Tip } from '../common/chart';
import { firstBaseline, latinMetrics, linesHeight, textBlock, type TextBlock } from '../common/text';
import { round1, textWidth, wrapText } from '../../lib/measure';

/** A bar as the chart draws it: its numbers and its words (chart.ts). */
export interface ShareRowDatum {
  id: string;
  /** A heading printed above this row, starting a group ("Cases concluded"). */
  heading?: string;
  /** Rows with the same key share one scale. */
  scale: string;
  total: {
    value: number;
    /** "All enforcement: 9,118,200 cases (China News, 7 April 2025)". */
    label: string;
    /** The source gives a lower bound only: draw the bar open-ended. */
    openEnded: boolean;
    tip: Tip;
  };
  part: {
    value: number;
    /** "Livelihood (interview): about 640,000 cases, about 7.0% of all". */
    label: string;
    tip: Tip;
  };
}

/** The rows, labelled directly: each total's label names its source as context, each part's says "(interview)". */
export interface ShareData {
  rows: ShareRowDatum[];
}

export interface ShareRowMarks {
  id: string;
  heading?: TextBlock;
  totalLabel: TextBlock;
  total: Rect;
  /** The open end of a lower-bound total: a dashed line and an arrowhead. */
  open?: { x1: number; x2: number; y: number; arrow: string };
  part: Rect;
  partLabel: TextBlock;
  totalTip: Tip;
  partTip: Tip;
}

export interface ShareLayout {
  width: number;
  height: number;
  fontSize: number;
  rows: ShareRowMarks[];
}

/** Length of the open end past a lower-bound total. */
export const openLength = (width: number, fontSize: number): number => Math.min(fontSize * 2, width / 4);

/**
 * Labels wrap at this share of the width: the shared width estimate can run up
 * to a tenth short of a wide sans-serif (DejaVu Sans measured 1.1×).
 */
export const wrapFactor = 0.9;

export function layoutShare(data: ShareData, { width, fontSize, measure = textWidth, metrics = latinMetrics }: LayoutOptions): ShareLayout {
  const barHeight = Math.round(fontSize * 1.6);
  const ext = openLength(width, fontSize);
  const fit = width * wrapFactor;

  // One scale per key, wide enough that every bar (and every open end) fits.
  const scales = new Map<string, (v: number) => number>();
  for (const key of new Set(data.rows.map((r) => r.scale))) {
    const rows = data.rows.filter((r) => r.scale === key);
    const domainMax = max(rows, (r) => {
      const end = r.total.openEnded ? (r.total.value * width) / (width - ext) : r.total.value;
      return Math.max(end, r.part.value);
    });
    const x = scaleLinear()
      .domain([0, domainMax || 1])
      .range([0, width]);
    scales.set(key, x);
  }
  const barWidth = (value: number, x: (v: number) => number) => Math.max(x(value), value > 0 ? 2 : 0);

  let y = 0;
  const rows = data.rows.map((d, i) => {
    const x = scales.get(d.scale)!;
    let heading: TextBlock | undefined;
    if (d.heading) {
      if (i > 0) y += fontSize * 0.4;
      heading = textBlock(wrapText(d.heading, fontSize, fit, 'bold', measure), { x: 0, y: firstBaseline(y, fontSize, metrics), size: fontSize, metrics });
      y += linesHeight(heading.lines.length, fontSize, metrics) + 2;
    }
    const totalLabel = textBlock(wrapText(d.total.label, fontSize, fit, 'normal', measure), { x: 0, y: firstBaseline(y, fontSize, metrics), size: fontSize, metrics });
    y += linesHeight(totalLabel.lines.length, fontSize, metrics) + 2;

    const totalWidth = barWidth(d.total.value, x);
    const total = { x: 0, y: round1(y), width: round1(totalWidth), height: barHeight };
    const part = { x: 0, y: round1(y), width: round1(barWidth(d.part.value, x)), height: barHeight };
    let open: ShareRowMarks['open'];
    if (d.total.openEnded) {
      const mid = y + barHeight / 2;
      const head = fontSize * 0.45;
      const tip = totalWidth + ext;
      open = {
        x1: round1(totalWidth + 3),
        x2: round1(tip - head),
        y: round1(mid),
        arrow: [
          [tip - head, mid - head],
          [tip, mid],
          [tip - head, mid + head],
        ]
          .map(([px, py]) => `${round1(px!)},${round1(py!)}`)
          .join(' '),
      };
    }
    y += barHeight + 4;

    const partLabel = textBlock(wrapText(d.part.label, fontSize, fit, 'normal', measure), { x: 0, y: firstBaseline(y, fontSize, metrics), size: fontSize, metrics });
    y += linesHeight(partLabel.lines.length, fontSize, metrics) + fontSize * 0.8;

    return { id: d.id, heading, totalLabel, total, open, part, partLabel, totalTip: d.total.tip, partTip: d.part.tip };
  });

  return { width, height: Math.ceil(y), fontSize, rows };
}
