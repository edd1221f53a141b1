/** The measuring primitive: a text's estimated width and its wrapping (src/lib/measure.ts). */
import { describe, expect, test } from 'vitest';
import { textWidth, wrapText, type Measure } from '../../../src/lib/measure';
import { halfEm } from '../../helpers/layout';

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
