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
 * A piece never broken inside: a number with its qualifier and its unit (GB/T 15835: 约64万件, 18.64亿元, 约8.1万元/件,
 * 超过3900家, 约7.0%) or a date (2025年3月10日); a short term in quotation marks or a title in 书名号 (“总对总”,
 * 《中国审判》); otherwise one character.
 */
const piece = /(?:约|超过)?(?:\d[\d.,]*(?:万亿|万|亿)?(?:元\/件|元\/人|件\/人|[件元人家类项%年月日])?)+|“[^“”]{1,6}”|《[^《》]{1,12}》|[\s\S]/gu;

/**
 * The pieces a word (no spaces) may break between: whole, unless it holds CJK; then between two pieces where either
 * side is CJK, unless the second may not start a line or the first may not end one.
 */
export function breakUnits(word: string): string[] {
  if (!hasCjk(word)) return [word];
  const units: string[] = [];
  for (const next of word.match(piece)!) {
    const last = units.at(-1)?.at(-1);
    const canBreak = last !== undefined && (hasCjk(last) || hasCjk(next[0]!)) && !noLineStart.has(next[0]!) && !noLineEnd.has(last);
    if (canBreak || last === undefined) units.push(next);
    else units[units.length - 1] += next;
  }
  return units;
}

/**
 * The text cut into the pieces a line may end after, in order (breakUnits of each word, a word's first piece carrying
 * the space before it), so the pieces join back into the text: where a line too long to fit may be cut.
 */
export const linePieces = (text: string): string[] =>
  text
    .split(/[ \t\n]+/)
    .filter(Boolean)
    .flatMap((word, i) => breakUnits(word).map((unit, j) => (i > 0 && j === 0 ? ` ${unit}` : unit)));

/**
 * Break text into lines no wider than `maxWidth`: at spaces, and in Chinese between characters (breakUnits).
 * A word, an amount ("1.864 billion yuan") or a number with its unit is never split, and a Chinese paragraph does
 * not end on a line of one character (孤字): the character before it comes down too.
 */
export function wrapText(text: string, fontSize: number, maxWidth: number, weight: Weight = 'normal', measure: Measure = textWidth): string[] {
  return wrapWith(measure, text, fontSize, maxWidth, weight);
}

/** A line as it is built: its pieces, each with whether a space comes before it in the text (none is written at a line's start). */
type Line = { unit: string; space: boolean }[];
const joinLine = (line: Line): string => line.map((u, i) => (i > 0 && u.space ? ' ' : '') + u.unit).join('');

/** wrapText with the measure given first and no default, so a browser bundle that brings its own leaves textWidth out. */
export function wrapWith(measure: Measure, text: string, fontSize: number, maxWidth: number, weight: Weight = 'normal'): string[] {
  const lines: Line[] = [];
  let line: Line = [];
  for (const word of keepAmountsTogether(text).split(/[ \t\n]+/).filter(Boolean)) {
    breakUnits(word).forEach((unit, i) => {
      // A word's first piece follows a space; its other pieces join the line directly.
      const next = { unit, space: i === 0 };
      if (line.length && measure(joinLine([...line, next]), fontSize, weight) > maxWidth) {
        lines.push(line);
        line = [next];
      } else line.push(next);
    });
  }
  if (line.length) lines.push(line);
  const last = lines.at(-1);
  const before = lines.at(-2);
  // One Han character (with its punctuation) alone on the last line takes the piece before it along, when that piece joins it without a space.
  if (last?.length === 1 && before && before.length > 1 && !last[0]!.space && hasCjk(last[0]!.unit) && [...last[0]!.unit.replace(/[^\u3400-\u9fff]/g, '')].length === 1) {
    last.unshift(before.pop()!);
  }
  return lines.map(joinLine);
}

/** Round to one decimal place so SVG output is stable and small. */
export const round1 = (n: number): number => Math.round(n * 10) / 10;
