import type { z } from 'astro/zod';
import {
  caseTypeSchema,
  changelogEntrySchema,
  derivedFigureSchema,
  eventSchema,
  glossaryEntrySchema,
  parseOptions,
  sourceFigureSchema,
  sourceSchema,
  type Approximation,
  type CaseType,
  type GlossaryEntry,
  type ChangelogEntry,
  type Operation,
  type SourceEvent,
  type Unit,
} from './schema';
import type { SourceId, SourceRecord, SourceTextId } from './sources';
import {
  formatFigureText,
  formatNumber,
  lastSignificantPlace,
  roundToPlace,
  roundToSignificant,
  significantDigitsOf,
} from './format';
import { occursVerbatim, splitSentences, type SourceSentence } from './sourceText';
import type { ContextTextInput } from './passages';
import { chineseParts, hanRuns, hasCjk } from '../lib/cjk';

/** A figure a source states, validated, with where to find its sentence. */
export type SourceFigure = z.output<typeof sourceFigureSchema> & {
  /** Anchor of its sentence (interview) or passage (context) on /source/. */
  sourceAnchor?: string;
};

/**
 * Something a statement marker can cite, by its /source/ anchor: a sentence of the English item
 * (its own words), a passage of a context report (its Chinese words, with this site's translation)
 * or this site's summary of a context report (never quoted).
 */
export interface Citable {
  id: string;
  kind: 'sentence' | 'passage' | 'summary';
  sourceId: SourceId;
  /** In English: the sentence itself, this site's translation of a passage, or this site's summary. */
  text: string;
  /** A passage's Chinese wording, run by run in the report's order; empty for sentences and summaries. */
  zh: string[];
  /** The Chinese report's wording of an English sentence, where known (passage ids). */
  chinese: string[];
}

/** A figure computed from others, with its arithmetic spelled out. */
export interface DerivedFigure extends z.output<typeof derivedFigureSchema> {
  kind: 'derived';
  /** The value as displayed: rounded no finer than the least precise input. */
  value: number;
  /** The unrounded result of the arithmetic. */
  exactValue: number;
  approximation: Approximation;
  /** Significant digits shown (divisions); undefined for differences and counts. */
  significantDigits?: number;
  /** The recipe in ids: "livelihoodAmount ÷ livelihoodCases". */
  formula: string;
  /** The recipe with numbers, for readers: "about 51.7 billion yuan ÷ … ≈ about 81,000 yuan per case". */
  formulaText: string;
  /** How and why it was rounded. */
  roundingNote: string;
  /** True when any input is a context figure: label it as context. */
  usesContext: boolean;
}

export type Figure = SourceFigure | DerivedFigure;

export interface Dataset {
  sources: (SourceRecord & { id: SourceId })[];
  figures: Figure[];
  byId: Map<string, Figure>;
  caseTypes: CaseType[];
  events: SourceEvent[];
  glossary: GlossaryEntry[];
  /** Every sentence of the English item and every context passage, by anchor. */
  citable: Map<string, Citable>;
  /** Sentences deliberately not used, with the reason. */
  unusedSentences: { anchor: string; reason: string }[];
}

/** Raised when the data is wrong; its message lists every problem with file, id and field. */
export class DataError extends Error {
  constructor(readonly problems: string[]) {
    super(`The data module is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DataError';
  }
}

/** Where each kind of record lives, so error messages name the file to fix. */
const dataFiles = {
  sources: 'src/data/sources.ts',
  sourceFigures: 'src/data/figures.ts',
  derivedFigures: 'src/data/derived.ts',
  caseTypes: 'src/data/caseTypes.ts',
  events: 'src/data/events.ts',
  glossary: 'src/data/glossary.ts',
  changelog: 'src/data/changelog.ts',
  passages: 'src/data/passages.ts',
} as const;

/** Numbers as a text writes them: 640,000, 51.7, 2024 (never a trailing full stop). */
const numbersIn = (text: string): string[] => text.match(/\d[\d,.]*\d|\d/g) ?? [];

export interface DatasetInput {
  sourceFigures: unknown[];
  derivedFigures: unknown[];
  caseTypes: unknown[];
  events: unknown[];
  glossary: unknown[];
  sources: readonly unknown[];
  texts: Record<SourceTextId, string>;
  passages?: ContextTextInput[];
  sentenceChinese?: Record<string, string[]>;
  unusedSentences?: { anchor: string; reason: string }[];
}

const operators: Record<Exclude<Operation, 'countCaseTypes'>, string> = {
  divide: '÷',
  share: '÷',
  subtract: '−',
};

/** Ways a source may write a value: 640000, 640,000, 51.7 billion, 2.3万亿, 7.52万, five. */
function writtenForms(value: number): string[] {
  const clean = (n: number) => String(Number(n.toPrecision(12)));
  const forms = [String(value), value.toLocaleString('en-US'), `${clean(value)}%`];
  for (const [size, word] of [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']] as const) {
    if (value >= size) forms.push(`${clean(value / size)} ${word}`);
  }
  for (const [size, word] of [[1e12, '万亿'], [1e8, '亿'], [1e4, '万']] as const) {
    if (value >= size) forms.push(`${clean(value / size)}${word}`);
  }
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  if (Number.isInteger(value) && value < 10) forms.push(words[value]!);
  return forms;
}

function zodProblems(file: string, what: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(record)';
    return `${file}: ${what}: field "${field}": ${issue.message}`;
  });
}

function describe(record: unknown, index: number, noun: string): string {
  const id = typeof record === 'object' && record !== null && 'id' in record ? (record as { id: unknown }).id : undefined;
  return typeof id === 'string' ? `${noun} "${id}"` : `${noun} #${index + 1}`;
}

/** Parse each record with its schema; report failures with file, record and field. */
function parseEach<T extends z.ZodType>(
  records: readonly unknown[],
  schema: T,
  file: string,
  noun: string,
  problems: string[],
): { data: z.output<T>; at: string }[] {
  return records.flatMap((raw, index) => {
    const what = describe(raw, index, noun);
    const parsed = schema.safeParse(raw, parseOptions);
    if (parsed.success) return [{ data: parsed.data as z.output<T>, at: `${file}: ${what}` }];
    problems.push(...zodProblems(file, what, parsed.error));
    return [];
  });
}

/** What every record checker reads and where it records problems (each with file, record and field). */
interface Checks {
  input: DatasetInput;
  problems: string[];
  sources: SourceRecord[];
  sourcesById: Map<string, SourceRecord>;
  /** Whether a quote is in the shipped text word for word; a problem is recorded when it is not. */
  quoteFound: (at: string, field: string, quote: string, textId: SourceTextId) => boolean;
}

/**
 * Validate every record and compute the derived figures. Throws a DataError
 * listing all problems at once, so one build run shows everything to fix.
 */
export function buildDataset(input: DatasetInput): Dataset {
  const problems: string[] = [];
  const quoteFound: Checks['quoteFound'] = (at, field, quote, textId) => {
    if (occursVerbatim(quote, input.texts[textId])) return true;
    problems.push(`${at}: field "${field}": not found verbatim in the shipped source text "${textId}"`);
    return false;
  };
  const sources = checkSources(input.sources, problems);
  // Every other record is checked against its source: with a source wrong, stop at that.
  if (problems.length) throw new DataError(problems);
  const checks: Checks = { input, problems, sources, sourcesById: new Map(sources.map((s) => [s.id, s])), quoteFound };
  const interviewSentences = splitSentences(input.texts['interview-en']);

  const citable = citables(checks, interviewSentences);
  const sourceFigures = checkSourceFigures(checks, interviewSentences, citable);
  const caseTypes: CaseType[] = parseEach(input.caseTypes, caseTypeSchema, dataFiles.caseTypes, 'case type', problems).map((r) => r.data);
  const byId = checkDerivedFigures(checks, sourceFigures, caseTypes.length);
  const events = checkEvents(checks, byId);
  const glossary = checkGlossary(checks);

  if (problems.length) throw new DataError(problems);
  return { sources, figures: [...byId.values()], byId, caseTypes, events, glossary, citable, unusedSentences: input.unusedSentences ?? [] };
}

/** The sources, each with its date as prose reads it; unique ids. */
function checkSources(records: readonly unknown[], problems: string[]): (SourceRecord & { id: SourceId })[] {
  const sources: (SourceRecord & { id: SourceId })[] = [];
  for (const { data: source, at } of parseEach(records, sourceSchema, dataFiles.sources, 'source', problems)) {
    if (sources.some((s) => s.id === source.id)) problems.push(`${at}: field "id": duplicate id`);
    // SourceId is read from this very list (sources.ts), so a listed id is one; the schema cannot say so without a cycle.
    sources.push(source as SourceRecord & { id: SourceId });
  }
  return sources;
}

/**
 * The source figures, each anchored to the sentence, passage or summary that states it: its kind matches its
 * source's role, its words are the source's, and its value is written in them (and in its Chinese wording).
 */
function checkSourceFigures({ input, problems, sourcesById, quoteFound }: Checks, interviewSentences: SourceSentence[], citable: Map<string, Citable>): SourceFigure[] {
  const sourceFigures: SourceFigure[] = [];
  for (const { data, at } of parseEach(input.sourceFigures, sourceFigureSchema, dataFiles.sourceFigures, 'figure', problems)) {
    const figure: SourceFigure = data;
    const source = sourcesById.get(figure.sourceId)!;
    if ((figure.kind === 'interview') !== (source.role === 'primary')) {
      problems.push(`${at}: field "kind": "${figure.kind}" does not match source "${source.id}", which is ${source.role}`);
    }
    const forms = writtenForms(figure.value);
    const zh = figure.sentenceZh?.text;
    if (zh && quoteFound(at, 'sentenceZh.text', zh, 'context-notes') && !forms.some((form) => zh.includes(form))) {
      problems.push(`${at}: field "value": ${figure.value} is not written in its Chinese sentence`);
    }
    let sentenceFound: boolean;
    if (source.quotedIn === 'interview-en') {
      sentenceFound = quoteFound(at, 'sentence', figure.sentence, source.quotedIn);
      figure.sourceAnchor = interviewSentences.find((s) => occursVerbatim(figure.sentence, s.text))?.anchor;
      if (!figure.sourceAnchor) problems.push(`${at}: field "sentence": spans more than one sentence of the source`);
    } else {
      // A context figure links to the passage or summary that states it, as an interview figure links to its sentence.
      const home = [...citable.values()].find((c) => c.sourceId === figure.sourceId && occursVerbatim(figure.sentence, c.text));
      figure.sourceAnchor = home?.id;
      sentenceFound = Boolean(home);
      if (!home) problems.push(`${at}: field "sentence": in no passage or summary of source "${figure.sourceId}" in ${dataFiles.passages}`);
      if (home && zh && home.kind === 'passage' && !home.zh.some((run) => occursVerbatim(zh, run))) {
        problems.push(`${at}: field "sentenceZh.text": not in the Chinese of its passage "${home.id}"`);
      }
    }
    if (sentenceFound && !forms.some((form) => figure.sentence.includes(form))) {
      problems.push(`${at}: field "value": ${figure.value} is not written in its sentence`);
    }
    sourceFigures.push(figure);
  }
  return sourceFigures;
}

/**
 * Every figure by id: the source figures, then the derived ones computed from them (from source figures only,
 * the right number of them, none a "more than"). An id used twice is a problem.
 */
function checkDerivedFigures({ input, problems }: Checks, sourceFigures: SourceFigure[], caseTypeCount: number): Map<string, Figure> {
  const byId = new Map<string, Figure>();
  const claim = (figure: Figure, file: string) => {
    if (byId.has(figure.id)) problems.push(`${file}: figure "${figure.id}": field "id": duplicate id`);
    else byId.set(figure.id, figure);
  };
  sourceFigures.forEach((f) => claim(f, dataFiles.sourceFigures));

  for (const { data: recipe, at } of parseEach(input.derivedFigures, derivedFigureSchema, dataFiles.derivedFigures, 'derived figure', problems)) {
    const inputs = recipe.inputs.map((id) => byId.get(id));
    const missing = recipe.inputs.filter((_, i) => !inputs[i] || inputs[i]!.kind === 'derived');
    const expectedArity = recipe.operation === 'countCaseTypes' ? 0 : 2;
    if (missing.length) {
      problems.push(`${at}: field "inputs": unknown or invalid source figure id ${missing.map((m) => `"${m}"`).join(', ')}`);
    } else if (inputs.length !== expectedArity) {
      problems.push(`${at}: field "inputs": "${recipe.operation}" takes ${expectedArity} inputs, got ${inputs.length}`);
    } else if (inputs.some((f) => f!.approximation === 'over')) {
      problems.push(`${at}: field "inputs": a "more than" figure cannot be used in arithmetic`);
    } else {
      claim(derive(recipe, inputs as SourceFigure[], caseTypeCount), dataFiles.derivedFigures);
    }
  }
  return byId;
}

/** The events: each sentence in its own source's text, known figures only, unique ids. */
function checkEvents({ input, problems, sourcesById, quoteFound }: Checks, figuresById: Map<string, Figure>): SourceEvent[] {
  const events: SourceEvent[] = [];
  for (const { data: event, at } of parseEach(input.events, eventSchema, dataFiles.events, 'event', problems)) {
    quoteFound(at, 'sentence', event.sentence, sourcesById.get(event.sourceId)!.quotedIn);
    const unknown = (event.figures ?? []).filter((id) => !figuresById.has(id));
    if (unknown.length) problems.push(`${at}: field "figures": unknown figure id ${unknown.map((u) => `"${u}"`).join(', ')}`);
    if (events.some((e) => e.id === event.id)) problems.push(`${at}: field "id": duplicate id`);
    events.push(event);
  }
  return events;
}

/** The glossary: its Chinese and the English item's word verbatim, context from context sources, unique ids. */
function checkGlossary({ input, problems, sourcesById, quoteFound }: Checks): GlossaryEntry[] {
  const glossary: GlossaryEntry[] = [];
  for (const { data: entry, at } of parseEach(input.glossary, glossaryEntrySchema, dataFiles.glossary, 'glossary entry', problems)) {
    quoteFound(at, 'zh', entry.zh, 'context-notes');
    if (entry.sourceEnglish !== null) quoteFound(at, 'sourceEnglish', entry.sourceEnglish, 'interview-en');
    // Chinese quoted in the explanation or note must be the notes' Chinese too.
    for (const field of ['explanation', 'translationNote'] as const) {
      for (const zh of entry[field]?.match(hanRuns) ?? []) quoteFound(at, field, zh, 'context-notes');
    }
    // Context is credited to its own sources; the English item is never named as one.
    for (const id of entry.context?.sources ?? []) {
      if (sourcesById.get(id)?.role !== 'context') problems.push(`${at}: field "context.sources": "${id}" is not a context source`);
    }
    if (glossary.some((e) => e.id === entry.id)) problems.push(`${at}: field "id": duplicate id`);
    glossary.push(entry);
  }
  return glossary;
}

/**
 * The English item's sentences and the context passages and summaries, checked: a passage's
 * Chinese word for word in the notes and its translation free of Chinese; a summary's Chinese
 * terms in the notes; every number of either in the notes; unique ids; known anchors.
 */
function citables({ input, problems, sources, sourcesById, quoteFound }: Checks, sentences: SourceSentence[]): Map<string, Citable> {
  const file = dataFiles.passages;
  const primary = sources.find((s) => s.role === 'primary')!;
  const notes = input.texts['context-notes'];
  const citable = new Map<string, Citable>(
    sentences.map((s) => [
      s.anchor,
      { id: s.anchor, kind: 'sentence', sourceId: primary.id as SourceId, text: s.text, zh: [], chinese: input.sentenceChinese?.[s.anchor] ?? [] },
    ]),
  );
  for (const p of input.passages ?? []) {
    const at = `${file}: ${p.kind} "${p.id}"`;
    if (!/^c-[a-z0-9]+(-[a-z0-9]+)*$/.test(p.id)) problems.push(`${at}: field "id": must be c- and lower-case words joined by hyphens`);
    if (citable.has(p.id)) problems.push(`${at}: field "id": duplicate id`);
    const source = sourcesById.get(p.sourceId);
    if (!source || source.role !== 'context') problems.push(`${at}: field "sourceId": "${p.sourceId}" is not a context source`);
    if (p.kind === 'passage') {
      if (p.zh.length === 0) problems.push(`${at}: field "zh": a passage gives the report's Chinese wording; with none, make it a summary`);
      p.zh.forEach((run, i) => quoteFound(at, `zh.${i}`, run, 'context-notes'));
      if (hasCjk(p.en)) problems.push(`${at}: field "en": the translation is English; the Chinese goes in "zh"`);
    } else {
      // Odd parts are the Chinese runs: a term the summary names must be the notes' own.
      chineseParts(p.en).forEach((run, i) => i % 2 === 1 && quoteFound(at, 'en', run, 'context-notes'));
    }
    for (const n of numbersIn(p.en)) if (!notes.includes(n)) problems.push(`${at}: field "en": the number ${n} is not in the context notes`);
    citable.set(p.id, { id: p.id, kind: p.kind, sourceId: p.sourceId, text: p.en, zh: p.kind === 'passage' ? p.zh : [], chinese: [] });
  }
  for (const [anchor, ids] of Object.entries(input.sentenceChinese ?? {})) {
    if (!sentences.some((s) => s.anchor === anchor)) problems.push(`${file}: sentenceChinese: no sentence "${anchor}" in the English item`);
    for (const id of ids) {
      const c = citable.get(id);
      if (!c) problems.push(`${file}: sentenceChinese "${anchor}": unknown passage "${id}"`);
      else if (c.kind !== 'passage') problems.push(`${file}: sentenceChinese "${anchor}": "${id}" is a ${c.kind}, not a passage of Chinese wording`);
    }
  }
  for (const { anchor } of input.unusedSentences ?? []) {
    if (!sentences.some((s) => s.anchor === anchor)) problems.push(`${file}: unusedSentences: no sentence "${anchor}" in the English item`);
  }
  return citable;
}

/**
 * Validate the corrections and updates log: at least one entry, real dates,
 * newest first (equal dates allowed: two changes on one day). Throws a DataError
 * naming src/data/changelog.ts, the entry and the field.
 */
export function parseChangelog(entries: unknown[]): ChangelogEntry[] {
  const problems: string[] = [];
  const file = dataFiles.changelog;
  if (entries.length === 0) problems.push(`${file}: must list at least one entry (the first publication)`);
  const parsed = parseEach(entries, changelogEntrySchema, file, 'entry', problems);
  parsed.forEach(({ data, at }, i) => {
    const newer = parsed[i - 1];
    // ISO dates compare correctly as strings.
    if (newer && data.date > newer.data.date) {
      problems.push(`${at}: field "date": ${data.date} is later than the entry above it (${newer.data.date}); list entries newest first`);
    }
  });
  if (problems.length) throw new DataError(problems);
  return parsed.map((p) => p.data);
}

/** Compute a derived figure and round it no finer than its least precise input. */
function derive(recipe: z.output<typeof derivedFigureSchema>, inputs: SourceFigure[], caseTypeCount: number): DerivedFigure {
  const text = (f: { value: number; unit: Unit; approximation: Approximation }) =>
    // Stryker disable next-line StringLiteral: equivalent, formatNumber only tests style === 'prose', so any other string is the table style
    formatFigureText(f.value, f.unit, f.approximation, { style: 'table' });
  const usesContext = inputs.some((f) => f.kind === 'context');
  const base = { ...recipe, kind: 'derived' as const, usesContext };

  if (recipe.operation === 'countCaseTypes') {
    return {
      ...base,
      value: caseTypeCount,
      exactValue: caseTypeCount,
      approximation: 'exact',
      formula: 'count(caseTypes)',
      formulaText: `Counted from the interview's list of case types: ${caseTypeCount}`,
      roundingNote: 'A count; not rounded.',
    };
  }

  const [a, b] = inputs as [SourceFigure, SourceFigure];
  const anyApproximate = inputs.some((f) => f.approximation !== 'exact');
  let exactValue: number;
  let value: number;
  let significantDigits: number | undefined;
  let roundingNote: string;
  if (recipe.operation === 'subtract') {
    exactValue = a.value - b.value;
    const place = Math.max(lastSignificantPlace(a.value), lastSignificantPlace(b.value));
    value = roundToPlace(exactValue, place);
    roundingNote = `Rounded to the nearest ${formatNumber(place, 'cases', { style: 'table' })}, the precision of the less precise input.`;
  } else {
    exactValue = (a.value / b.value) * (recipe.operation === 'share' ? 100 : 1);
    significantDigits = Math.min(significantDigitsOf(a.value), significantDigitsOf(b.value));
    value = roundToSignificant(exactValue, significantDigits);
    roundingNote = `Rounded to ${significantDigits} significant figures, as precise as the less precise input.`;
  }
  const approximation: Approximation = anyApproximate || value !== exactValue ? 'about' : 'exact';
  // "≈" already says "about", so the result is shown without a qualifier.
  const shown = formatFigureText(value, recipe.unit, 'exact', { style: 'table', significantDigits });
  const unrounded = exactValue.toLocaleString('en-US', { maximumSignificantDigits: 8 });
  const times100 = recipe.operation === 'share' ? ' × 100' : '';
  const op = operators[recipe.operation];
  const equals = value === exactValue ? '=' : `= ${unrounded} ≈`;
  return {
    ...base,
    value,
    exactValue,
    approximation,
    significantDigits,
    formula: `${a.id} ${op} ${b.id}${times100}`,
    formulaText: `${text(a)} ${op} ${text(b)}${times100} ${equals} ${shown}`,
    roundingNote,
  };
}
