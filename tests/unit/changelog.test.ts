/** The corrections and updates log: real dates, newest first, one file. */
import { describe, expect, test } from 'vitest';
import { parseChangelog } from '../../src/data/dataset';
import { rejection } from '../helpers/dataset';
import { changelog as rawChangelog } from '../../src/data/changelog';
import { changelog, lastUpdated } from '../../src/data/index';
import { dayMonthYear, isoDateParts, monthDayYear } from '../../src/data/dates';

/** The error message for a log (failing the test if it is accepted). */
const rejectionOf = (entries: unknown[]): string => rejection(() => parseChangelog(entries), 'the changelog');

describe('the changelog', () => {
  test('starts with the first publication, and its newest date is the explainer’s update date', () => {
    expect(changelog.at(-1)).toEqual({
      date: '2026-11-29',
      summary: 'First publication: all nine sections, the data page and the source text.',
    });
    expect(lastUpdated).toBe(changelog[0]!.date);
    expect(changelog).toEqual(rawChangelog);
  });

  test('accepts entries newest first, including two on one day', () => {
    const entries = [
      { date: '2027-01-05', summary: 'Corrected a figure.' },
      { date: '2027-01-05', summary: 'Fixed a link.' },
      { date: '2026-11-29', summary: 'First publication.' },
    ];
    expect(parseChangelog(entries)).toEqual(entries);
  });

  test('rejects a date that is not YYYY-MM-DD or not a real day', () => {
    const message = rejectionOf([
      { date: '29 November 2026', summary: 'A.' },
      { date: '2026-02-30', summary: 'B.' },
    ]);
    expect(message).toContain('src/data/changelog.ts: entry #1: field "date": must be a real date written YYYY-MM-DD');
    expect(message).toContain('src/data/changelog.ts: entry #2: field "date": must be a real date written YYYY-MM-DD');
  });

  test('rejects entries out of order, naming the entry and the field', () => {
    const message = rejectionOf([
      { date: '2026-11-29', summary: 'First publication.' },
      { date: '2027-01-05', summary: 'Corrected a figure.' },
    ]);
    expect(message).toContain(
      'src/data/changelog.ts: entry #2: field "date": 2027-01-05 is later than the entry above it (2026-11-29); list entries newest first',
    );
  });

  test('rejects an empty summary, an unknown field and an empty log', () => {
    const message = rejectionOf([{ date: '2026-11-29', summary: ' ', author: 'x' }]);
    expect(message).toContain('src/data/changelog.ts: entry #1: field "summary": must not be empty');
    expect(message).toContain('src/data/changelog.ts: entry #1: field "(record)": Unrecognized key: "author"');
    expect(rejectionOf([])).toContain('src/data/changelog.ts: must list at least one entry (the first publication)');
  });
});

describe('dates', () => {
  test('read ISO days without time zones', () => {
    expect(isoDateParts('2026-11-29')).toEqual({ year: 2026, month: 11, day: 29 });
    expect(isoDateParts('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isoDateParts('2025-02-29')).toBeUndefined();
    expect(isoDateParts('2026-13-01')).toBeUndefined();
    expect(isoDateParts('2026-1-01')).toBeUndefined();
    expect(dayMonthYear('2025-03-10')).toBe('10 March 2025');
    expect(monthDayYear('2026-11-29')).toBe('November 29, 2026');
    expect(() => dayMonthYear('2026-02-30')).toThrow('"2026-02-30" is not a real date written YYYY-MM-DD');
  });
});
