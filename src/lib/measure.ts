/**
 * Build-time text measurement: an estimate of a text's width from average glyph widths of the UI
 * sans-serif, erring wide so labels never collide, and wrapping to a width. Used by the chart layouts
 * and the share card alike; the browser tests measure the real boxes.
 */
import { hasCjk } from './cjk';

const narrow = /[il.,:;'’|!()[\] ]/;
const wide = /[MWmw@%—]/;
const digit = /[0-9]/;

export type Weight = 'normal' | 'bold';

/** A label's width at a font size: textWidth, or in tests a stand-in whose numbers can be checked by hand. */
export type Measure = (text: string, fontSize: number, weight?: Weight) => number;

export function textWidth(text: string, fontSize: number, weight: Weight = 'normal'): number {
  let units = 0;
  let cjkUnits = 0;
  for (const ch of text) {
    // A CJK character is a full em wide.
    if (hasCjk(ch)) cjkUnits += 1;
    else if (narrow.test(ch)) units += 0.32;
    else if (wide.test(ch)) units += 0.88;
    else if (digit.test(ch)) units += 0.58;
    else if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) units += 0.7;
    else units += 0.56;
  }
  // Calibrated against DejaVu Sans, the widest common fallback for system-ui (Linux), so other fonts only fit better.
  return (units * (weight === 'bold' ? 1.18 : 1.06) + cjkUnits) * fontSize;
}

/** A measure that keeps a tenth in hand, for labels that must never touch a box edge: the estimate can fall short by that much (bold digits). */
export const withMargin =
  (measure: Measure): Measure =>
  (text, fontSize, weight) =>
    measure(text, fontSize, weight) * 1.1;

/** Amounts stay on one line: "1.864 billion yuan" never breaks (joined with no-break spaces). */
function keepAmountsTogether(text: string): string {
  return text.replace(/(\d) (million|billion|trillion)\b/g, '$1\u00a0$2').replace(/(million|billion|trillion) yuan\b/g, '$1\u00a0yuan');
}

/** Break text into lines no wider than `maxWidth` (words, and amounts, are never split). */
export function wrapText(text: string, fontSize: number, maxWidth: number, weight: Weight = 'normal', measure: Measure = textWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of keepAmountsTogether(text).split(/[ \t\n]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate, fontSize, weight) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** Round to one decimal place so SVG output is stable and small. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;
