/**
 * Scale of livelihood enforcement: a 10 × 10 unit grid per measure (cases, yuan),
 * each square 1% of all livelihood cases (or yuan), with the rural migrant-worker
 * part filled first in the accent colour. Pure: data and width in, marks out.
 */
import type { LayoutOptions } from '../shared/chart';
import { linesHeight, r1, textBlock, textWidth, wrapText, type TextBlock } from '../shared/text';
import { rectsPath } from '../shared/path';

export interface ScaleMeasure {
  key: 'cases' | 'yuan';
  /** "By number of cases". */
  title: string;
  /** Part ÷ whole, from the figures themselves (not the rounded share). */
  ratio: number;
  /** Legend lines: "Rural migrant workers: 75,200 cases, about 12%". */
  partText: string;
  totalText: string;
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
}

export interface ScalePanel {
  key: ScaleMeasure['key'];
  title: { x: number; y: number; text: string };
  squares: Square[];
  /**
   * The marks as two paths, one per colour: every square and the total's legend swatch (livelihood), and over
   * them the migrant-worker part of each square and the part's swatch (migrant). Two elements, not 100+.
   */
  paths: { total: string; part: string };
  legend: LegendRow[];
  note: TextBlock;
}

export interface ScaleLayout {
  width: number;
  /** The same for every panel, so switching panels never moves the page. */
  height: number;
  fontSize: number;
  smallSize: number;
  panels: ScalePanel[];
}

const columns = 10;

export function layoutScale(measures: ScaleMeasure[], { width, fontSize, smallSize, measure = textWidth }: LayoutOptions): ScaleLayout {
  // Side by side when there is room for a legend beside the grid, stacked otherwise.
  const sideBySide = width >= 480;
  const gridSize = Math.min(sideBySide ? 240 : width, 260);
  const gap = gridSize >= 200 ? 2 : 1;
  const cell = (gridSize - gap * (columns - 1)) / columns;
  const legendX = sideBySide ? gridSize + 28 : 0;
  const legendWidth = width - legendX;
  const note = 'Each square is 1% of the total.';

  const panels = measures.map((m) => {
    const titleY = fontSize;
    const gridTop = titleY + fontSize * 0.8;
    const filled = Math.max(0, Math.min(1, m.ratio)) * columns * columns;
    const squares: Square[] = Array.from({ length: columns * columns }, (_, index) => ({
      x: r1((index % columns) * (cell + gap)),
      y: r1(gridTop + Math.floor(index / columns) * (cell + gap)),
      size: r1(cell),
      partFill: Math.round(Math.max(0, Math.min(1, filled - index)) * 100) / 100,
    }));
    let y = sideBySide ? gridTop + fontSize : gridTop + gridSize + fontSize * 1.6;
    const legend: LegendRow[] = (['part', 'total'] as const).map((kind) => {
      const text = kind === 'part' ? m.partText : m.totalText;
      const lines = wrapText(text, fontSize, legendWidth - 20, kind === 'part' ? 'bold' : 'normal', measure);
      const row: LegendRow = {
        kind,
        text,
        swatch: { x: legendX, y: r1(y - fontSize * 0.8), size: Math.round(fontSize * 0.85) },
        label: textBlock(lines, { x: legendX + 20, y, size: fontSize }),
      };
      y += linesHeight(lines.length, fontSize) + fontSize * 0.5;
      return row;
    });
    const swatch = (kind: LegendRow['kind']) => {
      const { x, y: top, size } = legend.find((row) => row.kind === kind)!.swatch;
      return { x, y: top, width: size, height: size };
    };
    const paths = {
      total: rectsPath([...squares.map((q) => ({ x: q.x, y: q.y, width: q.size, height: q.size })), swatch('total')]),
      part: rectsPath([...squares.map((q) => ({ x: q.x, y: q.y, width: q.size * q.partFill, height: q.size })), swatch('part')]),
    };
    const noteBlock = textBlock(wrapText(note, smallSize, legendWidth, 'normal', measure), { x: legendX, y: y + smallSize * 0.2, size: smallSize });
    const bottom = Math.max(gridTop + gridSize, y + linesHeight(noteBlock.lines.length, smallSize));
    return { key: m.key, title: { x: 0, y: r1(titleY), text: m.title }, squares, paths, legend, note: noteBlock, bottom };
  });

  const height = Math.ceil(Math.max(0, ...panels.map((p) => p.bottom)) + 4);
  return { width, height, fontSize, smallSize, panels: panels.map(({ bottom: _bottom, ...p }) => p) };
}
