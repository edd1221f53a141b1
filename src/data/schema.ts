import { z } from 'astro/zod';
import { sources, sourceTextIds, type SourceId } from './sources';
import { dayMonthYear, isIsoDate } from './dates';
import { hanOnly } from '../lib/cjk';

/** Units a figure can be counted in; `unitLabels` in format.ts says how each reads. */
export const units = [
  'cases',
  'people',
  'yuan',
  'percent',
  'yuanPerCase',
  'yuanPerPerson',
  'casesPerJudge',
  'banks',
  'institutions',
  'agencies',
  'categories',
  'items',
  'outlets',
  'caseTypes',
] as const;
export type Unit = (typeof units)[number];

/** How the source qualifies a number: as stated, "about", or "over"/"more than". */
const approximations = ['exact', 'about', 'over'] as const;
export type Approximation = (typeof approximations)[number];

const sourceIds = sources.map((s) => s.id) as [SourceId, ...SourceId[]];

/**
 * A record list as written, with each record's literal types kept (its `id`, its `kind`), so that other files can be
 * keyed by its ids and checked complete: `Record<FigureId, …>` fails to compile without one of them (src/data/ids.ts).
 * Written `records<SourceFigureInput>()([…])`: the record type is given, the list's own types are inferred.
 */
export const records =
  <R>() =>
  <const T extends R[]>(list: T): T =>
    list;

/** Parse options for every record file: a missing field says "Required", whatever its schema (zod 4 would name the expected type). */
export const parseOptions = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'Required' : undefined),
};

/** Ids are camelCase words so they read well in MDX and never start with a digit. */
const figureId = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'must be a camelCase word starting with a letter');

const text = z.string().trim().min(1, 'must not be empty');

/** A date as precise as its source: the year alone (`YYYY`) where only the year is known, else a real day (`YYYY-MM-DD`). */
const recordDate = z.string().refine((date) => /^\d{4}$/.test(date) || isIsoDate(date), 'must be YYYY or a real date written YYYY-MM-DD');

/**
 * A dated record with its date as prose reads it, derived from the date: "10 March 2025" from a day, "2012" from
 * a year. A label is written out only where the date is partial or unknown ("about 2018", "undated (n.d.)"),
 * so no label can disagree with a known day.
 */
function withDateLabel<T extends { date?: string | undefined; dateLabel?: string | undefined }>(record: T, ctx: z.RefinementCtx<T>): T & { dateLabel: string } {
  const { date, dateLabel } = record;
  const problem = (message: string) => {
    ctx.addIssue({ code: 'custom', path: ['dateLabel'], message, input: dateLabel });
    return z.NEVER;
  };
  if (date === undefined) {
    return dateLabel === undefined ? problem('Required where there is no date: say what is known of it') : { ...record, dateLabel };
  }
  if (isIsoDate(date)) {
    const derived = dayMonthYear(date);
    return dateLabel === undefined ? labelled(record, derived) : problem(`derived from the date ("${derived}"); give one only for a year or no date`);
  }
  // A year alone: the label may qualify it ("about 2018"), but names that year.
  if (dateLabel === undefined) return labelled(record, date);
  return dateLabel.includes(date) ? { ...record, dateLabel } : problem(`must name the year of the date (${date})`);
}

/** The record with a derived label just after its date, where a written one stands (figures.json keeps that order). */
const labelled = <T extends object>(record: T, dateLabel: string) =>
  Object.fromEntries(Object.entries(record).flatMap((entry) => (entry[0] === 'date' ? [entry, ['dateLabel', dateLabel]] : [entry]))) as T & { dateLabel: string };

/** The colour a figure takes wherever it is set apart (key figures, share cards, averages): rural migrant workers' or judicial assistance's; the livelihood colour otherwise. */
const accent = z.enum(['migrant', 'assistance']).optional();

/** A figure a source states. */
export const sourceFigureSchema = z
  .object({
    id: figureId,
    /** What is counted, as a short noun phrase. */
    label: text,
    accent,
    value: z.number({ error: 'must be a number' }).nonnegative('must not be negative'),
    unit: z.enum(units),
    approximation: z.enum(approximations),
    /** When it was counted ("2024", "By 2021"). */
    period: text,
    /** What it covers ("Courts nationwide"). */
    scope: text,
    /** `interview`: said in the English item; `context`: from another source. */
    kind: z.enum(['interview', 'context']),
    sourceId: z.enum(sourceIds),
    /** The words that state it: the English item's sentence, verbatim, or a context figure's words in its passage or summary. */
    sentence: text,
    /** The Chinese wording, verbatim from the context notes, where verified. */
    sentenceZh: z.object({ sourceId: z.enum(sourceIds), text }).strict().optional(),
    /** A caveat worth reading beside the number. */
    note: text.optional(),
  })
  .strict();

/** Arithmetic a derived figure applies to its inputs, in order. */
const operations = ['divide', 'share', 'subtract', 'countCaseTypes'] as const;
export type Operation = (typeof operations)[number];

/** A figure computed from other figures; its value and rounding are never typed. */
export const derivedFigureSchema = z
  .object({
    id: figureId,
    label: text,
    accent,
    unit: z.enum(units),
    operation: z.enum(operations),
    /** Ids of the figures it is computed from (a ÷ b, a − b, a ÷ b × 100). */
    inputs: z.array(figureId),
    period: text,
    scope: text,
    note: text.optional(),
  })
  .strict();

/** One of the case types the report lists, in the report's order. */
export const caseTypeSchema = z
  .object({
    id: figureId,
    /** The report's Chinese term. */
    zh: text,
    /** The English item's own words for it. */
    sourceEnglish: text,
    /** A precise English rendering. */
    english: text,
    /** The site's grouping for the chart and prose (not the report's). */
    family: z.enum(['work', 'family', 'injury']),
  })
  .strict();

/** A dated event a source mentions, for prose dates and the timeline. */
export const eventSchema = z
  .object({
    id: figureId,
    /** ISO date, as precise as the source: `YYYY` or `YYYY-MM-DD`. */
    date: recordDate,
    /** The date as prose reads it, derived from `date`; written out only for a year ("about 2018"). */
    dateLabel: text.optional(),
    /** What happened, in one sentence. */
    label: text,
    sourceId: z.enum(sourceIds),
    /** Verbatim from the source's shipped text. */
    sentence: text,
    /** Figures the event reported, by id. */
    figures: z.array(figureId).optional(),
  })
  .strict()
  .transform(withDateLabel);

/** A source the site quotes (src/data/sources.ts). */
export const sourceSchema = z
  .object({
    /** Stable id used by figures (`sourceId`). */
    id: figureId,
    /** Title or headline as the source gives it, or a plain description where it gives none. */
    title: text,
    /** The source has no title or headline, so `title` describes it (citations mark it as a description). */
    titleIsDescription: z.boolean().optional(),
    /** Who published it. */
    publisher: text,
    /** A short English name for inline citations ("China Trial magazine"). */
    shortName: text,
    /** Publication date: `YYYY-MM-DD`, or `YYYY` where only the year is known; absent when unknown. */
    date: recordDate.optional(),
    /** The date as prose and tables read it, derived from `date`; written out only for a year or no date. */
    dateLabel: text.optional(),
    language: z.enum(['en', 'zh']),
    /** `primary` is the interview item itself; `context` is everything else. */
    role: z.enum(['primary', 'context']),
    /** Which shipped text its quoted sentences are checked against. */
    quotedIn: z.enum(sourceTextIds),
    /** A caveat a reader should know (a secondary copy, an unverifiable detail). */
    note: text.optional(),
  })
  .strict()
  .transform(withDateLabel);

/** A term of the Chinese report, explained for English readers (glossary, <Term>, the term panels). */
export const glossaryEntrySchema = z
  .object({
    id: figureId,
    /** The Chinese term, verbatim from the context notes. */
    zh: z.string().regex(hanOnly, 'must be Chinese characters only'),
    /** Hanyu pinyin with tone marks (lower case; spaces and ’ between syllables allowed). */
    pinyin: z
      .string()
      .regex(/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü’ ]+$/, 'must be lower-case pinyin')
      .regex(/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/, 'must carry tone marks'),
    /** The English item's own word, verbatim, or null where the item has none. */
    sourceEnglish: text.nullable(),
    /** A precise English rendering: the glossary's headword. */
    english: text,
    /** One or two plain sentences for a non-specialist, from the two source files only. */
    explanation: text,
    /** Where the item's word misleads, or the rendering needs a word of explanation. */
    translationNote: text.optional(),
    /** What context sources (never the English item) add, shown labelled with them. */
    context: z.object({ sources: z.array(z.enum(sourceIds)).min(1), text }).strict().optional(),
  })
  .strict();

/** One dated line of the corrections and updates log (src/data/changelog.ts). */
export const changelogEntrySchema = z
  .object({
    /** The day of the change, `YYYY-MM-DD`. */
    date: z.string().refine(isIsoDate, 'must be a real date written YYYY-MM-DD'),
    /** What changed, in one sentence. */
    summary: text,
    /**
     * The same in Chinese, for an entry the Chinese edition's readers should know about: the Chinese edition lists
     * only these (it began on 6 December 2026; earlier entries concern the English wording). No digit typed.
     */
    zh: text.regex(/^[^0-9０-９]*$/, 'must type no digit').optional(),
  })
  .strict();

export type SourceFigureInput = z.input<typeof sourceFigureSchema>;
export type DerivedFigureInput = z.input<typeof derivedFigureSchema>;
export type CaseType = z.infer<typeof caseTypeSchema>;
export type GlossaryEntryInput = z.input<typeof glossaryEntrySchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type EventInput = z.input<typeof eventSchema>;
export type SourceEvent = z.infer<typeof eventSchema>;
export type SourceInput = z.input<typeof sourceSchema>;
export type SourceRecord = z.infer<typeof sourceSchema>;
export type ChangelogInput = z.input<typeof changelogEntrySchema>;
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
