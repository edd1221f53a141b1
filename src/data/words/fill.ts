/**
 * Placeholders in an edition's words, filled from the data: words never type a number or a date.
 *
 * - `{livelihoodCases}`: the figure as prose gives it (约64万件); `{casesPerEnforcementJudge:bare}` its number
 *   and qualifier without the measure word (928);
 * - `{year:2024}`, `{month:12}`, `{day:10}`, `{date:2025-03-10}`: a date or a part of one (2024年, 12月, 10日, 2025年3月10日);
 * - `{title:chinaNewsZh}`: a source's title in the edition.
 */
import { isIsoDate } from '../dates';

/** What the placeholders are filled from; an unknown id gives undefined. */
export interface FillSources {
  figure(id: string, bare: boolean): string | undefined;
  title(sourceId: string): string | undefined;
  date(iso: string): string;
  month(month: number): string;
  day(day: number): string;
}

/** Every placeholder: a word, then a colon and its argument (an id, `bare`, a number or a date). */
const placeholder = /\{([A-Za-z]+)(?::([^{}\s]+))?\}/g;

/** The words with every placeholder filled, and what could not be filled (each named). */
export function fillWords(words: string, from: FillSources): { text: string; problems: string[] } {
  const problems: string[] = [];
  const text = words.replace(placeholder, (whole, name: string, argument: string | undefined) => {
    const filled = fillOne(name, argument, from);
    if (filled === undefined) problems.push(`cannot fill ${whole}`);
    return filled ?? whole;
  });
  return { text, problems };
}

function fillOne(name: string, argument: string | undefined, from: FillSources): string | undefined {
  const number = (low: number, high: number) => (argument && /^\d+$/.test(argument) && Number(argument) >= low && Number(argument) <= high ? Number(argument) : undefined);
  switch (name) {
    case 'year':
      return argument && /^\d{4}$/.test(argument) ? from.date(argument) : undefined;
    case 'month': {
      const month = number(1, 12);
      return month === undefined ? undefined : from.month(month);
    }
    case 'day': {
      const day = number(1, 31);
      return day === undefined ? undefined : from.day(day);
    }
    case 'date':
      return argument && isIsoDate(argument) ? from.date(argument) : undefined;
    case 'title':
      return argument ? from.title(argument) : undefined;
    default:
      // A figure id, alone or `:bare`.
      return argument === undefined || argument === 'bare' ? from.figure(name, argument === 'bare') : undefined;
  }
}

/** The words with their placeholders taken out: what is left is what the words themselves type. */
export const withoutPlaceholders = (words: string): string => words.replace(placeholder, '');
