/** The bar values and big numbers of src/charts/common/text.ts (the measuring it builds on is tested in tests/unit/lib/measure.test.ts). */
import { describe, expect, test } from 'vitest';
import { barValue, bigNumber, cjkMetrics, firstBaseline, latinMetrics, linesHeight, middleBaseline, textBlock } from '../../../../src/charts/common/text';
import type { Measure } from '../../../../src/lib/measure';
import { halfEm } from '../../../helpers/layout';

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

describe('text metrics: how a font sets lines, per edition', () => {
  // Noto Sans CJK SC, the tallest CJK face the Chinese edition names: 1.16 em above the baseline, 0.29 below.
  const cjkBox = { ascent: 1.16, descent: 0.29 };

  test('Chinese lines stand far enough apart that a CJK font’s boxes never meet, and start low enough for its ascent', () => {
    expect(cjkMetrics.leading).toBeGreaterThanOrEqual(cjkBox.ascent + cjkBox.descent);
    expect(cjkMetrics.ascent).toBeGreaterThanOrEqual(cjkBox.ascent);
    // The last line's descent stays within the lines' height.
    expect(cjkMetrics.leading - cjkMetrics.ascent).toBeGreaterThanOrEqual(cjkBox.descent);
    // A line centred on a middle keeps its box within a line height around it.
    expect(middleBaseline(0, 1, cjkMetrics) - cjkBox.ascent).toBeGreaterThanOrEqual(-cjkMetrics.leading / 2);
    expect(middleBaseline(0, 1, cjkMetrics) + cjkBox.descent).toBeLessThanOrEqual(cjkMetrics.leading / 2);
  });

  test('the helpers follow the metrics given, Latin unless said', () => {
    expect(linesHeight(2, 10)).toBe(26);
    expect(linesHeight(2, 10, cjkMetrics)).toBe(30);
    expect(firstBaseline(5, 10)).toBe(15);
    expect(firstBaseline(5, 10, cjkMetrics)).toBe(17);
    expect(textBlock(['a', 'b'], { x: 0, y: 0, size: 10 }).step).toBe(10 * latinMetrics.leading);
    expect(textBlock(['a', 'b'], { x: 0, y: 0, size: 10, metrics: cjkMetrics }).step).toBe(15);
    expect(textBlock(['a', 'b'], { x: 0, y: 0, size: 10, metrics: cjkMetrics, leading: 1.25 }).step).toBe(12.5);
  });
});
