import { ui } from '../i18n/ui';

/** The English edition's name and standfirst, for what has one language (share cards, citations); the words live in src/i18n/ui.ts. */
export const site = {
  title: ui.en.siteTitle,
  /** The corporate author in citations: no person is named, so the site's own name stands for it. */
  publisher: ui.en.siteTitle,
  tagline: ui.en.tagline,
  /** Who gave the interview (the English item's "Executive Bureau" is the court's Enforcement Bureau, 执行局). */
  speaker: ui.en.speaker,
};

/** A site path's absolute URL on the public site (Astro's `site`, from SITE_URL, passed in). */
export const absoluteUrl = (siteUrl: string | URL, path: string): string => new URL(path, siteUrl).href;
