/**
 * Each edition's words, by locale. English, the default edition, is written in the records themselves
 * (src/data/figures.ts …); every other edition has a file here of the shape in types.ts. A new locale in
 * src/lib/locale.ts fails to compile until its words file is added to this list.
 */
import type { Locale } from '../../lib/locale';
import type { EditionWords } from './types';
import { zh } from './zh';

/** A locale with its own words file: every locale but English. */
export type WordsLocale = Exclude<Locale, 'en'>;

export const editionWords: Record<WordsLocale, EditionWords> = { zh };

/** Where each edition's words are written, for error messages. */
export const wordsFile = (locale: WordsLocale): string => `src/data/words/${locale}.ts`;

export type { EditionWords } from './types';
