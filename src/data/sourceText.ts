import interviewEn from './source-texts/interview-en.txt?raw';
import contextNotes from './source-texts/context.md?raw';
import { cjkRanges } from '../lib/cjk';
import type { SourceTextId } from './sources';

/** The shipped texts quoted sentences are checked against, verbatim. */
export const sourceTexts: Record<SourceTextId, string> = {
  'interview-en': interviewEn,
  'context-notes': contextNotes,
};

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
