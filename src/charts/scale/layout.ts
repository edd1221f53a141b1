/**
 * Scale of livelihood enforcement: a 10 × 10 unit grid per measure (cases, yuan), side by side,
 * each square 1% of all livelihood cases (or yuan), with the rural migrant-worker part filled
 * first in the accent colour and its share set large above the grid, so the two shares read
 * against each other at a glance. Pure: data and width in, marks out.
 */
import type { LayoutOptions, Tip } from '../common/chart';
import { bigNumber, firstBaseline, latinMetrics, linesHeight, textBlock, type BigNumber, type QualifiedNumber, type TextBlock } from '../common/text';
import { round1, textWidth, wrapText } from '../../lib/measure';
import { rectsPath } from '../common/path';
import type { ScaleKey } from './data';

/** A measure as the chart draws it: its numbers and its words (chart.ts). */
export interface ScaleMeasure {
  key: ScaleKey;
  /** "By number of cases". */
  title: string;
  /** Part ÷ whole, from the figures themselves (not the rounded share). */
  ratio: number;
  /** The part's share as its figure gives it, in two parts: the qualifier ("about ", set small) and the number ("12%"). */
  share: QualifiedNumber;
  /** The legend's rows, the part first: "Rural migrant workers: 75,200 cases", each with its detail. */
  legend: Record<LegendRow['kind'], { text: string; tip: Tip }>;
}

export interface Square {
  x: number;
  y: number;
  size: number;
  /** How much of this square is the migrant-worker part: 1, 0 or a fraction. */
  partFill: number;
}

export interface LegendRow {
  kind: 'part' | 'total';
  /** The whole legend text, unwrapped ("Rural migrant workers: …"). */
  text: string;
  swatch: { x: number; y: number; size: number };
  label: TextBlock;
  tip: Tip;
}

export interface ScalePanel {
  key: ScaleMeasure['key'];
  /** The measure's column: its left edge and width. */
  x: number;
  width: number;
  title: TextBlock;
  /** The share, set large on its own line above the grid. */
  share: BigNumber;
  squares: Square[];
  /**
   * The marks as two paths, one per colour: every square and the total's legend swatch (livelihood), and over
   * them the migrant-worker part of each square and the part's swatch (migrant). Two elements, not 100+.
   */
  paths: { total: string; part: string };
  legend: LegendRow[];
}

export interface ScaleLayout {
  width: number;
  height: number;
  fontSize: number;
  smallSize: number;
  panels: ScalePanel[];
  /** What a square stands for, once under both grids. */
  note: TextBlock;
}

const columns = 10;
/** The share's size against the label size: about 32 px on a wide screen (reading-design §4). */
const shareScale = 2;
/** A grid wider than this reads as a block, not as 100 squares. */
const maxGrid = 280;

export function layoutScale(measures: ScaleMeasure[], note: string, { width, fontSize, smallSize, measure = textWidth, metrics = latinMetrics }: LayoutOptions): ScaleLayout {
  const gutter = Math.round(fontSize * 1.5);
  const count = Math.max(1, measures.length);
  const columnWidth = (width - gutter * (count - 1)) / count;
  const gridSize = Math.min(columnWidth, maxGrid);
  const gap = gridSize >= 200 ? 2 : 1;
  // Rounded down, so rounding never pushes the last column past the chart's edge.
  const cell = Math.floor(((gridSize - gap * (columns - 1)) / columns) * 10) / 10;
  const swatchSize = Math.round(fontSize * 0.85);
  const shareSize = fontSize * shareScale;

  // Every column's title and share, then one grid top for all, so the grids line up whatever the titles wrap to.
  const heads = measures.map((m, i) => {
    const x = round1(i * (columnWidth + gutter));
    const title = textBlock(wrapText(m.title, fontSize, columnWidth, 'bold', measure), { x, y: firstBaseline(0, fontSize, metrics), size: fontSize, metrics });
    return { m, x, title, shareTop: linesHeight(title.lines.length, fontSize, metrics) };
  });
  // The share's baseline 0.4 of its size above the grid, its top clear of the titles.
  const gridTop = Math.max(0, ...heads.map((h) => h.shareTop)) + shareSize * (metrics.numberAscent + 0.55);

  const panels = heads.map(({ m, x, title }): ScalePanel & { bottom: number } => {
    const filled = Math.max(0, Math.min(1, m.ratio)) * columns * columns;
    const squares: Square[] = Array.from({ length: columns * columns }, (_, index) => ({
      x: round1(x + (index % columns) * (cell + gap)),
      y: round1(gridTop + Math.floor(index / columns) * (cell + gap)),
      size: round1(cell),
      partFill: Math.round(Math.max(0, Math.min(1, filled - index)) * 100) / 100,
    }));
    let y = gridTop + gridSize + fontSize * 1.6;
    const legend: LegendRow[] = (['part', 'total'] as const).map((kind) => {
      const { text, tip } = m.legend[kind];
      const lines = wrapText(text, fontSize, columnWidth - swatchSize - 6, kind === 'part' ? 'bold' : 'normal', measure);
      const row: LegendRow = {
        kind,
        text,
        swatch: { x, y: round1(y - fontSize * 0.8), size: swatchSize },
        label: textBlock(lines, { x: x + swatchSize + 6, y, size: fontSize, metrics }),
        tip,
      };
      y += linesHeight(lines.length, fontSize, metrics) + fontSize * 0.5;
      return row;
    });
    const swatch = (kind: LegendRow['kind']) => {
      const { x: left, y: top, size } = legend.find((row) => row.kind === kind)!.swatch;
      return { x: left, y: top, width: size, height: size };
    };
    const paths = {
      total: rectsPath([...squares.map((q) => ({ x: q.x, y: q.y, width: q.size, height: q.size })), swatch('total')]),
      part: rectsPath([...squares.map((q) => ({ x: q.x, y: q.y, width: q.size * q.partFill, height: q.size })), swatch('part')]),
    };
    // Large, but never wider than its column.
    const share = bigNumber(m.share, { x, y: gridTop - shareSize * 0.4, size: shareSize, labelSize: fontSize, maxWidth: columnWidth, measure });
    return { key: m.key, x, width: round1(columnWidth), title, share, squares, paths, legend, bottom: y - fontSize * 0.5 };
  });

  const noteTop = Math.max(gridTop, ...panels.map((p) => p.bottom)) + smallSize * 0.6;
  const noteBlock = textBlock(wrapText(note, smallSize, width, 'normal', measure), { x: 0, y: round1(firstBaseline(noteTop, smallSize, metrics)), size: smallSize, metrics });
  const height = Math.ceil(noteTop + linesHeight(noteBlock.lines.length, smallSize, metrics) + 4);
  return { width, height, fontSize, smallSize, panels: panels.map(({ bottom: _bottom, ...p }) => p), note: noteBlock };
}
