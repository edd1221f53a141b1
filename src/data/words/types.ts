/**
 * What an edition other than English gives in its words file (src/data/words/<locale>.ts). The records themselves
 * (figures, sources, events, glossary, passages) stay single and hold the English words; an edition gives its own
 * words for each record, keyed by the record's id, so a record without words fails to compile, naming its id.
 *
 * Words never type a number: a figure is written `{figureId}` (or `{figureId:bare}`, its number without the
 * measure word) and a date `{year:2024}`, `{month:12}`, `{day:10}` or `{date:2025-03-10}`; the edition's formatter
 * renders them (src/data/words/fill.ts). `{title:sourceId}` gives a source's title. The data module checks every
 * placeholder, and that no digit is typed outside one, when it loads (src/data/words/check.ts).
 */
import type { Approximation, Unit } from '../schema';
import type { FigureParts } from '../display';
import type { ExportColumn } from '../export';
import type { CitationStyle } from '../citation';
import type { CaseTypeFamilyId, EventId, FigureId, SentenceId, SourceId, SummaryId, TermId, UnusedSentenceId } from '../ids';

/** A figure's words: what it counts, when, over what; its caveat exactly where the English record has one. */
export interface FigureWords {
  label: string;
  period: string;
  scope: string;
  note?: string;
}

/** A source's words. */
export interface SourceWords {
  /**
   * Its headline where the record gives one (verbatim as the context notes give it), or, where the record's
   * title is a description (`titleIsDescription`), a description in this language (shown marked as one).
   */
  title: string;
  /** Who published it: in this language only where the context notes name it so; otherwise the English name. */
  publisher: string;
  /** The short name inline citations give. */
  shortName: string;
  /** The date in words, exactly where the English record writes one out (an undated source, a year alone). */
  dateLabel?: string;
  /** The caveat, exactly where the English record has one. */
  note?: string;
}

/** An event's words; its date is derived from the record as in English, or written where the English writes it. */
export interface EventWords {
  label: string;
  dateLabel?: string;
}

/** A glossary entry's words for readers of this edition: the same claims as the English explanation. */
export interface TermWords {
  explanation: string;
  /** What the English item's word or the precise English term says, or hides, for a reader of this edition. */
  translationNote?: string;
  /** What context sources add, exactly where the English entry has context (credited to the same sources). */
  context?: string;
}

/** How the edition writes numbers and dates: the one place its number formatting plugs in. */
export interface EditionFormat {
  /** A figure cut into qualifier, number, scale and unit; joined, the figure's text. */
  figureParts(value: number, unit: Unit, approximation: Approximation, options: { significantDigits?: number | undefined; bare?: boolean }): FigureParts;
  /** A number alone, at the significant digits given or its own. */
  number(value: number, significantDigits?: number): string;
  /** A date from its ISO form: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date(iso: string): string;
  /** A month (1–12) or a day of the month alone: "December", "the 10th". */
  month(month: number): string;
  day(day: number): string;
  /** A list joined as the edition's prose joins one. */
  list(items: readonly string[]): string;
  /** A sentence with its full stop (none added after one). */
  withStop(text: string): string;
}

/** The words display.ts puts around figures and sources. */
export interface DisplayWords {
  /** How exact a figure is, as the data page labels it. */
  approximation: Record<Approximation, string>;
  /** Where a figure comes from, in one word. */
  kind: Record<'interview' | 'context' | 'derived', string>;
  /** Where a figure comes from, as a note says it. */
  provenance: { interview: string; context: string; derived: string; derivedWithContext: string };
  /** After a context source's label in a chart's source line ("(context)"). */
  contextMark: string;
  /** A source as the site names it: name and date. */
  sourceLabel(name: string, date: string): string;
  /** A source's description in place of a title, marked as one ("[…]"). */
  description(title: string): string;
  /** /data/'s source cell: where in the source a figure is, and who gives its Chinese. */
  citation: { sentence(n: number): string; passage: string; summary: string; date(date: string): string; chinese(name: string): string };
  /** Said wherever the interview's date is: where the date comes from. */
  interviewDateSource: string;
  /** A date with that source: "10 March 2025 (…)". */
  labelled(text: string, label: string): string;
  /** The passage's runs of wording, joined with the edition's mark of an omission. */
  omission: string;
  /** A derived figure's working: the words of its count and of its rounding. */
  formula: {
    counted(count: string): string;
    notRounded: string;
    toPlace(place: string): string;
    toDigits(digits: number): string;
  };
}

/** Everything an edition other than English says in its own words. */
export interface EditionWords {
  format: EditionFormat;
  display: DisplayWords;
  figures: Record<FigureId, FigureWords>;
  sources: Record<SourceId, SourceWords>;
  events: Record<EventId, EventWords>;
  caseTypeFamilies: Record<CaseTypeFamilyId, string>;
  glossary: Record<TermId, TermWords>;
  /** The site's summaries of context reports, in this edition's words (a passage shows the report's own wording). */
  summaries: Record<SummaryId, string>;
  /**
   * This site's translation of each sentence of the English item into this edition's language: shown beside the
   * English sentence, and always marked as a translation, never as the report's words (where the Chinese report's
   * wording is known, that is shown as the original).
   */
  sentences: Record<SentenceId, string>;
  /** Why the explainer does not use a sentence of the English item (shown on /source/). */
  unusedSentences: Record<UnusedSentenceId, string>;
  /** The citation styles in the edition's order, each with its heading and its short name ("Copy … citation"). */
  citationStyles: { order: CitationStyle[]; labels: Record<CitationStyle, { label: string; name: string }> };
  /** The header of each column of /data/figures.csv (the JSON keeps the column names). */
  exportColumns: Record<ExportColumn, string>;
}
