import { z } from 'astro/zod';
import { sources, type SourceId } from './sources';
import { isIsoDate } from './dates';
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

/** Parse options for every record file: a missing field says "Required", whatever its schema (zod 4 would name the expected type). */
export const parseOptions = {
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'Required' : undefined),
};

/** Ids are camelCase words so they read well in MDX and never start with a digit. */
const figureId = z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/, 'must be a camelCase word starting with a letter');

const text = z.string().trim().min(1, 'must not be empty');

/** A figure a source states. */
export const sourceFigureSchema = z
  .object({
    id: figureId,
    /** What is counted, as a short noun phrase. */
    label: text,
    /** The colour it takes wherever it is set apart (key figures, share cards, averages): rural migrant workers' or judicial assistance's; the livelihood colour otherwise. */
    accent: z.enum(['migrant', 'assistance']).optional(),
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
    /** The colour it takes wherever it is set apart (key figures, share cards, averages): rural migrant workers' or judicial assistance's; the livelihood colour otherwise. */
    accent: z.enum(['migrant', 'assistance']).optional(),
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
    date: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, 'must be YYYY or YYYY-MM-DD'),
    /** The date as prose reads it ("10 March 2025", "about 2018"). */
    dateLabel: text,
    /** What happened, in one sentence. */
    label: text,
    sourceId: z.enum(sourceIds),
    /** Verbatim from the source's shipped text. */
    sentence: text,
    /** Figures the event reported, by id. */
    figures: z.array(figureId).optional(),
  })
  .strict();

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
  })
  .strict();

export type SourceFigureInput = z.input<typeof sourceFigureSchema>;
export type DerivedFigureInput = z.input<typeof derivedFigureSchema>;
export type CaseType = z.infer<typeof caseTypeSchema>;
export type GlossaryEntryInput = z.input<typeof glossaryEntrySchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type EventInput = z.input<typeof eventSchema>;
export type SourceEvent = z.infer<typeof eventSchema>;
export type ChangelogInput = z.input<typeof changelogEntrySchema>;
export type ChangelogEntry = z.infer<typeof changelogEntrySchema>;
