/**
 * Chinese on the share card: its width in a CJK font and its line breaks (clreq). A line breaks between
 * Han characters, never before closing punctuation (，。、：；！？”）》 …), never after opening punctuation
 * (“（《 …), never inside a number with its unit (约64万件, 18.64亿元, 2025年3月10日) or a short quoted
 * term (“总对总”); Latin words break at their spaces only. The card's own until src/lib/measure.ts wraps CJK for everyone.
 */
import { hasCjk } from '../lib/cjk';
import { textWidth, type Measure, type Weight } from '../lib/measure';

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

/** Marks a line may not start with (行首禁则): closing punctuation, the ellipsis, the dash, the middle dot. */
const noLineStart = new Set('，。、：；！？”’）》」』】〕〉…—·％,.:;!?)]%');
/** Marks a line may not end with (行尾禁则): opening punctuation. */
const noLineEnd = new Set('“‘（《「『【〔〈([');
/**
 * Runs a line never breaks inside: a number with its qualifier and unit (约64万件, 18.64亿元, 约8.1万元/件, 超过3900家,
 * 2025年3月10日), and a short term in quotation marks or a title in 书名号 (“总对总”, “执结”, 《中国审判》).
 */
const unbreakable = /(?:约|超过)?(?:\d[\d.,]*(?:万亿|万|亿)?(?:元\/件|元\/人|件\/人|[件元人家类项%年月日])?)+|“[^“”]{1,6}”|《[^《》]{1,12}》/g;

/**
 * The pieces a word (text without spaces) may break between: the word whole unless it holds CJK; else a break
 * between two characters where either is CJK, unless the second may not start a line, the first may not end
 * one, or both belong to one unbreakable run (a number with its unit, a short quoted term, a title).
 */
export function breakPieces(word: string): string[] {
  if (!hasCjk(word)) return [word];
  const chars = [...word];
  // The UTF-16 offset each character starts at, to map the number matches (by offset) onto characters.
  const starts: number[] = [];
  let offset = 0;
  for (const ch of chars) {
    starts.push(offset);
    offset += ch.length;
  }
  const joined = chars.map(() => false);
  for (const match of word.matchAll(unbreakable)) {
    const end = match.index + match[0].length;
    starts.forEach((start, i) => {
      if (start > match.index && start < end) joined[i] = true;
    });
  }
  const pieces: string[] = [];
  chars.forEach((ch, i) => {
    const before = chars[i - 1];
    const canBreak = before !== undefined && (hasCjk(before) || hasCjk(ch)) && !noLineStart.has(ch) && !noLineEnd.has(before) && !joined[i];
    if (canBreak || pieces.length === 0) pieces.push(ch);
    else pieces[pieces.length - 1] += ch;
  });
  return pieces;
}

/**
 * The text cut into the pieces a line may end after, in order: breakPieces of each word, a word's first piece
 * carrying the space before it, so the pieces join back into the text (its spaces made single).
 */
export const linePieces = (text: string): string[] =>
  text
    .split(/[ \t\n]+/)
    .filter(Boolean)
    .flatMap((word, i) => breakPieces(word).map((piece, j) => (i > 0 && j === 0 ? ` ${piece}` : piece)));

/** Break Chinese text into lines no wider than `maxWidth`, at spaces and between the pieces breakPieces allows. */
export function wrapZh(text: string, fontSize: number, maxWidth: number, weight: Weight = 'normal', measure: Measure = zhTextWidth): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of linePieces(text)) {
    const candidate = line ? `${line}${piece}` : piece.trimStart();
    if (line && measure(candidate, fontSize, weight) > maxWidth) {
      lines.push(line);
      line = piece.trimStart();
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * wrapZh, with the lines evened out: the narrowest width that still takes no more lines, so a title ends
 * in a line of a fair length rather than two characters left over (临时的中文标题：执结涉民生 / 案件).
 */
export function wrapZhBalanced(text: string, fontSize: number, maxWidth: number, weight: Weight = 'normal', measure: Measure = zhTextWidth): string[] {
  const lines = wrapZh(text, fontSize, maxWidth, weight, measure);
  if (lines.length < 2) return lines;
  let [narrow, wide] = [0, maxWidth];
  while (wide - narrow > 1) {
    const width = Math.floor((narrow + wide) / 2);
    if (wrapZh(text, fontSize, width, weight, measure).length <= lines.length) wide = width;
    else narrow = width;
  }
  return wrapZh(text, fontSize, wide, weight, measure);
}
