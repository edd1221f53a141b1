/**
 * Chinese lines on the share card (clreq), as the card sets them, in its font's measure: between Han, never before
 * closing or after opening marks, never inside a number with its unit (the one rule, src/lib/measure.ts).
 */
import { describe, expect, test } from 'vitest';
import { wrapZhBalanced, zhTextWidth } from '../../../src/share/wrapZh';
import { breakUnits as breakPieces, linePieces, wrapWith } from '../../../src/lib/measure';

/** A line break as the card makes it, before evening out. */
const wrapZh = (text: string, size: number, width: number) => wrapWith(zhTextWidth, text, size, width);

/** Every width from 1 to `max` em at 10 px, so each possible break point is met. */
const widths = (max: number) => Array.from({ length: max }, (_, i) => (i + 1) * 10);
const closing = [...'，。、：；！？”）》'];
const opening = [...'“（《'];

describe('zhTextWidth', () => {
  test('Han, full-width marks and “ ” … one em each; Latin by the estimate', () => {
    expect(zhTextWidth('执结涉民生', 10)).toBe(50);
    expect(zhTextWidth('“总对总”，', 10)).toBe(60);
    expect(zhTextWidth('……', 10)).toBe(20);
    expect(zhTextWidth('China', 10)).toBeGreaterThan(20);
    expect(zhTextWidth('China', 10)).toBeLessThan(50);
  });
});

describe('wrapZh', () => {
  test('breaks between Han characters: 执结涉民生案件 three to a line, and no character left alone at the end (孤字)', () => {
    expect(wrapZh('执结涉民生案件', 10, 30)).toEqual(['执结涉', '民生', '案件']);
  });

  const sentence = '其中，执行结案涉农民工案件7.52万件，执行到位金额18.64亿元。访谈于2025年3月10日（周一）举行，见《中国审判》“总对总”系统：约64万件！';

  test.each(widths(24))('at %i px, no line starts with a closing mark or ends with an opening one', (width) => {
    const lines = wrapZh(sentence, 10, width);
    expect(lines.join('')).toBe(sentence);
    for (const [i, line] of lines.entries()) {
      if (i > 0) expect(closing, `line ${i + 1} "${line}"`).not.toContain([...line][0]);
      if (i < lines.length - 1) expect(opening, `line ${i + 1} "${line}"`).not.toContain([...line].at(-1));
    }
  });

  test.each(widths(24))('at %i px, a number never leaves its unit: 7.52万件, 18.64亿元, 2025年3月10日, 约64万件 stay whole', (width) => {
    const lines = wrapZh(sentence, 10, width);
    for (const number of ['7.52万件', '18.64亿元', '2025年3月10日', '约64万件']) expect(lines.some((line) => line.includes(number)), `${number} in ${lines.join(' | ')}`).toBe(true);
  });

  test('a closing mark takes the character before it to the next line rather than start one; an opening mark goes with the one after', () => {
    expect(wrapZh('甲乙，丙丁', 10, 20)).toEqual(['甲', '乙，', '丙丁']);
    expect(wrapZh('甲乙“丙丁戊己庚辛壬”', 10, 30)).toEqual(['甲乙', '“丙丁', '戊己庚', '辛壬”']);
    expect(wrapZh('甲（乙）', 10, 10)).toEqual(['甲', '（乙）']);
  });

  test('Latin words break at their spaces only, and a space at a break is dropped', () => {
    const lines = wrapZh('来源：China News Network关于访谈的英文报道', 10, 80);
    for (const word of ['China', 'News', 'Network']) expect(lines.some((line) => line.includes(word)), word).toBe(true);
    for (const line of lines) expect(line).toBe(line.trim());
    expect(lines.join('').replace(/ /g, '')).toBe('来源：ChinaNewsNetwork关于访谈的英文报道');
  });
});

describe('breakUnits and linePieces', () => {
  test('a short quoted term or a title is one piece: “总对总”, 《中国审判》; a long quotation breaks', () => {
    expect(breakPieces('用好“总对总”系统')).toEqual(['用', '好', '“总对总”', '系', '统']);
    expect(breakPieces('见《中国审判》。')).toEqual(['见', '《中国审判》。']);
    expect(breakPieces('“甲乙丙丁戊己庚”')).toEqual(['“甲', '乙', '丙', '丁', '戊', '己', '庚”']);
  });

  test('a number with its qualifier and unit is one piece; Han around it are their own', () => {
    expect(breakPieces('共执结约64万件。')).toEqual(['共', '执', '结', '约64万件。']);
    expect(breakPieces('金额18.64亿元')).toEqual(['金', '额', '18.64亿元']);
  });

  test('a word without CJK is one piece; the pieces join back into the text with its spaces', () => {
    expect(breakPieces('Network')).toEqual(['Network']);
    const text = '来源：China News Network关于访谈';
    expect(linePieces(text).join('')).toBe(text);
  });
});

describe('wrapZhBalanced', () => {
  test('evens the lines out without adding one: no two characters left alone on the last line', () => {
    const title = '临时的中文标题：执结涉民生案件';
    expect(wrapZh(title, 10, 130).map((l) => [...l].length)).toEqual([13, 2]);
    const balanced = wrapZhBalanced(title, 10, 130);
    expect(balanced).toHaveLength(2);
    expect(balanced.join('')).toBe(title);
    expect(Math.min(...balanced.map((l) => [...l].length))).toBeGreaterThanOrEqual(6);
  });

  test('one line stays as it is', () => {
    expect(wrapZhBalanced('执结涉民生案件', 10, 200)).toEqual(['执结涉民生案件']);
  });
});
