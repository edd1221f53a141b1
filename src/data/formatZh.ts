/**
 * Figures as the Chinese edition writes them, the way the Chinese reports do: 约64万件, 18.64亿元, 2311人,
 * 约8.1万元/件. The number keeps the figure's own precision (Intl's compact notation would otherwise round
 * 7.52万 to 7.5万 and 18.64亿 to 19亿); qualifier, number and measure word are written with no space.
 */
import type { Approximation, Unit } from './schema';
import type { FigureParts } from './display';
import { significantDigitsOf } from './format';
import { datePartsOf } from './dates';

/** The measure word after a number (量词), or the per-unit it is counted in. */
export const measureWordsZh: Record<Unit, string> = {
  cases: '件',
  people: '人',
  yuan: '元',
  percent: '%',
  yuanPerCase: '元/件',
  yuanPerPerson: '元/人',
  casesPerJudge: '件/人',
  banks: '家',
  institutions: '家',
  agencies: '家',
  categories: '类',
  items: '项',
  outlets: '家',
  caseTypes: '类',
};

export const qualifiersZh: Record<Approximation, string> = { exact: '', about: '约', over: '超过' };

/** The number alone: "64万", "18.64亿", "2311", "7.0" (万 and 亿 from ten thousand up; no grouping comma below it). */
export function formatNumberZh(value: number, { significantDigits = significantDigitsOf(value) }: { significantDigits?: number | undefined } = {}): string {
  return new Intl.NumberFormat('zh-CN', {
    notation: value >= 10_000 ? 'compact' : 'standard',
    // Fixed significant digits keep a trailing zero that carries precision ("7.0%"), as the English formatter does.
    minimumSignificantDigits: significantDigits,
    maximumSignificantDigits: significantDigits,
    useGrouping: 'min2',
  }).format(value);
}

/** A figure as Chinese prose reads it: "约64万件", "超过3900家", "约12%". */
export function formatFigureTextZh(value: number, unit: Unit, approximation: Approximation, options: { significantDigits?: number } = {}): string {
  const { qualifier, number, scale, unit: measureWord } = figurePartsZh(value, unit, approximation, options);
  return `${qualifier}${number}${scale}${measureWord}`;
}

/**
 * A figure in the parts the key figures set apart: 约 · 64 · 万 · 件, 18.64 · 亿 · 元, 约12% (the % stays with the
 * number). `bare` leaves out the measure word. Joined, the parts are formatFigureTextZh's text.
 */
export function figurePartsZh(
  value: number,
  unit: Unit,
  approximation: Approximation,
  { significantDigits, bare = false }: { significantDigits?: number | undefined; bare?: boolean } = {},
): FigureParts {
  // An undefined count of digits takes the value's own (formatNumberZh's default).
  const text = formatNumberZh(value, { significantDigits });
  const [, number = text, scale = ''] = /^(.*?)(万亿|亿|万)?$/.exec(text) ?? [];
  const percent = unit === 'percent';
  return { qualifier: qualifiersZh[approximation], number: percent ? `${number}%` : number, scale, unit: bare || percent ? '' : measureWordsZh[unit] };
}

/** A date as Chinese writes it, from its ISO parts (never through a Date, which can shift a day): 2025年3月10日, 2024年12月, 2024年. */
export function dateZh(iso: string): string {
  if (/^\d{4}$/.test(iso)) return `${Number(iso)}年`;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${Number(month[1])}年${Number(month[2])}月`;
  const { year, month: m, day } = datePartsOf(iso);
  return `${year}年${m}月${day}日`;
}
