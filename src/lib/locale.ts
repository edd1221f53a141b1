/**
 * The site's editions. English lives at the root (`/sections/…`), every other edition
 * under its prefix (`/zh/sections/…`), page for page. A component knows its edition
 * from the address it renders (`localeOf(Astro.url)`), so no prop threads it through.
 */
export const locales = ['en', 'zh'] as const;
export type Locale = (typeof locales)[number];

export interface LocaleInfo {
  /** BCP 47 tag for `lang` and `hreflang`: the script is what matters for Chinese (zh-Hans, not zh-CN). */
  lang: string;
  /** Open Graph's form: language_TERRITORY with an underscore. */
  ogLocale: string;
  /** The prose's language for schema.org's inLanguage: English is British English. */
  contentLanguage: string;
  /** The tag Intl formats with (`zh` alone resolves to zh-Hans-CN anyway; name it). */
  intl: string;
  /** The path prefix, '' for the default edition. */
  prefix: string;
  /** The edition's name in its own language, for the language switch. */
  autonym: string;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
  en: { lang: 'en', contentLanguage: 'en-GB', ogLocale: 'en_GB', intl: 'en-GB', prefix: '', autonym: 'English' },
  zh: { lang: 'zh-Hans', contentLanguage: 'zh-Hans', ogLocale: 'zh_CN', intl: 'zh-CN', prefix: '/zh', autonym: '简体中文' },
};

export const defaultLocale: Locale = 'en';

/** Where an edition's sections live: content/sections/ for English, content/<prefix>/sections/ for the others. */
export const sectionsFolder = (locale: Locale): string => `content${localeInfo[locale].prefix}/sections`;

/** The edition an address belongs to. */
export function localeOf(url: URL | string): Locale {
  const pathname = typeof url === 'string' ? url : url.pathname;
  return locales.find((l) => l !== defaultLocale && (pathname === localeInfo[l].prefix || pathname.startsWith(`${localeInfo[l].prefix}/`))) ?? defaultLocale;
}

/** An address without its edition's prefix: the same page's path in the default edition. */
export function unlocalizedPath(pathname: string): string {
  const { prefix } = localeInfo[localeOf(pathname)];
  return pathname.slice(prefix.length) || '/';
}

/** A site path (as the English edition writes it, starting with '/') in `locale`'s edition. */
export const localePath = (locale: Locale, path: string): string => `${localeInfo[locale].prefix}${path}`;

/**
 * The same page in every edition, for `<link rel="alternate" hreflang>`: each edition's absolute
 * address, then x-default (the default edition, for readers of any other language). Every edition's
 * page lists the same set, so the links are reciprocal, as search engines require.
 */
export function alternatesOf(pathname: string, siteUrl: string | URL): { hreflang: string; href: string }[] {
  const path = unlocalizedPath(pathname);
  const href = (locale: Locale) => new URL(localePath(locale, path), siteUrl).href;
  return [...locales.map((l) => ({ hreflang: localeInfo[l].lang, href: href(l) })), { hreflang: 'x-default', href: href(defaultLocale) }];
}
