/**
 * What a page tells link previews and search engines: its share card, Open Graph type,
 * and, for the explainer and its sections, schema.org Article metadata (JSON-LD).
 * Pure: URLs come from Astro's `site`, passed in; dates come from the changelog.
 */
import { changelog, getSource } from '../data/index';
import { explainerShareCard, shareCard, shareImageSize, type ShareCard } from './shareImage';
import type { Section } from '../mdx/sections';
import { absoluteUrl } from '../lib/site';
import { localeInfo, localePath, type Locale } from '../lib/locale';
import { ui } from '../i18n/ui';

/** A page's share metadata: its card and whether it is an article (the explainer, a section) or not. */
export interface PageShare {
  card: ShareCard;
  article: boolean;
}

/** First publication is the oldest changelog entry; the newest is the latest update. */
export const datePublished = (): string => changelog[changelog.length - 1]!.date;
export const dateModified = (): string => changelog[0]!.date;

/**
 * A section's card, in the section's edition. The edition is localeOfSection's (src/mdx/sections.ts), read here
 * from the collection so this module stays free of astro:content (the font script and unit tests load it).
 */
export const sectionShareCard = (section: Section): ShareCard =>
  shareCard({ slug: section.data.slug, title: section.data.title, keyFigure: section.data.keyFigure, locale: section.collection === 'sectionsZh' ? 'zh' : 'en' });

export const explainerShare = (locale: Locale): PageShare => ({ card: explainerShareCard(locale), article: true });
export const sectionShare = (section: Section): PageShare => ({ card: sectionShareCard(section), article: true });
/** Pages that are not part of the reading (data, source, 404) share their edition's explainer card. */
export const defaultShare = (locale: Locale): PageShare => ({ card: explainerShareCard(locale), article: false });

/** The source report, as schema.org describes what an article is based on. */
function sourceReport(): Record<string, unknown> {
  const source = getSource('interviewEn');
  return {
    '@type': 'NewsArticle',
    // The item has no headline, so its description is not passed off as one.
    [source.titleIsDescription ? 'description' : 'headline']: source.title,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.date && { datePublished: source.date }),
    inLanguage: source.language,
  };
}

/** schema.org Article of the explainer (no `partOf`) or of one of its sections. */
export function articleJsonLd({
  siteUrl,
  headline,
  description,
  path,
  imagePath,
  partOfExplainer,
  locale,
}: {
  siteUrl: string | URL;
  headline: string;
  description: string;
  path: string;
  imagePath: string;
  partOfExplainer: boolean;
  locale: Locale;
}): Record<string, unknown> {
  const url = absoluteUrl(siteUrl, path);
  const home = absoluteUrl(siteUrl, localePath(locale, '/'));
  const organisation = { '@type': 'Organization', name: ui[locale].siteTitle, url: home };
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline,
    description,
    url,
    mainEntityOfPage: url,
    image: { '@type': 'ImageObject', url: absoluteUrl(siteUrl, imagePath), ...shareImageSize },
    datePublished: datePublished(),
    dateModified: dateModified(),
    inLanguage: localeInfo[locale].contentLanguage,
    author: organisation,
    publisher: organisation,
    isBasedOn: sourceReport(),
    ...(partOfExplainer && { isPartOf: { '@type': 'Article', headline: ui[locale].siteTitle, url: home } }),
  };
}

/** JSON for a <script> element: "<" escaped so no string in it can close the element. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
