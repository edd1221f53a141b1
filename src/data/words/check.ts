/**
 * An edition's words checked against the records they belong to, when the data module loads: one entry per record
 * (the types say so too, but a words file built another way could still miss one), each filled from the data, no
 * number typed, quotations word for word, the same caveats as the English, and Chinese typography. Every problem
 * names the words file, the section, the id and the field.
 */
import type { Dataset } from '../dataset';
import { caseTypeFamilies } from '../caseTypes';
import { dayMonthYear, isIsoDate } from '../dates';
import { occursVerbatim } from '../sourceText';
import type { SourceTextId } from '../sources';
import { cjkRanges } from '../../lib/cjk';
import { fillWords, withoutPlaceholders } from './fill';
import { fillSources } from './render';
import type { EditionWords } from './types';

type Section = Exclude<keyof EditionWords, 'format' | 'display' | 'citationStyles' | 'exportColumns'>;

/** Han characters and the full-width punctuation that runs with them. */
const cjk = `[${cjkRanges}]`;
/** ASCII punctuation beside Chinese, where the edition sets full-width ，；：（）！？. */
const asciiBesideChinese = new RegExp(`${cjk}[,;:()!?]|[,;:()!?]${cjk}`);
/** A space between Chinese and Latin letters or digits: CSS (text-autospace) sets that gap, so the text has none. */
const spaceBesideChinese = new RegExp(`${cjk} [A-Za-z0-9{]|[A-Za-z0-9}] ${cjk}`);
/** A quotation in Chinese quotation marks. */
const quotations = /“([^“”]+)”/g;

/** A date label derived from its record's date, as the English is: "10 March 2025" from a day, "2012" from a year. */
const derivedLabel = (record: { date?: string | undefined; dateLabel: string }): boolean =>
  record.date !== undefined && record.dateLabel === (isIsoDate(record.date) ? dayMonthYear(record.date) : record.date);

/** The checks every section of a words file shares, collecting problems, each naming the file, the section, the id and the field. */
function checksFor(file: string, words: EditionWords, dataset: Dataset, texts: Record<SourceTextId, string>) {
  const problems: string[] = [];
  const from = fillSources(words, dataset.byId, dataset.sources);

  /** One entry per record, no entry without one. */
  const keyed = (section: Section, ids: readonly string[]) => {
    const given = Object.keys(words[section]);
    for (const id of ids) if (!given.includes(id)) problems.push(`${file}: ${section}: "${id}": missing`);
    for (const id of given) if (!ids.includes(id)) problems.push(`${file}: ${section}: "${id}": no such record`);
  };
  /** A field's words: given, filled from the data, with no number of their own, quoting only what the sources say. */
  const text = (at: string, words: string | undefined, { verbatim = false, quotesIn }: { verbatim?: boolean; quotesIn?: string } = {}) => {
    if (words === undefined || words.trim() === '') return void problems.push(`${at}: must not be empty`);
    const { problems: unfilled } = fillWords(words, from);
    for (const p of unfilled) problems.push(`${at}: ${p}`);
    if (verbatim) {
      if (!occursVerbatim(words, texts['context-notes'])) problems.push(`${at}: a headline must be the context notes' word for word`);
    } else if (/[0-9０-９]/.test(withoutPlaceholders(words))) {
      problems.push(`${at}: types a digit: write a figure as {figureId} and a date as {year:…}, {month:…}, {day:…} or {date:…}`);
    }
    for (const [, quoted] of words.matchAll(quotations)) {
      if (quotesIn !== undefined) continue;
      if (!occursVerbatim(quoted!, texts['context-notes']) && !occursVerbatim(quoted!, texts['interview-en'])) {
        problems.push(`${at}: the quotation “${quoted}” is in neither source text: quote the sources word for word, or drop the quotation marks`);
      }
    }
    if (quotesIn !== undefined && (words.match(/“/g) ?? []).length > (quotesIn.match(/"/g) ?? []).length / 2) {
      problems.push(`${at}: quotation marks where the English sentence has none: a translation quotes only what the item quotes`);
    }
    if (asciiBesideChinese.test(words)) problems.push(`${at}: ASCII punctuation beside Chinese: use full-width ，；：（）！？`);
    if (spaceBesideChinese.test(words)) problems.push(`${at}: a space between Chinese and Latin letters or digits (CSS sets that gap)`);
  };
  /** Optional words that stand exactly where the English has its own. */
  const sameAsEnglish = (at: string, english: unknown, edition: string | undefined, options?: Parameters<typeof text>[2]) => {
    if (english === undefined && edition !== undefined) problems.push(`${at}: the English has none: the edition makes the same claims`);
    if (english !== undefined) text(at, edition, options);
  };
  return { problems, keyed, text, sameAsEnglish };
}

type Checks = ReturnType<typeof checksFor>;

/** Figures and sources: what each counts, when and over what; each source's title, names and date. */
function checkFiguresAndSources({ keyed, text, sameAsEnglish }: Checks, file: string, words: EditionWords, dataset: Dataset): void {
  keyed('figures', [...dataset.byId.keys()]);
  for (const figure of dataset.figures) {
    const w = words.figures[figure.id as keyof EditionWords['figures']];
    if (!w) continue;
    const at = `${file}: figures: "${figure.id}": field`;
    text(`${at} "label"`, w.label);
    text(`${at} "period"`, w.period);
    text(`${at} "scope"`, w.scope);
    sameAsEnglish(`${at} "note"`, figure.note, w.note);
  }
  keyed('sources', dataset.sources.map((s) => s.id));
  for (const source of dataset.sources) {
    const w = words.sources[source.id];
    if (!w) continue;
    const at = `${file}: sources: "${source.id}": field`;
    text(`${at} "title"`, w.title, { verbatim: !source.titleIsDescription });
    text(`${at} "publisher"`, w.publisher);
    text(`${at} "shortName"`, w.shortName);
    sameAsEnglish(`${at} "dateLabel"`, derivedLabel(source) ? undefined : source.dateLabel, w.dateLabel);
    sameAsEnglish(`${at} "note"`, source.note, w.note);
  }
}

/** Events, case-type families and glossary entries. */
function checkEventsAndTerms({ keyed, text, sameAsEnglish }: Checks, file: string, words: EditionWords, dataset: Dataset): void {
  keyed('events', dataset.events.map((e) => e.id));
  for (const event of dataset.events) {
    const w = words.events[event.id as keyof EditionWords['events']];
    if (!w) continue;
    const at = `${file}: events: "${event.id}": field`;
    text(`${at} "label"`, w.label);
    sameAsEnglish(`${at} "dateLabel"`, derivedLabel(event) ? undefined : event.dateLabel, w.dateLabel);
  }
  keyed('caseTypeFamilies', caseTypeFamilies.map((f) => f.id));
  for (const family of caseTypeFamilies) {
    if (words.caseTypeFamilies[family.id] !== undefined) text(`${file}: caseTypeFamilies: "${family.id}"`, words.caseTypeFamilies[family.id]);
  }
  keyed('glossary', dataset.glossary.map((e) => e.id));
  for (const entry of dataset.glossary) {
    const w = words.glossary[entry.id as keyof EditionWords['glossary']];
    if (!w) continue;
    const at = `${file}: glossary: "${entry.id}": field`;
    text(`${at} "explanation"`, w.explanation);
    if (w.translationNote !== undefined) text(`${at} "translationNote"`, w.translationNote);
    sameAsEnglish(`${at} "context"`, entry.context, w.context);
  }
}

/** Summaries of context reports, the translation of every sentence of the English item, and why some go unused. */
function checkSentences({ keyed, text }: Checks, file: string, words: EditionWords, dataset: Dataset): void {
  const citable = [...dataset.citable.values()];
  keyed('summaries', citable.filter((c) => c.kind === 'summary').map((c) => c.id));
  for (const [id, summary] of Object.entries(words.summaries)) text(`${file}: summaries: "${id}"`, summary);
  const sentences = citable.filter((c) => c.kind === 'sentence');
  keyed('sentences', sentences.map((c) => c.id));
  for (const sentence of sentences) {
    const translation = words.sentences[sentence.id as keyof EditionWords['sentences']];
    if (translation !== undefined) text(`${file}: sentences: "${sentence.id}"`, translation, { quotesIn: sentence.text });
  }
  keyed('unusedSentences', dataset.unusedSentences.map((u) => u.anchor));
  for (const [id, reason] of Object.entries(words.unusedSentences)) text(`${file}: unusedSentences: "${id}"`, reason);
}

export function checkEditionWords(file: string, words: EditionWords, dataset: Dataset, texts: Record<SourceTextId, string>): string[] {
  const checks = checksFor(file, words, dataset, texts);
  checkFiguresAndSources(checks, file, words, dataset);
  checkEventsAndTerms(checks, file, words, dataset);
  checkSentences(checks, file, words, dataset);
  return checks.problems;
}
