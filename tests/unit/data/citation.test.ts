/** Citations in each style, against hand-written references. */
import { beforeEach, describe, expect, test } from 'vitest';
import {
  apa,
  asciiSlug,
  bibtex,
  bibtexKey,
  chicago,
  citationsFor,
  escapeBibtex,
  explainerRecord,
  gbt,
  plainText,
  sectionRecord,
  sourceCitationRecord,
  type CitationRecord,
} from '../../../src/data/citation';
import { getSource } from '../../../src/data/index';
import { site } from '../../../src/lib/site';

// Records are built in each test, so mutation testing credits the test that reads them.
let section: CitationRecord;
beforeEach(() => {
  section = sectionRecord('https://example.org', '2026-11-29', {
    slug: 'judicial-assistance',
    title: 'Measure four: judicial assistance',
    path: '/sections/judicial-assistance/',
  });
});

describe('a section', () => {
  test('builds its record from the site, the section and the update date', () => {
    expect(section).toEqual({
      id: 'judicial-assistance',
      author: 'Enforcing livelihood cases in China, 2024',
      title: 'Measure four: judicial assistance',
      website: 'Enforcing livelihood cases in China, 2024',
      date: '2026-11-29',
      updated: true,
      url: 'https://example.org/sections/judicial-assistance/',
    });
  });

  test('APA: group author, date in parentheses, italic title, retrieval placeholder and the URL with no full stop after it', () => {
    expect(plainText(apa(section))).toBe(
      'Enforcing livelihood cases in China, 2024. (2026, November 29). Measure four: judicial assistance. ' +
        'Retrieved [Month Day, Year], from https://example.org/sections/judicial-assistance/',
    );
    // Only the title is italic; the site name is left out because it is the author.
    expect(apa(section).filter((p) => typeof p !== 'string')).toEqual([{ italic: 'Measure four: judicial assistance' }]);
  });

  test('Chicago author-date: year after the author, the page title quoted, last modified, accessed placeholder', () => {
    expect(plainText(chicago(section))).toBe(
      'Enforcing livelihood cases in China, 2024. 2026. “Measure four: judicial assistance.” Last modified November 29, 2026. ' +
        'Accessed [Month Day, Year]. https://example.org/sections/judicial-assistance/.',
    );
  });

  test('GB/T 7714-2015: [EB/OL], (update date)[date cited] and the URL', () => {
    expect(plainText(gbt(section))).toBe(
      'Enforcing livelihood cases in China, 2024. Measure four: judicial assistance[EB/OL]. (2026-11-29)[YYYY-MM-DD]. ' +
        'https://example.org/sections/judicial-assistance/.',
    );
  });

  test('BibTeX: a stable ASCII key, a braced corporate author, month macro, url and access note', () => {
    expect(plainText(bibtex(section))).toBe(
      [
        '@misc{enforcing-livelihood-cases:judicial-assistance,',
        '  author = {{Enforcing livelihood cases in China, 2024}},',
        '  title = {{Measure four: judicial assistance}},',
        '  year = {2026},',
        '  month = nov,',
        '  url = {https://example.org/sections/judicial-assistance/},',
        '  note = {Last modified 2026-11-29. Accessed [YYYY-MM-DD]},',
        '}',
      ].join('\n'),
    );
  });

  test('the key does not change when the site is updated or moves', () => {
    const later = sectionRecord('http://localhost:4321/', '2027-01-05', {
      slug: 'judicial-assistance',
      title: 'Measure four: judicial assistance',
      path: '/sections/judicial-assistance/',
    });
    expect(bibtexKey(later)).toBe(bibtexKey(section));
    expect(bibtexKey(later)).toMatch(/^[\x21-\x7e]+$/);
  });

  test('citationsFor gives the four styles in order, labelled', () => {
    expect(citationsFor(section).map((c) => [c.style, c.label, c.name])).toEqual([
      ['apa', 'APA (7th edition)', 'APA'],
      ['chicago', 'Chicago (author-date)', 'Chicago'],
      ['gbt', 'GB/T 7714-2015', 'GB/T 7714'],
      ['bibtex', 'BibTeX', 'BibTeX'],
    ]);
  });
});

describe('the whole explainer', () => {
  let whole: CitationRecord;
  beforeEach(() => {
    whole = explainerRecord('https://example.org/', '2026-11-29');
  });

  test('is its own website: unquoted in Chicago, at the site root', () => {
    expect(whole.url).toBe('https://example.org/');
    expect(plainText(apa(whole))).toBe(
      'Enforcing livelihood cases in China, 2024. (2026, November 29). Enforcing livelihood cases in China, 2024. ' +
        'Retrieved [Month Day, Year], from https://example.org/',
    );
    expect(plainText(chicago(whole))).toBe(
      'Enforcing livelihood cases in China, 2024. 2026. Enforcing livelihood cases in China, 2024. Last modified November 29, 2026. ' +
        'Accessed [Month Day, Year]. https://example.org/.',
    );
    expect(bibtexKey(whole)).toBe('enforcing-livelihood-cases:explainer');
  });

  test('takes its title and author from src/lib/site.ts', () => {
    expect(whole.title).toBe(site.title);
    expect(whole.author).toBe(site.publisher);
  });
});

describe('the source report', () => {
  let report: CitationRecord;
  beforeEach(() => {
    report = sourceCitationRecord(getSource('interviewEn'));
  });

  test('is China News Network, undated, described rather than titled, with no address', () => {
    // Neither source file dates the English item; only the interview it reports is dated.
    expect(report).toEqual({
      id: 'interviewEn',
      author: 'China News Network',
      title: 'English news item reporting an interview with Huang Wenjun (New Society)',
      untitled: true,
    });
  });

  test('reads in all four styles without a URL or access date', () => {
    const [apaText, chicagoText, gbtText, bibtexText] = citationsFor(report).map((c) => plainText(c.parts));
    const title = 'English news item reporting an interview with Huang Wenjun (New Society)';
    expect(apaText).toBe(`China News Network. (n.d.). [${title}].`);
    expect(chicagoText).toBe(`China News Network. n.d. ${title}.`);
    expect(gbtText).toBe(`China News Network. ${title}[EB/OL].`);
    expect(bibtexText).toBe(
      [
        '@misc{china-news-network:interview-en,',
        '  author = {{China News Network}},',
        `  title = {{${title}}},`,
        '  note = {Untitled; the title describes the item. Undated},',
        '}',
      ].join('\n'),
    );
    // A description is not italicised in APA.
    expect(apa(report).every((p) => typeof p === 'string')).toBe(true);
  });

  test('a source without a full date cannot be cited', () => {
    expect(() => sourceCitationRecord(getSource('spcAccount2018'))).toThrow(
      'src/data/sources.ts: source "spcAccount2018": field "date": a citation needs a full YYYY-MM-DD date or none',
    );
  });
});

describe('BibTeX text', () => {
  test('escapes every character TeX treats specially', () => {
    expect(escapeBibtex('Wages & support: 100% of #1_cases {x} ~ ^ $5 \\')).toBe(
      'Wages \\& support: 100\\% of \\#1\\_cases \\{x\\} \\~{} \\^{} \\$5 \\textbackslash{}',
    );
  });

  test('escapes the title and author fields, and keeps the key ASCII', () => {
    const record: CitationRecord = {
      id: 'Zhí xíng_2024',
      author: 'Courts & Co',
      title: 'Wages & 50% of arrears',
      date: '2025-01-22',
    };
    const text = plainText(bibtex(record));
    expect(text).toContain('@misc{courts-co:zhi-xing-2024,');
    expect(text).toContain('  author = {{Courts \\& Co}},');
    expect(text).toContain('  title = {{Wages \\& 50\\% of arrears}},');
    expect(text).toContain('  month = jan,');
    expect(text).not.toContain('note');
  });

  test('asciiSlug drops accents and splits camelCase', () => {
    expect(asciiSlug('Huang Wénjūn')).toBe('huang-wenjun');
    expect(asciiSlug('interviewEn')).toBe('interview-en');
    expect(asciiSlug('执行')).toBe('');
  });
});

describe('punctuation', () => {
  test('a title ending in a question mark gets no extra full stop', () => {
    const record: CitationRecord = { id: 'q', author: 'A site', title: 'What counts?', website: 'A site', date: '2026-11-29', updated: true, url: 'https://example.org/q/' };
    expect(plainText(apa(record))).toBe('A site. (2026, November 29). What counts? Retrieved [Month Day, Year], from https://example.org/q/');
    expect(plainText(chicago(record))).toBe(
      'A site. 2026. “What counts?” Last modified November 29, 2026. Accessed [Month Day, Year]. https://example.org/q/.',
    );
  });

  test('a website other than the author is named', () => {
    const record: CitationRecord = { id: 'p', author: 'A group', title: 'A page', website: 'A site', date: '2026-03-01', url: 'https://example.org/p/' };
    expect(plainText(apa(record))).toBe('A group. (2026, March 1). A page. A site. Retrieved [Month Day, Year], from https://example.org/p/');
    expect(plainText(chicago(record))).toBe('A group. 2026. “A page.” A site. March 1, 2026. Accessed [Month Day, Year]. https://example.org/p/.');
  });
});
