/** The Chinese number formatter against the way the Chinese reports write the same figures (context notes §1, §2). */
import { describe, expect, test } from 'vitest';
import { formatFigureTextZh, formatNumberZh } from '../../../src/data/formatZh';

describe('formatFigureTextZh', () => {
  test.each([
    [640_000, 'cases', 'about', '约64万件'],
    [51_700_000_000, 'yuan', 'about', '约517亿元'],
    [75_200, 'cases', 'exact', '7.52万件'],
    [1_864_000_000, 'yuan', 'exact', '18.64亿元'],
    [2_311, 'people', 'exact', '2311人'],
    [94_555_100, 'yuan', 'exact', '9455.51万元'],
    [2_300_000_000_000, 'yuan', 'exact', '2.3万亿元'],
    [9_118_200, 'cases', 'exact', '911.82万件'],
    [69_000, 'cases', 'about', '约6.9万件'],
    [1_720_000_000, 'yuan', 'exact', '17.2亿元'],
    [2_000_000_000_000, 'yuan', 'over', '超过2万亿元'],
    [3_900, 'institutions', 'over', '超过3900家'],
  ] as const)('%d %s (%s) reads %s, as the reports write it', (value, unit, approximation, expected) => {
    expect(formatFigureTextZh(value, unit, approximation)).toBe(expected);
  });

  test('a derived figure keeps the significant digits it is given, trailing zero included', () => {
    expect(formatFigureTextZh(7, 'percent', 'about', { significantDigits: 2 })).toBe('约7.0%');
    expect(formatFigureTextZh(81_000, 'yuanPerCase', 'about', { significantDigits: 2 })).toBe('约8.1万元/件');
    expect(formatFigureTextZh(24_800, 'yuanPerCase', 'about', { significantDigits: 3 })).toBe('约2.48万元/件');
  });
});

describe('formatNumberZh', () => {
  test('never rounds a figure below its own precision, as compact notation alone would', () => {
    // Intl's compact default keeps two significant digits: 7.5万, 19亿.
    expect(new Intl.NumberFormat('zh-CN', { notation: 'compact' }).format(75_200)).toBe('7.5万');
    expect(formatNumberZh(75_200)).toBe('7.52万');
    expect(formatNumberZh(1_864_000_000)).toBe('18.64亿');
  });

  test('writes no grouping comma below ten thousand', () => {
    expect(formatNumberZh(2_311)).toBe('2311');
    expect(formatNumberZh(928)).toBe('928');
  });
});
