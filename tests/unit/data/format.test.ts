import { describe, expect, test } from 'vitest';
import {
  formatFigureText,
  formatNumber,
  lastSignificantPlace,
  roundToPlace,
  roundToSignificant,
  significantDigitsOf,
} from '../../../src/data/format';
import type { Unit } from '../../../src/data/schema';
import { normalizeQuote, occursVerbatim } from '../../../src/data/sourceText';
import { fillFigures } from '../../../src/data/template';
import { dataset } from '../../../src/data/index';

describe('formatFigureText', () => {
  test.each([
    [640_000, 'cases', 'about', 'prose', 'about 640,000 cases'],
    [51_700_000_000, 'yuan', 'about', 'prose', 'about 51.7 billion yuan'],
    [1_864_000_000, 'yuan', 'exact', 'prose', '1.864 billion yuan'],
    [94_555_100, 'yuan', 'exact', 'prose', '94.5551 million yuan'],
    [2_300_000_000_000, 'yuan', 'exact', 'prose', '2.3 trillion yuan'],
    [2_311, 'people', 'exact', 'prose', '2,311 people'],
    [1, 'people', 'exact', 'prose', 'one person'],
    [5, 'cases', 'exact', 'prose', 'five cases'],
    [5, 'cases', 'exact', 'table', '5 cases'],
    [0, 'cases', 'exact', 'table', '0 cases'],
    [3_900, 'institutions', 'over', 'prose', 'more than 3,900 institutions'],
    [3.5, 'percent', 'exact', 'prose', '3.5%'],
    [928, 'casesPerJudge', 'exact', 'prose', '928 cases per judge'],
  ] as const)('%d %s (%s, %s) → %s', (value, unit, approximation, style, expected) => {
    expect(formatFigureText(value, unit, approximation, { style })).toBe(expected);
  });

  test('keeps a trailing zero that carries precision', () => {
    expect(formatFigureText(7, 'percent', 'about', { significantDigits: 2 })).toBe('about 7.0%');
    expect(formatFigureText(81_000, 'yuanPerCase', 'about', { significantDigits: 2 })).toBe('about 81,000 yuan per case');
  });
});

describe('precision helpers', () => {
  test.each([
    [640_000, 2, 10_000],
    [75_200, 3, 100],
    [2_311, 4, 1],
    [94_555_100, 6, 100],
    [1_720_000_000, 3, 10_000_000],
    [3.5, 2, 0.1],
  ])('%d has %d significant digits, last at %d', (value, digits, place) => {
    expect(significantDigitsOf(value)).toBe(digits);
    expect(lastSignificantPlace(value)).toBeCloseTo(place, 12);
  });

  test('round without float noise', () => {
    expect(roundToSignificant(80_781.25, 2)).toBe(81_000);
    expect(roundToSignificant(3.605_415_86, 3)).toBe(3.61);
    expect(roundToPlace(144_000_000, 10_000_000)).toBe(140_000_000);
    expect(roundToPlace(6_200, 1_000)).toBe(6_000);
  });
});

describe('quotes', () => {
  test('match across the notes’ line wrapping, in English and Chinese', () => {
    expect(normalizeQuote('约6.9万件,\n  执行到位金额')).toBe('约6.9万件,执行到位金额');
    expect(normalizeQuote('the China Banking\n  Regulatory Commission')).toBe('the China Banking Regulatory Commission');
    expect(occursVerbatim('two  words', 'one two\nwords three')).toBe(true);
    expect(occursVerbatim('two words!', 'one two words')).toBe(false);
  });
});

describe('fillFigures', () => {
  test('renders figure ids in plain text and reports unknown ones', () => {
    expect(fillFigures('{livelihoodCases} in 2024', dataset.byId)).toEqual({ text: 'About 640,000 cases in 2024', unknownIds: [] });
    expect(fillFigures('{nope} here', dataset.byId).unknownIds).toEqual(['nope']);
  });
});

describe('number and unit wording at the edges', () => {
  test('every unit reads in the singular for one and in the plural for two, spelled out in prose', () => {
    const expected: [Unit, string, string][] = [
      ['cases', 'one case', 'two cases'],
      ['people', 'one person', 'two people'],
      ['yuan', 'one yuan', 'two yuan'],
      ['yuanPerCase', 'one yuan per case', 'two yuan per case'],
      ['yuanPerPerson', 'one yuan per person', 'two yuan per person'],
      ['casesPerJudge', 'one case per judge', 'two cases per judge'],
      ['banks', 'one bank', 'two banks'],
      ['institutions', 'one institution', 'two institutions'],
      ['agencies', 'one agency', 'two agencies'],
      ['categories', 'one category', 'two categories'],
      ['items', 'one item', 'two items'],
      ['outlets', 'one outlet', 'two outlets'],
      ['caseTypes', 'one case type', 'two case types'],
    ];
    for (const [unit, one, two] of expected) {
      expect(formatFigureText(1, unit, 'exact'), unit).toBe(one);
      expect(formatFigureText(2, unit, 'exact'), unit).toBe(two);
    }
    // A percentage keeps its digits and its sign whatever the number.
    expect(formatFigureText(1, 'percent', 'exact')).toBe('1%');
    expect(formatFigureText(2, 'percent', 'about')).toBe('about 2%');
  });

  test('prose spells out zero to nine and no other number; tables keep digits', () => {
    const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
    words.forEach((word, n) => expect(formatNumber(n, 'cases')).toBe(word));
    expect(formatNumber(10, 'cases')).toBe('10');
    expect(formatNumber(2.5, 'cases')).toBe('2.5');
    expect(formatNumber(-3, 'cases')).toBe('-3');
    expect(formatNumber(5, 'cases', { style: 'table' })).toBe('5');
    expect(formatNumber(0, 'cases', { style: 'table' })).toBe('0');
  });

  test('yuan amounts, and only yuan amounts, switch to million, billion and trillion at exactly one of each', () => {
    expect(formatNumber(999_999, 'yuan')).toBe('999,999');
    expect(formatNumber(1e6, 'yuan')).toBe('1 million');
    expect(formatNumber(1e9, 'yuan')).toBe('1 billion');
    expect(formatNumber(1e12, 'yuan')).toBe('1 trillion');
    expect(formatNumber(1.864e9, 'yuan')).toBe('1.864 billion');
    expect(formatNumber(2.5e6, 'yuanPerCase')).toBe('2.5 million');
    expect(formatNumber(3e6, 'yuanPerPerson')).toBe('3 million');
    expect(formatNumber(2e6, 'cases')).toBe('2,000,000');
    expect(formatNumber(2e9, 'people')).toBe('2,000,000,000');
  });

  test('significant digits count inner zeros and not leading ones; zero has one', () => {
    expect(significantDigitsOf(0)).toBe(1);
    expect(significantDigitsOf(1005)).toBe(4);
    expect(significantDigitsOf(100_500)).toBe(4);
    expect(significantDigitsOf(0.0305)).toBe(3);
    expect(significantDigitsOf(-75_200)).toBe(3);
    expect(lastSignificantPlace(0)).toBe(1);
    expect(lastSignificantPlace(1005)).toBe(1);
    expect(lastSignificantPlace(0.0305)).toBeCloseTo(0.0001, 12);
  });
});
