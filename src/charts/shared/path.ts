/**
 * Many rectangles of one colour as one <path>: a unit grid of a hundred squares is one element, not a
 * hundred <rect>s. Each rectangle is a closed subpath (move, then right, down, left), rounded like r1.
 */
import type { Rect } from './chart';
import { r1 } from './text';

/** The path data of `rects`, one subpath each; rectangles with no area are left out. */
export function rectsPath(rects: Rect[]): string {
  return rects
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => `M${r1(r.x)} ${r1(r.y)}h${r1(r.width)}v${r1(r.height)}h${r1(-r.width)}z`)
    .join('');
}

/** Circles of one style as one path: each a closed subpath of two arcs. */
export function circlesPath(circles: { cx: number; cy: number; r: number }[]): string {
  return circles
    .filter((c) => c.r > 0)
    .map(({ cx, cy, r }) => `M${r1(cx - r)} ${r1(cy)}a${r1(r)} ${r1(r)} 0 1 0 ${r1(2 * r)} 0a${r1(r)} ${r1(r)} 0 1 0 ${r1(-2 * r)} 0z`)
    .join('');
}

/** Straight lines of one style as one path. */
export function linesPath(lines: { x1: number; y1: number; x2: number; y2: number }[]): string {
  return lines.map((l) => `M${r1(l.x1)} ${r1(l.y1)}L${r1(l.x2)} ${r1(l.y2)}`).join('');
}
