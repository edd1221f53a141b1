/**
 * Build-time text measurement: an estimate of a text's width from average glyph widths of the UI
 * sans-serif, erring wide so labels never collide, and wrapping to a width. Used by the chart layouts
 * and the share card alike; the browser tests measure the real boxes.
 *
 * Chinese is measured and wrapped as CJK: a Han character or a full-width mark is one em, and a line
 * breaks between Han characters (clreq), never before 。，、 or after “（《, and never inside a number with
 * its unit (18.64亿元). Text set in a CJK font (the Chinese edition's charts) measures with cjkTextWidth.
 */
import { hasCjk } from './cjk';

const narrow = /[il.,:;'’|!()[\] ]/;
const wide = /[MWmw@%—]/;
const digit = /[0-9]/;
/** Marks a CJK font sets a full em wide that a Latin font sets narrow: quotation marks, the ellipsis, the dash, the middle dot. */
const ambiguous = /[“”‘’…—·]/;
const latin = /[A-Za-z0-9]/;

export type Weight = 'normal' | 'bold';

/** A label's width at a font size: textWidth, or in tests a stand-in whose numbers can be checked by hand. */
export type Measure = (text: string, fontSize: number, weight?: Weight) => number;

function width(text: string, fontSize: number, weight: Weight, cjkFont: boolean): number {
  let units = 0;
  let cjkUnits = 0;
  let previous = '';
  for (const ch of text) {
    // A CJK character is a full em wide, and so, in a CJK font, are the marks it shares with Latin text.
    if (hasCjk(ch) || (cjkFont && ambiguous.test(ch))) cjkUnits += 1;
    else if (narrow.test(ch)) units += 0.32;
    else if (wide.test(ch)) units += 0.88;
    else if (digit.test(ch)) units += 0.58;
    else if (ch === ch.toUpperCase() && ch !== ch.toLowerCase()) units += 0.7;
    else units += 0.56;
    // text-autospace: an eighth of an em between a Han character and a Latin letter or digit.
    if (cjkFont && previous && ((hasCjk(previous) && latin.test(ch)) || (latin.test(previous) && hasCjk(ch)))) cjkUnits += 0.125;
    previous = ch;
  }
  // Calibrated against DejaVu Sans, the widest common fallback for system-ui (Linux), so other fonts only fit better.
  return (units * (weight === 'bold' ? 1.18 : 1.06) + cjkUnits) * fontSize;
}

export function textWidth(text: string, fontSize: number, weight: Weight = 'normal'): number {
  return width(text, fontSize, weight, false);
}

/**
 * A text's width set in a CJK font, as the Chinese edition sets its charts: besides Han and the full-width marks,
 * “ ” ‘ ’ … — · are a full em, and text-autospace adds an eighth of an em between Han and Latin letters or digits.
 */
export function cjkTextWidth(text: string, fontSize: number, weight: Weight = 'normal'): number {
  return width(text, fontSize, weight, true);
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

/** Marks a line may not start with (clreq 行首禁则): closing punctuation, and the ellipsis, dash and middle dot. */
const noLineStart = new Set('，。、：；！？”’）》」』】〕〉…—·％,.:;!?)]%');
/** Marks a line may not end with (行尾禁则): opening punctuation. */
const noLineEnd = new Set('“‘（《「『【〔〈([');
/**
 * A number with its qualifier and its unit, kept on one line (GB/T 15835): 约64万件, 18.64亿元, 约8.1万元/件,
 * 超过3900家, 约7.0%, and a date, 2025年3月10日.
 */
const numberWithUnit = /(?:约|超过)?(?:\d[\d.,]*(?:万亿|万|亿)?(?:元\/件|元\/人|件\/人|[件元人家类项%年月日])?)+/g;

/**
 * The pieces a word (no spaces) may break between: whole, unless it holds CJK; then between two characters where
 * either is CJK, unless the second may not start a line, the first may not end one, or both are in one number.
 */
export function breakUnits(word: string): string[] {
  if (!hasCjk(word)) return [word];
  const chars = [...word];
  // Which character each UTF-16 offset starts, so the number spans (found by offset) map onto characters.
  const joined = new Array<boolean>(chars.length).fill(false);
  const starts: number[] = [];
  let offset = 0;
  for (const ch of chars) {
    starts.push(offset);
    offset += ch.length;
  }
  for (const match of word.matchAll(numberWithUnit)) {
    const end = match.index + match[0].length;
    chars.forEach((_, i) => {
      // A break before character i is inside the number when i starts after the number's first character and before its end.
      if (starts[i]! > match.index && starts[i]! < end) joined[i] = true;
    });
  }
  const units: string[] = [];
  chars.forEach((ch, i) => {
    const before = chars[i - 1];
    const canBreak = before !== undefined && (hasCjk(before) || hasCjk(ch)) && !noLineStart.has(ch) && !noLineEnd.has(before) && !joined[i];
    if (canBreak || units.length === 0) units.push(ch);
    else units[units.length - 1] += ch;
  });
  return units;
}

/**
 * Break text into lines no wider than `maxWidth`: at spaces, and in Chinese between characters (breakUnits).
 * A word, an amount ("1.864 billion yuan") or a number with its unit is never split.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, weight: Weight = 'normal', measure: Measure = textWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of keepAmountsTogether(text).split(/[ \t\n]+/).filter(Boolean)) {
    breakUnits(word).forEach((unit, i) => {
      // A word's first piece follows a space; its other pieces join the line directly.
      const candidate = line ? `${line}${i === 0 ? ' ' : ''}${unit}` : unit;
      if (line && measure(candidate, fontSize, weight) > maxWidth) {
        lines.push(line);
        line = unit;
      } else line = candidate;
    });
  }
  if (line) lines.push(line);
  return lines;
}

/** Round to one decimal place so SVG output is stable and small. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;
