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
