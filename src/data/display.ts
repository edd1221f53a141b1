import type { Figure } from './dataset';
import { formatFigureText, formatNumber } from './format';

const qualifier = { exact: '', about: 'about ', over: 'more than ' } as const;

/**
 * A figure as the site shows it: "about 640,000 cases" (prose), "640,000 cases"
 * with digits (tables), or the number alone with its qualifier (`bare`).
 */
export function figureText(figure: Figure, { style = 'prose', bare = false }: { style?: 'prose' | 'table'; bare?: boolean } = {}): string {
  const significantDigits = figure.kind === 'derived' ? figure.significantDigits : undefined;
  if (bare) {
    const number = formatNumber(figure.value, figure.unit, { style, significantDigits });
    return `${qualifier[figure.approximation]}${number}${figure.unit === 'percent' ? '%' : ''}`;
  }
  return formatFigureText(figure.value, figure.unit, figure.approximation, { style, significantDigits });
}

const conjunction = new Intl.ListFormat('en', { type: 'conjunction' });

/** The one way the site joins a list in prose: "a, b, and c". The serial comma keeps items that hold "and" apart ("family support, and injury and loss"). */
export const listText = (items: readonly string[]): string => conjunction.format(items);

/** Where a figure comes from, in three words: interview, context or derived. */
export const kindLabels: Record<Figure['kind'], string> = {
  interview: 'Interview',
  context: 'Context',
  derived: 'Derived',
};

/** Glossary entries as a reader looks them up: by English headword, alphabetically, case and quotation marks aside. */
export function inEnglishOrder<T extends { english: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => a.english.localeCompare(b.english, 'en', { sensitivity: 'base', ignorePunctuation: true }));
}
