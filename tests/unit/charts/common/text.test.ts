/** The build-time text measure, line wrapping, bar values and big numbers of src/charts/common/text.ts. */
import { describe, expect, test } from 'vitest';
import { barValue, bigNumber, textWidth, wrapText, type Measure } from '../../../../src/charts/common/text';
import { halfEm } from '../../../helpers/layout';

describe('textWidth', () => {
  test('a Chinese character is one em, in either weight', () => {
    expect(textWidth('中', 10)).toBe(10);
    expect(textWidth('中文', 10, 'bold')).toBe(20);
  });

  test('the width of a text is the sum of its characters’ widths', () => {
    for (const text of ['a中', 'Mi5中#', 'Wage cases: 75,200']) {
      const sum = [...text].reduce((s, ch) => s + textWidth(ch, 10), 0);
      expect(textWidth(text, 10), text).toBeCloseTo(sum, 9);
    }
  });

  test('wide letters, capitals, digits, lower case and narrow marks, widest first', () => {
    const w = (ch: string) => textWidth(ch, 10);
    expect(w('m')).toBeGreaterThan(w('A'));
    expect(w('A')).toBeGreaterThan(w('5'));
    expect(w('5')).toBeGreaterThan(w('a'));
    expect(w('a')).toBeGreaterThan(w('i'));
    // A symbol that is neither letter nor digit counts as an average character, not as a capital.
    expect(w('#')).toBe(w('a'));
    expect(w('中')).toBeGreaterThan(w('m'));
  });

  test('bold is wider than normal, and normal is the default', () => {
    expect(textWidth('Courts', 10, 'bold')).toBeGreaterThan(textWidth('Courts', 10, 'normal'));
    expect(textWidth('Courts', 10)).toBe(textWidth('Courts', 10, 'normal'));
    expect(textWidth('Courts', 20)).toBeCloseTo(2 * textWidth('Courts', 10), 9);
  });
});

describe('wrapText', () => {
  test('fills each line up to the width, a line exactly as wide as allowed included', () => {
    // Half an em per character at 10 px: "ab cd" is 25 wide.
    expect(wrapText('ab cd ef', 10, 25, 'normal', halfEm)).toEqual(['ab cd', 'ef']);
    expect(wrapText('ab cd ef', 10, 24.9, 'normal', halfEm)).toEqual(['ab', 'cd', 'ef']);
  });

  test('a word wider than the width gets a line of its own, never split', () => {
    expect(wrapText('a enforcement b', 10, 20, 'normal', halfEm)).toEqual(['a', 'enforcement', 'b']);
  });

  test('runs of spaces, tabs and line breaks are one break; leading and trailing ones vanish', () => {
    expect(wrapText('  one \t two\n\nthree  ', 10, 1000, 'normal', halfEm)).toEqual(['one two three']);
    expect(wrapText('', 10, 1000, 'normal', halfEm)).toEqual([]);
    expect(wrapText('   ', 10, 1000, 'normal', halfEm)).toEqual([]);
  });

  test('an amount and its scale word, and "yuan" after it, stay on one line', () => {
    expect(wrapText('paid 1.864 billion yuan in all', 10, 1, 'normal', halfEm)).toEqual(['paid', '1.864\u00a0billion\u00a0yuan', 'in', 'all']);
    expect(wrapText('2.3 trillion', 10, 1, 'normal', halfEm)).toEqual(['2.3\u00a0trillion']);
    // Only after a number: "several million people" may break anywhere.
    expect(wrapText('several million people', 10, 1, 'normal', halfEm)).toEqual(['several', 'million', 'people']);
  });

  test('measures in the weight asked for, normal unless said', () => {
    const weights: (string | undefined)[] = [];
    const recording: Measure = (text, size, weight) => {
      weights.push(weight);
      return halfEm(text, size);
    };
    wrapText('one two', 10, 1000, undefined, recording);
    wrapText('one two', 10, 1000, 'bold', recording);
    expect(weights).toEqual(['normal', 'bold']);
  });
});

describe('barValue', () => {
  const options = { barWidth: 100, top: 40, barHeight: 20, width: 300, size: 10, measure: halfEm };

  test('after the bar when it fits, centred on the bar', () => {
    const value = barValue('81,000', options);
    expect(value).toMatchObject({ x: 106, anchor: 'start', inside: false, text: '81,000' });
    expect(value.y).toBeGreaterThan(40);
    expect(value.y).toBeLessThan(60);
    // Its baseline sits below the bar's middle, so the text looks centred.
    expect(value.y).toBeGreaterThan(50);
  });

  test('inside the bar when it would run past the width, measured in bold', () => {
    // "81,000" is 30 wide in normal weight under halfEm: 100 + 6 + 30 fits 140; in bold (twice as wide here) it does not.
    const boldWide: Measure = (text, size, weight) => halfEm(text, size) * (weight === 'bold' ? 2 : 1);
    expect(barValue('81,000', { ...options, width: 140, measure: halfEm }).inside).toBe(false);
    const value = barValue('81,000', { ...options, width: 140, measure: boldWide });
    expect(value).toMatchObject({ x: 94, anchor: 'end', inside: true });
  });
});

describe('bigNumber', () => {
  // halfEm: "about " is 6 × 7 = 42 units at 14 px; a 10-character number is 10 × 14 = 140 units at 28 px.
  const long = { qualifier: 'about ', number: '1234567.8%' };
  const at = (maxWidth: number) => bigNumber(long, { x: 3.04, y: 10.06, size: 28, labelSize: 14, maxWidth, measure: halfEm });

  test('keeps its size when it fits, its place rounded to a tenth', () => {
    expect(at(400)).toEqual({ x: 3, y: 10.1, size: 28, labelSize: 14, qualifier: 'about ', number: '1234567.8%' });
    expect(at(42 + 140).size).toBe(28);
  });

  test('is set smaller when the number would pass the width, never below the label size', () => {
    // 105 units left for the number: three quarters of its width at 28.
    expect(at(42 + 105).size).toBe(21);
    expect(at(112).size).toBe(14);
    expect(at(60).size).toBe(14);
  });
});
