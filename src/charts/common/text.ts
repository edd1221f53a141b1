/**
 * The charts' text primitive: line height, baselines and text blocks, built on the measuring
 * in src/lib/measure.ts.
 */
import { round1, type Measure } from '../../lib/measure';

/**
 * How a chart's font sets text vertically, as multiples of the font size. Latin fonts fit within the em box, CJK fonts'
 * ascent and descent reach past it (Noto Sans CJK: 1.16 above the baseline, 0.29 below), so Chinese lines stand
 * further apart and their first baseline lower. LayoutOptions.metrics gives a layout its edition's; English unless said.
 */
export interface TextMetrics {
  /** Distance between baselines. */
  leading: number;
  /** From the top of a line of text to its baseline. */
  ascent: number;
  /**
   * How far below the middle of a line its baseline sits: text "centred" on a bar or in a box puts its baseline here
   * (about half the cap height of a Latin sans-serif; for CJK, the middle of the font's box).
   */
  middle: number;
  /** From the top of a number set large (BigNumber) to its baseline: its digits' height in a Latin font, the font's ascent in a CJK one. */
  numberAscent: number;
}

export const latinMetrics: TextMetrics = { leading: 1.3, ascent: 1, middle: 0.35, numberAscent: 0.9 };
export const cjkMetrics: TextMetrics = { leading: 1.5, ascent: 1.2, middle: 0.42, numberAscent: 1.2 };

/** Distance between baselines in Latin text, as a multiple of the font size. */
export const lineHeight = latinMetrics.leading;

/** How far below the middle of a line of Latin text its baseline sits, as a multiple of the font size. */
export const baselineBelowMiddle = latinMetrics.middle;

/** Lines of text at one size: the first baseline at (x, y), each next line `step` lower. <SvgText> draws it. */
export interface TextBlock {
  x: number;
  y: number;
  size: number;
  step: number;
  lines: string[];
  /** Where x is on each line: its start unless said. */
  anchor?: 'middle' | 'end';
}

/** A block of lines whose first baseline is at (x, y); `leading` is the line height if not the metrics' (Latin unless given). */
export const textBlock = (
  lines: string[],
  {
    x,
    y,
    size,
    anchor,
    metrics = latinMetrics,
    leading = metrics.leading,
  }: { x: number; y: number; size: number; anchor?: TextBlock['anchor']; metrics?: TextMetrics; leading?: number },
): TextBlock => ({ x: round1(x), y: round1(y), size, step: size * leading, lines, ...(anchor && { anchor }) });

/** Where each line of a block is drawn: for tests and checks that need every line's own position. */
export const blockLines = (block: TextBlock): { x: number; y: number; text: string }[] =>
  block.lines.map((text, i) => ({ x: block.x, y: round1(block.y + i * block.step), text }));

/** The height `count` lines of text at `size` take. */
export const linesHeight = (count: number, size: number, metrics: TextMetrics = latinMetrics): number => count * size * metrics.leading;

/** The first baseline of text whose top is at `top`. */
export const firstBaseline = (top: number, size: number, metrics: TextMetrics = latinMetrics): number => top + size * metrics.ascent;

/** The baseline of a line of text at `size` centred on `middle`. */
export const middleBaseline = (middle: number, size: number, metrics: TextMetrics = latinMetrics): number => middle + size * metrics.middle;

/** The middle of a line of text at `size` on `baseline`: where a marker beside it is centred. */
export const lineMiddle = (baseline: number, size: number, metrics: TextMetrics = latinMetrics): number => baseline - size * metrics.middle;

/** A value printed at a bar's end: after it when it fits in the width, otherwise inside it (class on-bar). */
export interface BarValue {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'end';
  inside: boolean;
}

/** Where a bar's value goes, 6 units from its end, centred on the bar (bold, at `size`). */
export function barValue(
  text: string,
  {
    barWidth,
    top,
    barHeight,
    width,
    size,
    measure,
    metrics = latinMetrics,
  }: { barWidth: number; top: number; barHeight: number; width: number; size: number; measure: Measure; metrics?: TextMetrics },
): BarValue {
  const inside = barWidth + 6 + measure(text, size, 'bold') > width;
  return {
    x: round1(inside ? barWidth - 6 : barWidth + 6),
    y: round1(middleBaseline(top + barHeight / 2, size, metrics)),
    text,
    anchor: inside ? 'end' : 'start',
    inside,
  };
}

/** A figure's number with its qualifier, apart so the two can be set at different sizes: "about " and "12%". */
export interface QualifiedNumber {
  qualifier: string;
  number: string;
}

/** A number set large (a share, a ratio), its qualifier ("about ") before it at the label size. */
export interface BigNumber extends QualifiedNumber {
  x: number;
  y: number;
  size: number;
  labelSize: number;
}

/**
 * A number on baseline `y` at `size`, or smaller (never below `labelSize`) when it would pass `maxWidth`: its width
 * grows with its size, so the size that fits is found in one step.
 */
export function bigNumber(
  { qualifier, number }: QualifiedNumber,
  { x, y, size, labelSize, maxWidth, measure }: { x: number; y: number; size: number; labelSize: number; maxWidth: number; measure: Measure },
): BigNumber {
  const room = maxWidth - measure(qualifier, labelSize);
  const fitted = Math.max(labelSize, Math.min(size, (size * room) / Math.max(1, measure(number, size, 'bold'))));
  return { x: round1(x), y: round1(y), size: round1(fitted), labelSize, qualifier, number };
}
