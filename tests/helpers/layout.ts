/** Layout options for the layout tests. */
import type { LayoutOptions } from '../../src/charts/common/chart';
import type { Measure } from '../../src/lib/measure';

/** Options at a width, with the sizes these tests are written for (the pages use fontSizes) and the calibrated measure. */
export const at = (width: number, fontSize = 14, smallSize = 12.5, more: Partial<LayoutOptions> = {}): LayoutOptions => ({
  width,
  variant: 'wide',
  fontSize,
  smallSize,
  ...more,
});

/** A measure whose numbers can be checked by hand: every character is half an em wide. */
export const halfEm: Measure = (text, size) => text.length * size * 0.5;
