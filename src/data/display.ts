import type { Figure, SourceFigure } from './dataset';
import { formatFigureText, formatNumber } from './format';
import { getCitable, sources } from './index';
import type { SourceId, SourceRecord } from './sources';

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

/** The palette colour a figure takes wherever it is set apart: its `accent`, or the livelihood colour. */
export const accentOf = (figure: Figure): 'livelihood' | 'migrant' | 'assistance' => figure.accent ?? 'livelihood';

/** A figure's text in the parts the opening's key figures set apart: "about " · "51.7" · " billion" · " yuan". */
export interface FigureParts {
  /** "about ", "more than " or "". */
  qualifier: string;
  /** The digits (or the number word), with "%" for a percentage: "51.7", "640,000". */
  number: string;
  /** The scale word of a large amount, with its space: " billion", or "". */
  scale: string;
  /** The unit with its space (" yuan"), or "" when `bare` or a percentage. */
  unit: string;
}

/**
 * figureText, cut into its parts so a key figure can set the number large and the words small.
 * Cut from figureText's own output, so the parts always join back into exactly that text.
 */
export function figureParts(figure: Figure, options: { style?: 'prose' | 'table'; bare?: boolean } = {}): FigureParts {
  const text = figureText(figure, options);
  const q = qualifier[figure.approximation];
  const rest = text.startsWith(q) ? text.slice(q.length) : text;
  const [, number = rest, scale = '', unit = ''] = /^(\S+?)( (?:trillion|billion|million))?((?: .*)?)$/.exec(rest) ?? [];
  return { qualifier: text.startsWith(q) ? q : '', number, scale, unit };
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

/** A source's headline, or, for a source with none, its description in square brackets: "[Write-up of …]". */
export const sourceTitle = (s: Pick<SourceRecord, 'title' | 'titleIsDescription'>): string => (s.titleIsDescription ? `[${s.title}]` : s.title);

/** A source as a chart's source line cites it: its label, marked "(context)" unless it is the interview's. */
export const citedSource = (id: SourceId): string => `${sourceLabel(id)}${sourceById(id).role === 'context' ? ' (context)' : ''}`;

/** A source figure's citation as /data/ gives it: a link to its place on /source/, then words after the link. */
export interface FigureCitation {
  /** The figure's sentence, passage or summary on /source/ ("/source/#s1"), or its source's entry there. */
  href: string;
  /** The link's words: "China News Network, sentence 1", "China News, the passage". */
  text: string;
  /**
   * The source's date where it has one (", 7 April 2025"), then "; Chinese: China News Service" when another
   * source gives the Chinese wording.
   */
  after: string;
}

/** Where a source figure comes from, as the source cell of /data/'s table says it. */
export function figureCitation(figure: SourceFigure): FigureCitation {
  const { sourceAnchor: anchor, sentenceZh } = figure;
  const source = sourceById(figure.sourceId);
  const place = !anchor ? '' : figure.kind === 'interview' ? `, sentence ${anchor.slice(1)}` : `, the ${getCitable(anchor).kind}`;
  const chinese = sentenceZh && sentenceZh.sourceId !== figure.sourceId ? `; Chinese: ${sourceById(sentenceZh.sourceId).shortName}` : '';
  return {
    href: `/source/#${anchor || `source-${figure.sourceId}`}`,
    text: `${source.shortName}${place}`,
    after: `${source.date ? `, ${source.dateLabel}` : ''}${chinese}`,
  };
}

/** Words at the start of a sentence or a cell: "Computed by this explainer". */
export const sentenceCase = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

/** A sentence with its full stop: one is added unless it already ends in . ? or !. */
export const withStop = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

/** Words inside a sentence that stand first elsewhere: a label after a colon ("… cases: livelihood enforcement cases concluded"). */
export const lowerFirst = (words: string): string => words.charAt(0).toLowerCase() + words.slice(1);

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
