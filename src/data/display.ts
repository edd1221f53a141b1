import type { Figure } from './dataset';
import { formatFigureText, formatNumber } from './format';
import { sources, type SourceId } from './sources';

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

const sourceById = (id: SourceId) => sources.find((s) => s.id === id)!;

/** A source as the site names it: "China News, 7 April 2025", or the name alone when it is undated. */
export function sourceLabel(id: SourceId): string {
  const s = sourceById(id);
  return s.date ? `${s.shortName}, ${s.dateLabel}` : s.shortName;
}

/** A source as a chart's source line cites it: its label, marked "(context)" unless it is the interview's. */
export const citedSource = (id: SourceId): string => `${sourceLabel(id)}${sourceById(id).role === 'context' ? ' (context)' : ''}`;

/** Words at the start of a sentence or a cell: "Computed by this explainer". */
export const sentenceCase = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

/** What the explainer did to a derived figure, in the words every note, table and tooltip uses. */
export const computedHere = 'computed by this explainer';

/** Where a figure comes from, as a note says it: "from the interview", "context" or "computed by this explainer". */
export function provenance(figure: Figure): string {
  if (figure.kind === 'derived') return figure.usesContext ? `${computedHere}, with context figures` : computedHere;
  return figure.kind === 'context' ? 'context' : 'from the interview';
}

/** How exact a figure is, as the data page labels it. */
export const approximationLabels: Record<Figure['approximation'], string> = {
  exact: 'as stated',
  about: 'approximate',
  over: 'lower bound',
};

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
