import type { Approximation, Unit } from './schema';

/** How each unit reads after a number: singular and plural. */
export const unitLabels: Record<Unit, { one: string; other: string }> = {
  cases: { one: 'case', other: 'cases' },
  people: { one: 'person', other: 'people' },
  yuan: { one: 'yuan', other: 'yuan' },
  percent: { one: '%', other: '%' },
  yuanPerCase: { one: 'yuan per case', other: 'yuan per case' },
  yuanPerPerson: { one: 'yuan per person', other: 'yuan per person' },
  casesPerJudge: { one: 'case per judge', other: 'cases per judge' },
  banks: { one: 'bank', other: 'banks' },
  institutions: { one: 'institution', other: 'institutions' },
  agencies: { one: 'agency', other: 'agencies' },
  categories: { one: 'category', other: 'categories' },
  items: { one: 'item', other: 'items' },
  outlets: { one: 'outlet', other: 'outlets' },
  caseTypes: { one: 'case type', other: 'case types' },
};

const qualifierWords: Record<Approximation, string> = { exact: '', about: 'about ', over: 'more than ' };

const smallNumberWords = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Large yuan amounts read as "51.7 billion", as the source writes them. */
const scaleWords = [
  { size: 1e12, word: 'trillion' },
  { size: 1e9, word: 'billion' },
  { size: 1e6, word: 'million' },
] as const;

interface FormatOptions {
  /** Prose spells out whole numbers below ten ("five"); tables keep digits. */
  style?: 'prose' | 'table';
  /** Significant digits to show, for derived figures (keeps "7.0%" honest). */
  significantDigits?: number;
}

/** The number alone, without qualifier or unit: "640,000", "51.7 billion", "five". */
export function formatNumber(value: number, unit: Unit, options: FormatOptions = {}): string {
  const { style = 'prose', significantDigits } = options;
  // Fixed significant digits keep a trailing zero that carries precision ("7.0%").
  const digits = (n: number) =>
    n.toLocaleString('en-US', significantDigits
      ? { minimumSignificantDigits: significantDigits, maximumSignificantDigits: significantDigits }
      : { maximumFractionDigits: 6 });
  if (style === 'prose' && Number.isInteger(value) && value >= 0 && value < 10 && unit !== 'percent') {
    return smallNumberWords[value]!;
  }
  if (unit === 'yuan' || unit === 'yuanPerCase' || unit === 'yuanPerPerson') {
    const scale = scaleWords.find((s) => value >= s.size);
    if (scale) return `${digits(value / scale.size)} ${scale.word}`;
  }
  return digits(value);
}

/** The unit after a number: "cases", "yuan", "%" (glued to the number). */
function formatUnit(value: number, unit: Unit): string {
  const label = unitLabels[unit];
  return value === 1 ? label.one : label.other;
}

/** A figure as prose reads it: "about 640,000 cases", "more than 3,900 institutions", "about 12%". */
export function formatFigureText(
  value: number,
  unit: Unit,
  approximation: Approximation,
  options: FormatOptions = {},
): string {
  const number = formatNumber(value, unit, options);
  const joined = unit === 'percent' ? `${number}%` : `${number} ${formatUnit(value, unit)}`;
  return `${qualifierWords[approximation]}${joined}`;
}

/** Count of significant digits as written: 640000 → 2, 75200 → 3, 94555100 → 6. */
export function significantDigitsOf(value: number): number {
  if (value === 0) return 1;
  // toExponential writes the shortest exact mantissa, with no leading zero: "7.52e+4".
  const mantissa = Math.abs(value).toExponential().split('e')[0]!;
  return mantissa.replace('.', '').length;
}

/** Place value of the last significant digit: 69000 → 1000, 1.72e9 → 1e7, 3.5 → 0.1. */
export function lastSignificantPlace(value: number): number {
  if (value === 0) return 1;
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  return 10 ** (exponent - (significantDigitsOf(value) - 1));
}

/** Round to n significant digits without float noise (80781.25 → 81000 for n = 2). */
export function roundToSignificant(value: number, n: number): number {
  return Number(value.toPrecision(n));
}

/** Round to a multiple of `place` without float noise (6200 to 1000 → 6000). */
export function roundToPlace(value: number, place: number): number {
  const rounded = Math.round(value / place) * place;
  return Number(rounded.toPrecision(15));
}
