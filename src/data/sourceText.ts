import interviewEn from './source-texts/interview-en.txt?raw';
import contextNotes from './source-texts/context.md?raw';
import { cjkRanges } from '../lib/cjk';
import type { SourceTextId } from './sources';

/** The shipped texts quoted sentences are checked against, verbatim. */
export const sourceTexts: Record<SourceTextId, string> = {
  'interview-en': interviewEn,
  'context-notes': contextNotes,
};

/**
 * The anchors of the English item's sentences, as splitSentences numbers them. The item never changes (its SHA-256
 * is in source-texts/SHA256SUMS), so neither does this list; the data module checks the two agree when it loads.
 * Written out so that words for each sentence can be keyed by it: `Record<SentenceId, …>`.
 */
export const sentenceIds = [
  's1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's9', 's10', 's11', 's12', 's13',
  's14', 's15', 's16', 's17', 's18', 's19', 's20', 's21', 's22', 's23', 's24', 's25',
] as const;
export type SentenceId = (typeof sentenceIds)[number];

/** One sentence of the English item, with the anchor it has on /source/. */
export interface SourceSentence {
  /** `s1`, `s2` … in reading order; stable because the source never changes. */
  anchor: string;
  text: string;
}

/**
 * Split the English item into sentences: at ". " before a capital or "(",
 * and at line breaks. "etc. involve" stays whole because a lower-case word follows.
 */
export function splitSentences(text: string): SourceSentence[] {
  return text
    .split(/(?<=[.?!])\s+(?=[A-Z("])|\n+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s, i) => ({ anchor: `s${i + 1}`, text: s }));
}

/** A line break beside a CJK character (or a CJK character and a comma before it). */
const cjkLineBreak = new RegExp(`(?<=[${cjkRanges}]|[${cjkRanges}],)\\s*\\n\\s*|\\s*\\n\\s*(?=[${cjkRanges}])`, 'g');

/**
 * Punctuation whose form is typography, not wording: the site sets Chinese with full-width
 * ，：（） and “” where the notes write , : ( ) and straight quotes. Both fold to the ASCII form.
 */
export const foldPunctuation = (text: string): string =>
  text.replace(/[，：（）]/g, (c) => ({ '，': ',', '：': ':', '（': '(', '）': ')' })[c]!).replace(/[“”]/g, '"');

/**
 * Fold whitespace so a quote matches across the notes' line wrapping: a line
 * break next to a CJK character disappears (Chinese has no spaces), any other
 * run of whitespace becomes one space; punctuation folds as foldPunctuation says.
 */
export function normalizeQuote(text: string): string {
  return foldPunctuation(text)
    .replace(cjkLineBreak, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Does `quote` occur in `text`, whitespace and the form of punctuation aside? */
export function occursVerbatim(quote: string, text: string): boolean {
  return normalizeQuote(text).includes(normalizeQuote(quote));
}
