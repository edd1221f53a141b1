/** Calendar dates written `YYYY-MM-DD`, read without time zones (a date is a day, not an instant). */

export const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

interface DateParts {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
}

/** The parts of an ISO `YYYY-MM-DD` date, or undefined when it is malformed or no real day (2026-02-30). */
export function isoDateParts(iso: string): DateParts | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? { year, month, day } : undefined;
}

export const isIsoDate = (iso: string): boolean => isoDateParts(iso) !== undefined;

/** The parts of a date known to be valid; throws, naming it, if it is not. */
export function datePartsOf(iso: string): DateParts {
  const parts = isoDateParts(iso);
  if (!parts) throw new Error(`"${iso}" is not a real date written YYYY-MM-DD`);
  return parts;
}

/** "29 November 2026", as the site's prose writes dates. */
export function dayMonthYear(iso: string): string {
  const { year, month, day } = datePartsOf(iso);
  return `${day} ${monthNames[month - 1]} ${year}`;
}

/** "November 29, 2026", as APA and Chicago write dates. */
export function monthDayYear(iso: string): string {
  const { year, month, day } = datePartsOf(iso);
  return `${monthNames[month - 1]} ${day}, ${year}`;
}
