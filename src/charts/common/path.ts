/**
 * Many rectangles of one colour as one <path>: a unit grid of a hundred squares is one element, not a
 * hundred <rect>s. Each rectangle is a closed subpath (move, then right, down, left), rounded like round1.
 */
import type { Rect } from './chart';
import { round1 } from '../../lib/measure';

/** The path data of `rects`, one subpath each; rectangles with no area are left out. */
export function rectsPath(rects: Rect[]): string {
  return rects
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => `M${round1(r.x)} ${round1(r.y)}h${round1(r.width)}v${round1(r.height)}h${round1(-r.width)}z`)
    .join('');
}

/** Circles of one style as one path: each a closed subpath of two arcs. */
export function circlesPath(circles: { cx: number; cy: number; r: number }[]): string {
  return circles
    .filter((c) => c.r > 0)
    .map(({ cx, cy, r }) => `M${round1(cx - r)} ${round1(cy)}a${round1(r)} ${round1(r)} 0 1 0 ${round1(2 * r)} 0a${round1(r)} ${round1(r)} 0 1 0 ${round1(-2 * r)} 0z`)
    .join('');
}

/** Straight lines of one style as one path. */
export function linesPath(lines: { x1: number; y1: number; x2: number; y2: number }[]): string {
  return lines.map((l) => `M${round1(l.x1)} ${round1(l.y1)}L${round1(l.x2)} ${round1(l.y2)}`).join('');
}
