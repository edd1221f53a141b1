/**
 * Chinese on the share card: its width in the card's CJK font, and its lines evened out. Where a line may break is
 * src/lib/measure.ts's one rule for every Chinese line (clreq: between Han characters, never before closing or after
 * opening punctuation, never inside a number with its unit, a short quoted term or a title).
 */
import { hasCjk } from '../lib/cjk';
import { textWidth, wrapWith, type Measure, type Weight } from '../lib/measure';

/** Marks a CJK font sets a full em wide where a Latin font sets them narrow (Noto Sans SC does: its cmap and hmtx say so). */
const fullWidthInCjkFont = /[“”‘’…—·]/;

/** Noto Sans SC's Latin runs up to 15% wider than textWidth's estimate (calibrated on DejaVu Sans) for a few glyphs: & b d p q. */
const latinInCjkFont = 1.15;

/** A text's width set in the card's CJK font: Han, full-width marks and “”‘’…—· one em each; Latin as textWidth estimates it, widened for the font. */
export function zhTextWidth(text: string, fontSize: number, weight: Weight = 'normal'): number {
  let width = 0;
  for (const ch of text) width += hasCjk(ch) || fullWidthInCjkFont.test(ch) ? fontSize : textWidth(ch, fontSize, weight) * latinInCjkFont;
  return width;
}

/**
 * Chinese wrapped as every Chinese line is (wrapWith), with the lines evened out: the narrowest width that still
 * takes no more lines, so a title ends in a line of a fair length rather than two characters left over.
 */
export function wrapZhBalanced(text: string, fontSize: number, maxWidth: number, weight: Weight = 'normal', measure: Measure = zhTextWidth): string[] {
  const wrap = (width: number) => wrapWith(measure, text, fontSize, width, weight);
  const lines = wrap(maxWidth);
  if (lines.length < 2) return lines;
  let [narrow, wide] = [0, maxWidth];
  while (wide - narrow > 1) {
    const width = Math.floor((narrow + wide) / 2);
    if (wrap(width).length <= lines.length) wide = width;
    else narrow = width;
  }
  return wrap(wide);
}
