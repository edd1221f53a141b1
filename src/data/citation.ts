/**
 * Citations of the explainer, each section and the source report in APA (7th edition),
 * Chicago (author-date), GB/T 7714-2015 and BibTeX. Pure: the site's URL and its
 * update date are passed in, so one record always gives the same text, and no
 * citation carries a date the build invented (the access date is left for the reader).
 *
 * The Chinese edition lists GB/T 7714—2025 first (its web form is the 2015 one), and cites its own pages with
 * their Chinese titles: a record in Chinese (`language: 'zh'`) is written as GB/T 7714 writes Chinese entries,
 * `责任者.题名[EB/OL].(发布日期)[引用日期].URL.`, with no spaces; a work in English keeps the English form.
 */
import { datePartsOf, monthDayYear, monthNames } from './dates';
import type { SourceId, SourceRecord } from './sources';
import { sourceWords, withStop } from './display';
import { absoluteUrl, site } from '../lib/site';
import { localePath, type Locale } from '../lib/locale';
import { editionWords, type WordsLocale } from './words/index';

/** What every style is built from. */
export interface CitationRecord {
  /** Stable ASCII id, the second half of the BibTeX key: "explainer", a section slug, a source id. */
  id: string;
  /** The corporate author: no person is named as the author of the site or the source. */
  author: string;
  /** The work's title or, for an untitled work, a description of it. */
  title: string;
  /** `title` describes a work that has none (APA puts it in square brackets, unitalicised). */
  untitled?: boolean;
  /** The website a page is part of; the styles leave it out where it repeats the author. */
  website?: string;
  /** ISO `YYYY-MM-DD`; absent for an undated work, which every style cites as n.d. */
  date?: string;
  /** `date` is the latest update (the site) rather than the day of publication (the source). */
  updated?: boolean;
  /** The address; absent when not recorded. A work with an address gets an access-date placeholder. */
  url?: string;
  /** The work is in Chinese: GB/T 7714 writes its entry the Chinese way. Absent for a work in English. */
  language?: 'zh';
  /** An English translation of a Chinese title, which APA and Chicago give after it in square brackets. */
  titleTranslation?: string;
  /** The author's name in Latin letters, for the BibTeX key, where `author` is written in Chinese. */
  keyAuthor?: string;
}

/** Text with its italic spans marked: HTML italicises them, the clipboard gets plain text. */
type CitationPart = string | { italic: string };

const citationStyles = ['apa', 'chicago', 'gbt', 'bibtex'] as const;
export type CitationStyle = (typeof citationStyles)[number];

interface Citation {
  style: CitationStyle;
  /** The heading shown above it. */
  label: string;
  /** The short name in "Copy APA citation". */
  name: string;
  parts: CitationPart[];
}

/** What the reader replaces with the day they read the page. */
const accessPlaceholders = { apa: '[Month Day, Year]', chicago: '[Month Day, Year]', iso: 'YYYY-MM-DD' } as const;

export const plainText = (parts: CitationPart[]): string => parts.map((p) => (typeof p === 'string' ? p : p.italic)).join('');

/** The full stop a phrase needs after it: none when it already ends with one (or with ? or !). */
const stopAfter = (text: string): string => (/[.?!]$/.test(text) ? '' : '.');

/** The website's name where it says more than the author does. */
const distinctWebsite = (r: CitationRecord): string | undefined => (r.website && r.website !== r.author ? r.website : undefined);

/** A Chinese title's English translation, in square brackets after it (APA 7 §9.38, Chicago 14.98). */
const translated = (r: CitationRecord): string => (r.titleTranslation ? ` [${r.titleTranslation}]` : '');

/** APA 7: Author. (Year, Month Day). *Title*. Site. Retrieved [date], from URL (no full stop after a URL). */
export function apa(r: CitationRecord): CitationPart[] {
  const parts: CitationPart[] = [`${withStop(r.author)} (${r.date ? apaDate(r.date) : 'n.d.'}). `];
  if (r.untitled) parts.push(`[${r.title}].`);
  else if (r.titleTranslation) parts.push({ italic: r.title }, `${translated(r)}.`);
  else parts.push({ italic: r.title }, stopAfter(r.title));
  const website = distinctWebsite(r);
  if (website) parts.push(` ${withStop(website)}`);
  // The site is updated (see its changelog), so APA asks for the day it was read.
  if (r.url) parts.push(` Retrieved ${accessPlaceholders.apa}, from ${r.url}`);
  return parts;
}

const apaDate = (iso: string) => {
  const { year, month, day } = datePartsOf(iso);
  return `${year}, ${monthNames[month - 1]} ${day}`;
};

/** Chicago author-date: Author. Year. “Page.” Website. Last modified Month Day, Year. Accessed [date]. URL. */
export function chicago(r: CitationRecord): CitationPart[] {
  // A page of a website is quoted; a whole website, and a described untitled item, stay roman.
  const quoted = r.website && !r.untitled;
  const title = r.titleTranslation
    ? `${quoted ? `“${r.title}”` : r.title}${translated(r)}.`
    : quoted ? `“${withStop(r.title)}”` : withStop(r.title);
  const segments = [withStop(r.author), r.date ? `${datePartsOf(r.date).year}.` : 'n.d.', title];
  const website = distinctWebsite(r);
  if (website) segments.push(withStop(website));
  if (r.date) segments.push(r.updated ? `Last modified ${monthDayYear(r.date)}.` : `${monthDayYear(r.date)}.`);
  if (r.url) segments.push(`Accessed ${accessPlaceholders.chicago}.`, `${r.url}.`);
  return [segments.join(' ')];
}

/**
 * GB/T 7714-2015 (and —2025, whose web form is the same), online resource: Author. Title[EB/OL]. (date)[date cited]. URL.
 * A work in Chinese is written without spaces: 责任者.题名[EB/OL].(发布日期)[引用日期].URL.
 */
export function gbt(r: CitationRecord): CitationPart[] {
  if (r.language === 'zh') {
    // An undated work gives no (date); the date cited stays where there is an address to have read it at.
    const text = `${r.author}.${r.title}[EB/OL].${r.date ? `(${r.date})` : ''}`;
    return [r.url ? `${text}[${accessPlaceholders.iso}].${r.url}.` : r.date ? `${text}.` : text];
  }
  // An undated work gives no (date); the date cited stays.
  let text = `${withStop(r.author)} ${r.title}[EB/OL].${r.date ? ` (${r.date})` : ''}`;
  text += r.url ? `${r.date ? '' : ' '}[${accessPlaceholders.iso}]. ${r.url}.` : r.date ? '.' : '';
  return [text];
}

const bibtexEscapes: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/** Escapes the characters TeX treats specially, so a title prints as written. */
export const escapeBibtex = (text: string): string => text.replace(/[\\{}%&$#_^~]/g, (c) => bibtexEscapes[c]!);

/** Lower-case ASCII words joined by hyphens: "Huang Wénjūn" → "huang-wenjun", "interviewEn" → "interview-en". */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * "enforcing-livelihood-cases:the-interview": the author's first three words and the record's id.
 * No date in it, so the key survives updates; ASCII only, so every BibTeX reads it.
 */
export function bibtexKey(r: CitationRecord): string {
  const author = asciiSlug(r.keyAuthor ?? r.author).split('-').slice(0, 3).join('-') || 'anonymous';
  return `${author}:${asciiSlug(r.id) || 'item'}`;
}

const bibtexMonths = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** BibTeX @misc, readable by BibTeX and biblatex alike (month as the standard macro, url for both). */
export function bibtex(r: CitationRecord): CitationPart[] {
  // Double braces keep a corporate author whole and a title's capitals as written.
  const fields: [string, string][] = [
    ['author', `{{${escapeBibtex(r.author)}}}`],
    ['title', `{{${escapeBibtex(r.title)}}}`],
  ];
  if (r.date) {
    const { year, month } = datePartsOf(r.date);
    fields.push(['year', `{${year}}`], ['month', bibtexMonths[month - 1]!]);
  }
  const website = distinctWebsite(r);
  if (website) fields.push(['howpublished', `{${escapeBibtex(website)}}`]);
  if (r.url) fields.push(['url', `{${r.url}}`]);
  const notes = [
    r.untitled && 'Untitled; the title describes the item',
    !r.date && 'Undated',
    r.updated && `Last modified ${r.date}`,
    r.url && `Accessed [${accessPlaceholders.iso}]`,
  ].filter(Boolean);
  if (notes.length) fields.push(['note', `{${escapeBibtex(notes.join('. '))}}`]);
  return [`@misc{${bibtexKey(r)},\n${fields.map(([name, value]) => `  ${name} = ${value},`).join('\n')}\n}`];
}

const styles: Record<CitationStyle, { label: string; name: string; format: (r: CitationRecord) => CitationPart[] }> = {
  apa: { label: 'APA (7th edition)', name: 'APA', format: apa },
  chicago: { label: 'Chicago (author-date)', name: 'Chicago', format: chicago },
  gbt: { label: 'GB/T 7714-2015', name: 'GB/T 7714', format: gbt },
  bibtex: { label: 'BibTeX', name: 'BibTeX', format: bibtex },
};

/** The record in every style, in a fixed order: the edition's (GB/T 7714 first in Chinese), labelled in its words. */
export function citationsFor(r: CitationRecord, locale: Locale = 'en'): Citation[] {
  if (locale === 'en') {
    return citationStyles.map((style) => ({ style, label: styles[style].label, name: styles[style].name, parts: styles[style].format(r) }));
  }
  const { order, labels } = editionWords[locale].citationStyles;
  return order.map((style) => ({ style, label: labels[style].label, name: labels[style].name, parts: styles[style].format(r) }));
}

/** The explainer's name in an edition other than English, for citing its pages there (the interface's words give it). */
export interface EditionSite {
  locale: WordsLocale;
  /** The edition's title of the explainer. */
  title: string;
  /** The corporate author, in the edition's words: the site's own name, as in English. */
  publisher: string;
}

/** Chinese pages are different works from the English ones: their own ids, their addresses, the English name for the key. */
const editionRecord = (edition: EditionSite) => ({ author: edition.publisher, language: edition.locale, keyAuthor: site.publisher });

/** The whole explainer, dated by its latest changelog entry; in another edition, that edition's front page, titled in its words. */
export function explainerRecord(siteUrl: string | URL, updated: string, edition?: EditionSite): CitationRecord {
  if (edition) {
    return {
      id: `explainer-${edition.locale}`,
      ...editionRecord(edition),
      title: edition.title,
      date: updated,
      updated: true,
      url: absoluteUrl(siteUrl, localePath(edition.locale, '/')),
      titleTranslation: site.title,
    };
  }
  return { id: 'explainer', author: site.publisher, title: site.title, date: updated, updated: true, url: absoluteUrl(siteUrl, '/') };
}

/**
 * One section, as a page of the explainer's website. In another edition `section.path` is the edition's address
 * (/zh/sections/…/), and `section.englishTitle`, where given, is the English edition's title of the same section.
 */
export function sectionRecord(
  siteUrl: string | URL,
  updated: string,
  section: { slug: string; title: string; path: string; englishTitle?: string },
  edition?: EditionSite,
): CitationRecord {
  const page = { title: section.title, date: updated, updated: true, url: absoluteUrl(siteUrl, section.path) };
  if (edition) {
    return {
      id: `${section.slug}-${edition.locale}`,
      ...editionRecord(edition),
      ...page,
      website: edition.title,
      ...(section.englishTitle !== undefined && { titleTranslation: section.englishTitle }),
    };
  }
  return {
    id: section.slug,
    author: site.publisher,
    title: section.title,
    website: site.title,
    date: updated,
    updated: true,
    url: absoluteUrl(siteUrl, section.path),
  };
}

/**
 * A source from src/data/sources.ts. Its short name is its publisher ("China News Network");
 * the records hold no address, so none is given (and so no access date). An undated
 * source is cited n.d.; a date known only to the year is too vague to cite.
 */
export function sourceCitationRecord(source: SourceRecord, locale: Locale = 'en'): CitationRecord {
  if (source.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(source.date)) {
    throw new Error(`src/data/sources.ts: source "${source.id}": field "date": a citation needs a full YYYY-MM-DD date or none`);
  }
  // A Chinese source, cited in another edition, takes that edition's words; a work is cited in its own language,
  // so the English item is cited in English in every edition.
  if (locale !== 'en' && source.language === 'zh') {
    const w = sourceWords(source.id as SourceId, locale);
    return {
      id: source.id,
      // A citation names a periodical without its 书名号 (《中国审判》 in prose, 中国审判 in a reference list).
      author: w.shortName.replace(/[《》]/g, ''),
      title: w.title,
      untitled: source.titleIsDescription,
      ...(source.date && { date: source.date }),
      language: 'zh',
      keyAuthor: source.shortName,
    };
  }
  return {
    id: source.id,
    author: source.shortName,
    title: source.title,
    untitled: source.titleIsDescription,
    ...(source.date && { date: source.date }),
  };
}
