/**
 * The path of a case: the main path (filing → search and control → enforcement →
 * payout) and its branches (refusal → sanctions → crackdown; an applicant in
 * difficulty → judicial assistance), as boxes on a grid with arrows.
 * Pure: nodes, edges and width in, marks out.
 */
import { line, curveBasis } from 'd3-shape';
import type { LayoutOptions } from '../common/chart';
import { latinMetrics, textBlock, type TextBlock } from '../common/text';
import { round1, textWidth, wrapText } from '../../lib/measure';

/** A box as the diagram draws it: its place and its label (chart.ts). */
export interface PathNode {
  id: string;
  label: string;
  /** Grid cell: the diagram is a column of the main path with its branches beside it. */
  cell: { col: number; row: number };
  /** Main path or a branch. */
  branch: boolean;
}

export interface PathEdge {
  from: string;
  to: string;
}

export interface NodeBox {
  id: string;
  branch: boolean;
  x: number;
  y: number;
  width: number;
  height: number;
  label: TextBlock;
}

export interface EdgeMark {
  from: string;
  to: string;
  /** SVG path data; the arrowhead is a marker at its end. */
  d: string;
}

export interface PathLayout {
  width: number;
  height: number;
  fontSize: number;
  smallSize: number;
  nodes: NodeBox[];
  edges: EdgeMark[];
}

type Side = 'top' | 'bottom' | 'left' | 'right';

export function layoutCasePath(
  { nodes, edges }: { nodes: PathNode[]; edges: PathEdge[] },
  { width, fontSize, smallSize, measure = textWidth, metrics = latinMetrics }: LayoutOptions,
): PathLayout {
  const cells = nodes.map((n) => n.cell);
  const cols = Math.max(1, ...cells.map((c) => c.col + 1));
  const rows = Math.max(0, ...cells.map((c) => c.row + 1));
  // Gaps leave room for the arrows.
  const colGap = 20;
  const rowGap = fontSize * 1.8;
  const boxWidth = (width - colGap * (cols - 1)) / cols;
  const padding = 8;
  // Box labels sit a little tighter than running text.
  const leading = metrics.leading - 0.05;
  const lineHeight = fontSize * leading;
  const wrapped = new Map(nodes.map((n) => [n.id, wrapText(n.label, fontSize, boxWidth - padding * 2, 'bold', measure)]));
  // Every box in a row gets the row's tallest height, so rows line up.
  const rowHeights = Array.from({ length: rows }, (_, row) =>
    Math.max(
      0,
      ...nodes.filter((n) => n.cell.row === row).map((n) => wrapped.get(n.id)!.length * lineHeight + padding * 2),
    ),
  );
  const rowTop = rowHeights.map((_, row) => rowHeights.slice(0, row).reduce((a, h) => a + h + rowGap, 0));

  const boxes = nodes.map((n): NodeBox => {
    const { col, row } = n.cell;
    const x = col * (boxWidth + colGap);
    const y = rowTop[row]!;
    const height = rowHeights[row]!;
    const lines = wrapped.get(n.id)!;
    // The lines centred in the box: the first baseline one ascent (0.95 em in a Latin font) below their top.
    const firstBaseline = y + (height - lines.length * lineHeight) / 2 + fontSize * (metrics.ascent - 0.05);
    return {
      id: n.id,
      branch: n.branch,
      x: round1(x),
      y: round1(y),
      width: round1(boxWidth),
      height: round1(height),
      label: textBlock(lines, { x: x + padding, y: firstBaseline, size: fontSize, leading }),
    };
  });
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const anchor = (b: NodeBox, side: Side): [number, number] =>
    side === 'top' ? [b.x + b.width / 2, b.y] : side === 'bottom' ? [b.x + b.width / 2, b.y + b.height] : side === 'left' ? [b.x, b.y + b.height / 2] : [b.x + b.width, b.y + b.height / 2];
  const path = line().curve(curveBasis);

  const edgeMarks = edges.map((e): EdgeMark => {
    const a = byId.get(e.from);
    const b = byId.get(e.to);
    if (!a || !b) throw new Error(`case path: edge ${e.from} → ${e.to} names an unknown node`);
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    let points: [number, number][];
    if (Math.abs(dy) < 1) {
      // Same row: across.
      points = [anchor(a, dx > 0 ? 'right' : 'left'), anchor(b, dx > 0 ? 'left' : 'right')];
    } else if (Math.abs(dx) < 1) {
      // Same column: down (or up).
      points = [anchor(a, dy > 0 ? 'bottom' : 'top'), anchor(b, dy > 0 ? 'top' : 'bottom')];
    } else {
      // Diagonal neighbours: leave from the bottom, bend, arrive at the top.
      const start = anchor(a, 'bottom');
      const end = anchor(b, 'top');
      const midY = (start[1] + end[1]) / 2;
      points = [start, [start[0], midY], [end[0], midY], end];
    }
    return { from: e.from, to: e.to, d: path(points.map(([x, y]) => [round1(x), round1(y)]))! };
  });

  const height = Math.ceil(rowTop.length ? rowTop.at(-1)! + rowHeights.at(-1)! : 0);
  return { width, height, fontSize, smallSize, nodes: boxes, edges: edgeMarks };
}
