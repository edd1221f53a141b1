/**
 * Judicial assistance: the people helped as a unit chart (one square stands
 * for a fixed number of people, the last one part-filled), then the money
 * paid beside the amount delivered in livelihood cases, as bars on one scale.
 * Pure: data and width in, marks out.
 */
import { scaleLinear } from 'd3-scale';
import { max, range } from 'd3-array';
import type { LayoutOptions, Rect, Tip } from '../common/chart';
import { barValue, bigNumber, latinMetrics, linesHeight, middleBaseline, textBlock, type BarValue, type BigNumber, type QualifiedNumber, type TextBlock } from '../common/text';
import { round1, textWidth, withMargin, wrapText, type Weight } from '../../lib/measure';

/** An amount's bar as the chart draws it: its number and its words (chart.ts). */
export interface AssistanceBarDatum {
  id: string;
  /** "Judicial assistance paid by enforcement departments". */
  label: string;
  value: number;
  /** "94.5551 million yuan". */
  valueText: string;
  /** A smaller line under the bar: "On average about 40,920 yuan per person". */
  note?: string;
  colour: 'assistance' | 'livelihood';
  tip: Tip;
}

export interface AssistanceData {
  people: {
    value: number;
    /** "2,311 people given judicial assistance …". */
    heading: string;
    tip: Tip;
  };
  /** People one square stands for. */
  perSquare: number;
  /** "Each square = 10 people; …". */
  legend: string;
  /** Heading over the bars. */
  moneyHeading: string;
  bars: AssistanceBarDatum[];
  /** Under the bars, the ratio of the two amounts: its words ("Assistance ÷ livelihood amount") and, set large, its value. */
  share?: { label: string; value: QualifiedNumber };
}

export interface Square {
  x: number;
  y: number;
  /** Share of the square filled: 1, or less for the last square. */
  fill: number;
}

export interface AssistanceBar {
  id: string;
  colour: AssistanceBarDatum['colour'];
  label: TextBlock;
  bar: Rect;
  value: BarValue;
  note: TextBlock;
  tip: Tip;
}

export interface AssistanceLayout {
  width: number;
  height: number;
  fontSize: number;
  smallSize: number;
  heading: TextBlock;
  legend: { square: { x: number; y: number; size: number }; text: TextBlock };
  grid: {
    x: number;
    y: number;
    width: number;
    height: number;
    columns: number;
    rows: number;
    size: number;
    squares: Square[];
    /** One path for every full square. */
    path: string;
    /** The last, part-filled square, if any: its fill and its outline. */
    partial: { x: number; y: number; width: number; size: number } | null;
    tip: Tip;
  };
  moneyHeading: TextBlock;
  bars: AssistanceBar[];
  /** The ratio's words, and under them its value set large (null without a share). */
  share: TextBlock;
  shareValue: BigNumber | null;
}

/** The narrowest a bar with a value is drawn. */
export const minBar = 3;

/** Squares per visual group across a row (a gap after every ten helps counting). */
export const groupOf = 10;

/** The width of a row of `columns` squares, with a wider gap after every group of ten. */
const rowWidth = (columns: number, size: number, gap: number, groupGap: number) =>
  columns * size + (columns - 1) * gap + (Math.ceil(columns / groupOf) - 1) * groupGap;

/** Columns for the grid: the most whole groups of ten that fit, else as many squares as fit. */
export function gridColumns(width: number, size: number, gap: number, groupGap: number): number {
  let columns = 0;
  while (rowWidth(columns + groupOf, size, gap, groupGap) <= width) columns += groupOf;
  if (columns > 0) return columns;
  return Math.max(1, Math.floor((width + gap) / (size + gap)));
}

/** Text blocks set from a top edge, and the line heights, at the layout's sizes. */
function textTools({ fontSize, smallSize, measure: estimate = textWidth, metrics = latinMetrics }: LayoutOptions) {
  const measure = withMargin(estimate);
  // Text starts a unit in: some glyphs ("J") reach left of their origin. Each line is centred in its line height.
  const inset = 1;
  const block = (text: string, size: number, x: number, top: number, maxWidth: number, weight: Weight = 'normal') =>
    textBlock(wrapText(text, size, maxWidth - inset, weight, measure), { x: x + inset, y: middleBaseline(top + linesHeight(1, size, metrics) / 2, size, metrics), size, metrics });
  /** The height `count` lines at `size` take. */
  const height = (count: number, size: number) => linesHeight(count, size, metrics);
  return { measure, metrics, inset, block, height, lh: height(1, fontSize), sl: height(1, smallSize) };
}

type TextTools = ReturnType<typeof textTools>;

export function layoutAssistance(data: AssistanceData, options: LayoutOptions): AssistanceLayout {
  const { width, fontSize, smallSize } = options;
  const text = textTools(options);
  let y = 0;
  const heading = text.block(data.people.heading, fontSize, 0, y, width, 'bold');
  y += text.height(heading.lines.length, fontSize) + 2;

  // The legend over the grid: a sample square and what it stands for.
  const size = Math.round(fontSize * 0.8);
  const legendText = text.block(data.legend, smallSize, size + 6, y, width - size - 6);
  const legend = { square: { x: 0, y: round1(y + (text.sl - size) / 2), size }, text: legendText };
  y += text.height(legendText.lines.length, smallSize) + 8;

  const { grid, height: gridHeight } = unitGrid(data, width, size, y);
  y += gridHeight + text.lh;

  const { marks, bottom } = money(data, options, y, text);
  return { width, height: Math.ceil(bottom), fontSize, smallSize, heading, legend, grid, ...marks };
}

/** The unit grid with its top at y: a square for every `perSquare` people, the last one part-filled. */
function unitGrid(data: AssistanceData, width: number, size: number, y: number): { grid: AssistanceLayout['grid']; height: number } {
  const gap = 2;
  const groupGap = 4;
  const pitch = size + gap;
  const columns = gridColumns(width, size, gap, groupGap);
  const units = Math.max(data.people.value, 0) / data.perSquare;
  const marks = Math.max(0, Math.ceil(units - 1e-9));
  const full = Math.floor(units + 1e-9);
  const rows = Math.ceil(marks / columns);
  const squares: Square[] = range(marks).map((i) => {
    const col = i % columns;
    return {
      x: round1(col * pitch + Math.floor(col / groupOf) * groupGap),
      y: round1(y + Math.floor(i / columns) * pitch),
      fill: i < full ? 1 : Math.round((units - full) * 100) / 100,
    };
  });
  const fullSquares = squares.filter((s) => s.fill === 1);
  const last = squares.at(-1);
  const partial = last && last.fill < 1 ? { x: last.x, y: last.y, width: round1(size * last.fill), size } : null;
  const height = rows > 0 ? rows * pitch - gap : 0;
  const grid = {
    x: 0,
    y: round1(y),
    width: round1(rowWidth(columns, size, gap, groupGap)),
    height: round1(height),
    columns,
    rows,
    size,
    squares,
    path: fullSquares.map((s) => `M${s.x} ${s.y}h${size}v${size}h-${size}z`).join(''),
    partial,
    tip: data.people.tip,
  };
  return { grid, height };
}

/** The money from y: its heading, the bars on one scale with their values and notes, then the ratio set large. */
function money(data: AssistanceData, { width, fontSize, smallSize }: LayoutOptions, top: number, { measure, metrics, inset, block, height }: TextTools) {
  let y = top;
  const moneyHeading = block(data.moneyHeading, fontSize, 0, y, width, 'bold');
  y += height(moneyHeading.lines.length, fontSize) + 6;
  const barHeight = Math.round(fontSize * 1.6);
  const x = scaleLinear()
    .domain([0, max(data.bars, (d) => d.value) || 1])
    .range([0, width]);
  const bars = data.bars.map((d) => {
    const label = block(d.label, fontSize, 0, y, width);
    y += height(label.lines.length, fontSize) + 2;
    // A sliver is drawn at least minBar units wide, so it can be seen (2 px or more at the smallest phone scale).
    const barWidth = d.value > 0 ? Math.max(x(d.value), minBar) : 0;
    const value = barValue(d.valueText, { barWidth, top: y, barHeight, width, size: fontSize, measure, metrics });
    const bar = { x: 0, y: round1(y), width: round1(barWidth), height: barHeight };
    y += barHeight + 2;
    const note = block(d.note ?? '', smallSize, 0, y, width);
    y += height(note.lines.length, smallSize) + fontSize * 0.8;
    return { id: d.id, colour: d.colour, label, bar, value, note, tip: d.tip };
  });
  const share = block(data.share?.label ?? '', smallSize, 0, y, width);
  y += height(share.lines.length, smallSize);
  const valueSize = fontSize * 2;
  const shareValue = data.share
    ? bigNumber(data.share.value, { x: inset, y: y + valueSize * metrics.numberAscent, size: valueSize, labelSize: fontSize, maxWidth: width - inset, measure })
    : null;
  if (shareValue) y += valueSize * (metrics.numberAscent + 0.3);
  return { marks: { moneyHeading, bars, share, shareValue }, bottom: y };
}
