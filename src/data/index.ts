/**
 * The one data module: every figure, derived figure, case type and source,
 * validated when imported (so a bad entry fails the build).
 */
import { buildDataset, DataError, parseChangelog, type Figure, type SourceFigure } from './dataset';
import { changelog as rawChangelog } from './changelog';
import { sourceFigures } from './figures';
import { derivedFigures } from './derived';
import { caseTypes as rawCaseTypes, caseTypeFamilies } from './caseTypes';
import { events as rawEvents } from './events';
import { glossary as rawGlossary } from './glossary';
import { sources as rawSources, type SourceId, type SourceRecord } from './sources';
import { sourceTexts } from './sourceText';
import { contextTexts, sentenceChinese, unusedSentences } from './passages';
import { editionWords, wordsFile, type WordsLocale } from './words/index';
import { checkEditionWords } from './words/check';
import type { Locale } from '../lib/locale';

export const dataset = buildDataset({
  sourceFigures,
  derivedFigures,
  caseTypes: rawCaseTypes,
  events: rawEvents,
  glossary: rawGlossary,
  sources: rawSources,
  texts: sourceTexts,
  passages: contextTexts,
  sentenceChinese,
  unusedSentences,
});

// Every other edition's words, checked against the records they belong to: a problem fails the build, naming the file and key.
const wordsProblems = (Object.keys(editionWords) as WordsLocale[]).flatMap((locale) =>
  checkEditionWords(wordsFile(locale), editionWords[locale], dataset, sourceTexts),
);
if (wordsProblems.length) throw new DataError(wordsProblems);

/** Corrections and updates, newest first, validated. */
export const changelog = parseChangelog(rawChangelog);
/** The explainer's latest update: the date its citations give. */
export const lastUpdated = changelog[0]!.date;

export const figures = dataset.figures;
export const caseTypes = dataset.caseTypes;
export const events = dataset.events;
export const glossary = dataset.glossary;
export const sources = dataset.sources;
export { caseTypeFamilies };
export type { Figure };
export type { GlossaryEntry } from './schema';
export type { Citable, DerivedFigure, SourceFigure } from './dataset';

/** A sentence of the English item (`s3`) or a context passage (`c-…`) by its anchor on /source/; unknown throws. */
export function getCitable(id: string, where?: string) {
  const c = dataset.citable.get(id);
  if (!c) throw new Error(`Unknown source sentence or passage "${id}"${where ? ` in ${where}` : ''}`);
  return c;
}

/**
 * What a source figure's `sentence` is: the English item's own words, or, for a context figure,
 * words of this site's translation of a passage or of its summary of a report.
 */
export const sentenceIs = (figure: SourceFigure): 'source' | 'translation' | 'summary' =>
  figure.kind === 'interview' ? 'source' : getCitable(figure.sourceAnchor!).kind === 'passage' ? 'translation' : 'summary';

/**
 * Where the interview's date comes from, said wherever the date is: the English item says only
 * "On the 10th"; the month and year are context, from the Chinese reports of the same event.
 */
export const interviewDateSource = 'date from the Chinese reports: context';

/** The interview's date as text, labelled: "10 March 2025 (date from the Chinese reports: context)"; 2025年3月10日（日期出自中文报道：背景）. */
export function interviewDateText(locale: Locale = 'en'): string {
  const { date, source } = interviewDateParts(locale);
  return `${date}${source}`;
}

/** The interview's date and, apart, its label as the edition sets it after the date: " (date from …)", "（日期出自……）". */
export function interviewDateParts(locale: Locale = 'en'): { iso: string; date: string; source: string } {
  const { date: iso, dateLabel } = getEvent('interview');
  if (locale === 'en') return { iso, date: dateLabel, source: ` (${interviewDateSource})` };
  const { format, display } = editionWords[locale];
  const date = format.date(iso);
  return { iso, date, source: display.labelled(date, display.interviewDateSource).slice(date.length) };
}

/** Raised for an id that names no figure; the message names the id and, when given, the file. */
class UnknownFigureError extends Error {
  constructor(id: string, where?: string) {
    super(`Unknown figure id "${id}"${where ? ` in ${where}` : ''}. Known ids: ${[...dataset.byId.keys()].join(', ')}`);
    this.name = 'UnknownFigureError';
  }
}

export function getFigure(id: string, where?: string): Figure {
  const figure = dataset.byId.get(id);
  if (!figure) throw new UnknownFigureError(id, where);
  return figure;
}

export function getEvent(id: string, where?: string) {
  const event = events.find((e) => e.id === id);
  if (!event) throw new Error(`Unknown event id "${id}"${where ? ` in ${where}` : ''}. Known ids: ${events.map((e) => e.id).join(', ')}`);
  return event;
}

export function getSource(id: SourceId): SourceRecord {
  return sources.find((s) => s.id === id)!;
}

/** A glossary entry by id; an unknown id throws, naming the id and, when given, the file. */
export function getTerm(id: string, where?: string) {
  const entry = glossary.find((e) => e.id === id);
  if (!entry) throw new Error(`Unknown glossary term id "${id}"${where ? ` in ${where}` : ''}. Known ids: ${glossary.map((e) => e.id).join(', ')}`);
  return entry;
}
