/** The Chinese number formatter against the way the Chinese reports write the same figures (context notes §1, §2). */
import { describe, expect, test } from 'vitest';
import { dateZh, figurePartsZh, formatFigureTextZh, formatNumberZh } from '../../../src/data/formatZh';

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

describe('figurePartsZh (the key figures strip: qualifier, number, scale, measure word)', () => {
  test.each([
    [640_000, 'cases', 'about', { qualifier: '约', number: '64', scale: '万', unit: '件' }],
    [51_700_000_000, 'yuan', 'about', { qualifier: '约', number: '517', scale: '亿', unit: '元' }],
    [75_200, 'cases', 'exact', { qualifier: '', number: '7.52', scale: '万', unit: '件' }],
    [1_864_000_000, 'yuan', 'exact', { qualifier: '', number: '18.64', scale: '亿', unit: '元' }],
    [2_311, 'people', 'exact', { qualifier: '', number: '2311', scale: '', unit: '人' }],
    [94_555_100, 'yuan', 'exact', { qualifier: '', number: '9455.51', scale: '万', unit: '元' }],
    [2_300_000_000_000, 'yuan', 'exact', { qualifier: '', number: '2.3', scale: '万亿', unit: '元' }],
    [2_000_000_000_000, 'yuan', 'over', { qualifier: '超过', number: '2', scale: '万亿', unit: '元' }],
  ] as const)('%d %s (%s)', (value, unit, approximation, parts) => {
    expect(figurePartsZh(value, unit, approximation)).toEqual(parts);
    // Joined, the parts are the figure's text.
    expect(Object.values(figurePartsZh(value, unit, approximation)).join('')).toBe(formatFigureTextZh(value, unit, approximation));
  });

  test('a percentage keeps its sign with the number; bare drops the measure word only', () => {
    expect(figurePartsZh(7, 'percent', 'about', { significantDigits: 2 })).toEqual({ qualifier: '约', number: '7.0%', scale: '', unit: '' });
    expect(figurePartsZh(640_000, 'cases', 'about', { bare: true })).toEqual({ qualifier: '约', number: '64', scale: '万', unit: '' });
    expect(figurePartsZh(81_000, 'yuanPerCase', 'about', { significantDigits: 2 })).toEqual({ qualifier: '约', number: '8.1', scale: '万', unit: '元/件' });
  });
});

describe('dateZh', () => {
  test('writes a day, a month or a year from its ISO parts, with no leading zero', () => {
    expect(dateZh('2025-03-10')).toBe('2025年3月10日');
    expect(dateZh('2024-12-23')).toBe('2024年12月23日');
    expect(dateZh('2024-12')).toBe('2024年12月');
    expect(dateZh('2018')).toBe('2018年');
  });

  test('refuses a day that does not exist', () => {
    expect(() => dateZh('2025-02-30')).toThrow('"2025-02-30" is not a real date written YYYY-MM-DD');
  });
});
