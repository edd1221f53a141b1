import type { Citable, Figure, SourceFigure } from './dataset';
import { formatFigureText, formatNumber } from './format';
import { dataset, getCitable, sources } from './index';
import type { SourceId, SourceRecord } from './sources';
import type { CaseTypeFamilyId, EventId, FigureId, SentenceId, SummaryId, TermId, UnusedSentenceId } from './ids';
import type { GlossaryEntry, SourceEvent } from './schema';
import { caseTypeFamilies } from './caseTypes';
import { dayMonthYear, isIsoDate } from './dates';
import { localePath, type Locale } from '../lib/locale';
import { editionWords, wordsFile, type WordsLocale } from './words/index';
import { fillWords } from './words/fill';
import { editionFigureParts, editionFormula, fillSources, joinParts } from './words/render';

/**
 * Every function here speaks English unless given another `locale`; English output is the records' own words.
 * Another edition's words come from src/data/words/<locale>.ts, with their figures and dates filled from the data.
 */

const qualifier = { exact: '', about: 'about ', over: 'more than ' } as const;

/**
 * A figure as the site shows it: "about 640,000 cases" (prose), "640,000 cases"
 * with digits (tables), or the number alone with its qualifier (`bare`).
 */
export function figureText(
  figure: Figure,
  { style = 'prose', bare = false, locale = 'en' }: { style?: 'prose' | 'table'; bare?: boolean; locale?: Locale } = {},
): string {
  // Chinese has one style: digits with 万 and 亿, prose and tables alike (约64万件).
  if (locale !== 'en') return joinParts(editionFigureParts(figure, editionWords[locale], bare));
  const significantDigits = figure.kind === 'derived' ? figure.significantDigits : undefined;
  if (bare) {
    const number = formatNumber(figure.value, figure.unit, { style, significantDigits });
    return `${qualifier[figure.approximation]}${number}${figure.unit === 'percent' ? '%' : ''}`;
  }
  return formatFigureText(figure.value, figure.unit, figure.approximation, { style, significantDigits });
}

/** The palette colour a figure takes wherever it is set apart: its `accent`, or the livelihood colour. */
export const accentOf = (figure: Figure): 'livelihood' | 'migrant' | 'assistance' => figure.accent ?? 'livelihood';

/** A figure's text in the parts the opening's key figures set apart: "about " · "51.7" · " billion" · " yuan"; 约 · 517 · 亿 · 元. */
export interface FigureParts {
  /** "about ", "more than " or ""; 约, 超过 or "". */
  qualifier: string;
  /** The digits (or the number word), with "%" for a percentage: "51.7", "640,000"; "517", "7.52". */
  number: string;
  /** The scale word of a large amount, with its space: " billion", or ""; 万, 亿, 万亿 or "". */
  scale: string;
  /** The unit with its space (" yuan"), or "" when `bare` or a percentage; the measure word (件, 元, 元/件). */
  unit: string;
}

/**
 * figureText, cut into its parts so a key figure can set the number large and the words small.
 * Cut from figureText's own output, so the parts always join back into exactly that text.
 */
export function figureParts(figure: Figure, options: { style?: 'prose' | 'table'; bare?: boolean; locale?: Locale } = {}): FigureParts {
  if (options.locale && options.locale !== 'en') return editionFigureParts(figure, editionWords[options.locale], options.bare);
  const text = figureText(figure, options);
  const q = qualifier[figure.approximation];
  const rest = text.startsWith(q) ? text.slice(q.length) : text;
  const [, number = rest, scale = '', unit = ''] = /^(\S+?)( (?:trillion|billion|million))?((?: .*)?)$/.exec(rest) ?? [];
  return { qualifier: text.startsWith(q) ? q : '', number, scale, unit };
}

const conjunction = new Intl.ListFormat('en', { type: 'conjunction' });

/**
 * The one way the site joins a list in prose: "a, b, and c". The serial comma keeps items that hold "and" apart
 * ("family support, and injury and loss"). In Chinese: 甲、乙和丙.
 */
export const listText = (items: readonly string[], locale: Locale = 'en'): string =>
  locale === 'en' ? conjunction.format(items) : editionWords[locale].format.list(items);

/** An edition's words as text: its figures and dates filled in from the data (the words were checked when the data module loaded). */
function filled(locale: WordsLocale, words: string): string {
  const { text, problems } = fillWords(words, fillSources(editionWords[locale], dataset.byId, dataset.sources));
  if (problems.length) throw new Error(`${wordsFile(locale)}: ${problems.join('; ')}`);
  return text;
}

/** A date as the edition writes it, from `YYYY-MM-DD` or a year alone: "10 March 2025", "2012"; 2025年3月10日, 2012年. */
export function dateText(iso: string, locale: Locale = 'en'): string {
  if (locale !== 'en') return editionWords[locale].format.date(iso);
  return isIsoDate(iso) ? dayMonthYear(iso) : iso;
}

/** A record's date label in an edition: derived from its date, or the edition's words where the English writes one out. */
function dateLabelIn(locale: WordsLocale, record: { date?: string | undefined }, written: string | undefined): string {
  if (written !== undefined) return filled(locale, written);
  return dateText(record.date!, locale);
}

/** A figure's words: what it counts, when and over what, its caveat, and for a derived figure its working and rounding. */
export interface FigureWordsText {
  label: string;
  period: string;
  scope: string;
  note?: string;
  /** A derived figure's working with numbers: "约517亿元 ÷ 约64万件 = 8.078125万 ≈ 8.1万元/件". */
  formulaText?: string;
  roundingNote?: string;
}

/** A figure's words in an edition (English: the record's own). */
export function figureWords(figure: Figure, locale: Locale = 'en'): FigureWordsText {
  if (locale === 'en') {
    const { label, period, scope, note } = figure;
    const working = figure.kind === 'derived' ? { formulaText: figure.formulaText, roundingNote: figure.roundingNote } : {};
    return { label, period, scope, ...(note !== undefined && { note }), ...working };
  }
  const words = editionWords[locale];
  const w = words.figures[figure.id as FigureId];
  return {
    label: filled(locale, w.label),
    period: filled(locale, w.period),
    scope: filled(locale, w.scope),
    ...(w.note !== undefined && { note: filled(locale, w.note) }),
    ...(figure.kind === 'derived' && editionFormula(figure, words, dataset.byId)),
  };
}

/** A source's words in an edition. `title` is bare: sourceTitle marks a description as one. */
export interface SourceWordsText {
  title: string;
  /** The source has no headline, so `title` describes it. */
  titleIsDescription: boolean;
  publisher: string;
  shortName: string;
  /** Its date as prose reads it: derived from the date, or written out where the date is partial or unknown. */
  dateLabel: string;
  note?: string;
}

export function sourceWords(id: SourceId, locale: Locale = 'en'): SourceWordsText {
  const s = sourceById(id);
  const titleIsDescription = s.titleIsDescription ?? false;
  if (locale === 'en') {
    const { title, publisher, shortName, dateLabel, note } = s;
    return { title, titleIsDescription, publisher, shortName, dateLabel: dateLabel!, ...(note !== undefined && { note }) };
  }
  const w = editionWords[locale].sources[id];
  return {
    title: filled(locale, w.title),
    titleIsDescription,
    publisher: w.publisher,
    shortName: w.shortName,
    dateLabel: dateLabelIn(locale, s, w.dateLabel),
    ...(w.note !== undefined && { note: filled(locale, w.note) }),
  };
}

/** An event's words in an edition: what happened, and its date as prose reads it. */
export function eventWords(event: SourceEvent, locale: Locale = 'en'): { label: string; dateLabel: string } {
  if (locale === 'en') return { label: event.label, dateLabel: event.dateLabel };
  const w = editionWords[locale].events[event.id as EventId];
  return { label: filled(locale, w.label), dateLabel: dateLabelIn(locale, event, w.dateLabel) };
}

/**
 * A glossary entry's words in an edition: the explanation, a note on the English item's word or the precise English
 * term where one helps, and what context sources add (credited to `entry.context.sources`). The headwords stay the
 * record's: the Chinese term (`zh`), the English item's word (`sourceEnglish`) and the precise English (`english`).
 */
export function termWords(entry: GlossaryEntry, locale: Locale = 'en'): { explanation: string; translationNote?: string; context?: string } {
  if (locale === 'en') {
    const { explanation, translationNote, context } = entry;
    return { explanation, ...(translationNote !== undefined && { translationNote }), ...(context && { context: context.text }) };
  }
  const w = editionWords[locale].glossary[entry.id as TermId];
  return {
    explanation: filled(locale, w.explanation),
    ...(w.translationNote !== undefined && { translationNote: filled(locale, w.translationNote) }),
    ...(w.context !== undefined && { context: filled(locale, w.context) }),
  };
}

/** A case-type family's name in an edition: "Work and wages", 劳动与工资. */
export const caseTypeFamilyLabel = (id: CaseTypeFamilyId, locale: Locale = 'en'): string =>
  locale === 'en' ? caseTypeFamilies.find((f) => f.id === id)!.label : editionWords[locale].caseTypeFamilies[id];

/**
 * What a note or /source/ shows of a citable sentence, passage or summary in an edition, and what that text is:
 * - `original`: a source's own words (the English item's sentence in English; a passage's Chinese in Chinese);
 * - `translation`: this site's translation, always labelled as one (a passage's English; a sentence's Chinese);
 * - `summary`: this site's account of a report whose wording is not known, labelled as a summary, never quoted.
 * Where the Chinese report's wording of a sentence is known (`citable.chinese`), the Chinese edition shows those
 * passages as the original beside the sentence; the translation is for what they do not give.
 */
export function citableText(citable: Citable, locale: Locale = 'en'): { text: string; is: 'original' | 'translation' | 'summary' } {
  if (locale === 'en') return { text: citable.text, is: citable.kind === 'sentence' ? 'original' : citable.kind === 'passage' ? 'translation' : 'summary' };
  if (citable.kind === 'sentence') return { text: sentenceTranslation(citable.id as SentenceId, locale), is: 'translation' };
  if (citable.kind === 'passage') return { text: citable.zh.join(editionWords[locale].display.omission), is: 'original' };
  return { text: filled(locale, editionWords[locale].summaries[citable.id as SummaryId]), is: 'summary' };
}

/** This site's translation of a sentence of the English item into an edition's language: always shown as a translation. */
export const sentenceTranslation = (id: SentenceId, locale: WordsLocale): string => filled(locale, editionWords[locale].sentences[id]);

/** Why the explainer does not use a sentence of the English item, in an edition (shown on /source/); undefined for a sentence it uses. */
export function unusedReason(anchor: string, locale: Locale = 'en'): string | undefined {
  const unused = dataset.unusedSentences.find((u) => u.anchor === anchor);
  if (!unused || locale === 'en') return unused?.reason;
  return filled(locale, editionWords[locale].unusedSentences[anchor as UnusedSentenceId]);
}

/** The words /data/ and the notes put beside figures, in an edition. */
export function dataLabels(locale: Locale = 'en'): {
  approximation: Record<Figure['approximation'], string>;
  kind: Record<Figure['kind'], string>;
  computedHere: string;
} {
  if (locale === 'en') return { approximation: approximationLabels, kind: kindLabels, computedHere };
  const { display } = editionWords[locale];
  return { approximation: display.approximation, kind: display.kind, computedHere: display.provenance.derived };
}

const sourceById = (id: SourceId) => sources.find((s) => s.id === id)!;

/** A source as the site names it: "China News, 7 April 2025", or the name alone when it is undated. */
export function sourceLabel(id: SourceId): string {
  const s = sourceById(id);
  return s.date ? `${s.shortName}, ${s.dateLabel}` : s.shortName;
}

/**
 * sourceLabel in an edition, as a function of the id (so `ids.map(sourceLabelIn(locale))` reads as the English
 * `ids.map(sourceLabel)`): China News，2025年4月7日; 《中国审判》 (undated).
 */
export const sourceLabelIn =
  (locale: Locale) =>
  (id: SourceId): string => {
    if (locale === 'en') return sourceLabel(id);
    const w = sourceWords(id, locale);
    return sourceById(id).date ? editionWords[locale].display.sourceLabel(w.shortName, w.dateLabel) : w.shortName;
  };

/** A source's headline, or, for a source with none, its description in square brackets: "[Write-up of …]"; ［第三场访谈活动的报道］. */
export function sourceTitle(s: Pick<SourceRecord, 'id' | 'title' | 'titleIsDescription'>, locale: Locale = 'en'): string {
  if (locale === 'en') return s.titleIsDescription ? `[${s.title}]` : s.title;
  const w = sourceWords(s.id as SourceId, locale);
  return w.titleIsDescription ? editionWords[locale].display.description(w.title) : w.title;
}

/** A source as a chart's source line cites it: its label, marked "(context)" unless it is the interview's. */
export const citedSource = (id: SourceId): string => `${sourceLabel(id)}${sourceById(id).role === 'context' ? ' (context)' : ''}`;

/** citedSource in an edition, as a function of the id (`ids.map(citedSourceIn(locale))`): China News，2025年4月7日（背景）. */
export const citedSourceIn =
  (locale: Locale) =>
  (id: SourceId): string =>
    locale === 'en' ? citedSource(id) : `${sourceLabelIn(locale)(id)}${sourceById(id).role === 'context' ? editionWords[locale].display.contextMark : ''}`;

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

/** Where a source figure comes from, as the source cell of /data/'s table says it (in Chinese: China News，原文段落 …, linking to /zh/source/). */
export function figureCitation(figure: SourceFigure, locale: Locale = 'en'): FigureCitation {
  const { sourceAnchor: anchor, sentenceZh } = figure;
  if (locale !== 'en') {
    const { citation } = editionWords[locale].display;
    const source = sourceWords(figure.sourceId, locale);
    const place = !anchor ? '' : figure.kind === 'interview' ? `，${citation.sentence(Number(anchor.slice(1)))}` : `，${citation[getCitable(anchor).kind as 'passage' | 'summary']}`;
    const chinese = sentenceZh && sentenceZh.sourceId !== figure.sourceId ? citation.chinese(sourceWords(sentenceZh.sourceId, locale).shortName) : '';
    return {
      href: localePath(locale, `/source/#${anchor || `source-${figure.sourceId}`}`),
      text: `${source.shortName}${place}`,
      after: `${sourceById(figure.sourceId).date ? citation.date(source.dateLabel) : ''}${chinese}`,
    };
  }
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

/** A sentence with its full stop: one is added unless it already ends in . ? or !; in Chinese, 。 unless it ends in 。？！. */
export const withStop = (text: string, locale: Locale = 'en'): string =>
  locale !== 'en' ? editionWords[locale].format.withStop(text) : /[.?!]$/.test(text) ? text : `${text}.`;

/** Words inside a sentence that stand first elsewhere: a label after a colon ("… cases: livelihood enforcement cases concluded"). */
export const lowerFirst = (words: string): string => words.charAt(0).toLowerCase() + words.slice(1);

/** What the explainer did to a derived figure, in the words every note, table and tooltip uses. */
export const computedHere = 'computed by this explainer';

/** Where a figure comes from, as a note says it: "from the interview", "context" or "computed by this explainer"; 出自访谈, 背景, 本站计算. */
export function provenance(figure: Figure, locale: Locale = 'en'): string {
  if (locale !== 'en') {
    const words = editionWords[locale].display.provenance;
    if (figure.kind === 'derived') return figure.usesContext ? words.derivedWithContext : words.derived;
    return words[figure.kind];
  }
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

/** Glossary entries as a reader of the edition looks them up: by English headword, or in Chinese by pinyin (汉语拼音顺序), tones aside. */
export function inGlossaryOrder<T extends { english: string; pinyin: string }>(entries: readonly T[], locale: Locale = 'en'): T[] {
  if (locale === 'en') return inEnglishOrder(entries);
  const key = (pinyin: string) => pinyin.normalize('NFD').replace(/[\u0300-\u036f’ ]/g, '');
  return [...entries].sort((a, b) => key(a.pinyin).localeCompare(key(b.pinyin), 'en', { sensitivity: 'base' }));
}
