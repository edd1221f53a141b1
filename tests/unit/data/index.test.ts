/** The data module's lookups and text helpers: unknown ids fail with names, sentences split where the source breaks them. */
import { describe, expect, test } from 'vitest';
import { getCitable, getEvent, getFigure, getTerm } from '../../../src/data/index';
import { normalizeQuote, occursVerbatim, splitSentences } from '../../../src/data/sourceText';
import { isoDateParts } from '../../../src/data/dates';

describe('lookups by id', () => {
  test('find what exists', () => {
    expect(getFigure('livelihoodCases').value).toBe(640_000);
    expect(getEvent('interview').date).toBe('2025-03-10');
    expect(getCitable('s1').sourceId).toBe('interviewEn');
    expect(getCitable('c-zh-figures').sourceId).toBe('chinaNewsZh');
    expect(getTerm('concluded').zh).toBe('执结');
  });

  test('an unknown figure names the id, the file when given, and the known ids', () => {
    expect(() => getFigure('noSuch')).toThrow(/^Unknown figure id "noSuch"\. Known ids: livelihoodCases, livelihoodAmount, /);
    expect(() => getFigure('noSuch', 'content/sections/x.mdx')).toThrow('Unknown figure id "noSuch" in content/sections/x.mdx. Known ids: ');
    let error: unknown;
    try {
      getFigure('noSuch');
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('UnknownFigureError');
  });

  test('an unknown sentence, event or term names the id and the file', () => {
    expect(() => getCitable('s999')).toThrow(/^Unknown source sentence or passage "s999"$/);
    expect(() => getCitable('c-none', 'content/sections/x.mdx')).toThrow('Unknown source sentence or passage "c-none" in content/sections/x.mdx');
    expect(() => getEvent('noSuch')).toThrow(/^Unknown event id "noSuch"\. Known ids: [a-zA-Z]+, /);
    expect(() => getEvent('noSuch', 'x.mdx')).toThrow(/^Unknown event id "noSuch" in x\.mdx\. Known ids: .*interview/);
    expect(() => getTerm('noSuch')).toThrow(/^Unknown glossary term id "noSuch"\. Known ids: [a-zA-Z]+, .*concluded/);
    expect(() => getTerm('noSuch', 'x.mdx')).toThrow(/^Unknown glossary term id "noSuch" in x\.mdx\. /);
  });
});

describe('splitSentences', () => {
  test('breaks after a full stop however many spaces follow, and at line breaks, trimming each', () => {
    expect(splitSentences('One.  Two?   Three!\n\n  Four (five).\n')).toEqual([
      { anchor: 's1', text: 'One.' },
      { anchor: 's2', text: 'Two?' },
      { anchor: 's3', text: 'Three!' },
      { anchor: 's4', text: 'Four (five).' },
    ]);
  });

  test('an empty text has no sentences', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('\n \n')).toEqual([]);
  });
});

describe('normalizeQuote', () => {
  test('folds runs of whitespace to one space and trims the ends', () => {
    expect(normalizeQuote('  about\n  640000\tcases  ')).toBe('about 640000 cases');
    expect(occursVerbatim('about 640000\ncases', 'courts will handle about  640000 cases related')).toBe(true);
  });
});

describe('isoDateParts: the whole string must be the date', () => {
  test.each(['x2026-01-01', '2026-01-01x', '12026-01-01', '2026-01-011'])('%s is rejected', (text) => {
    expect(isoDateParts(text)).toBeUndefined();
  });
  test('real days, and days that roll over into the next month or year, told apart', () => {
    expect(isoDateParts('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isoDateParts('2026-12-31')).toEqual({ year: 2026, month: 12, day: 31 });
    for (const bad of ['2026-12-32', '2026-13-01', '2026-00-10', '2026-04-00', '2026-04-31']) expect(isoDateParts(bad), bad).toBeUndefined();
  });
});
