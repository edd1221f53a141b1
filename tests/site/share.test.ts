/**
 * Sharing and finding the built site, in both editions: Open Graph and Twitter tags with
 * absolute URLs, the share images they name (real 1200×630 PNGs, each edition's own),
 * Article JSON-LD, the sitemap, robots.txt, and published section slugs that keep resolving.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { changelog } from '../../src/data/index';
import { ui } from '../../src/i18n/ui';
import { hasCjk } from '../../src/lib/cjk';
import { localeInfo, localeOf, localePath, locales, type Locale } from '../../src/lib/locale';
import { cardPages } from '../../scripts/fonts/characters';
import { assertBuilt, page, pagePaths, readDist, sectionsFromContent, distDir } from '../helpers/dist';
import { pngSize } from '../helpers/png';
import { projectRoot } from '../helpers/build';

/** The site URL the build used: astro.config.mjs reads the same variable with the same default. */
const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:4321').href;
const sections = sectionsFromContent();
/** Each edition's section slugs, from its MDX files. */
const slugsOf: Record<Locale, string[]> = { en: sections.map((s) => s.slug), zh: cardPages(projectRoot, 'zh').map((s) => s.slug) };
/** Each edition's explainer and section pages, the articles. */
const articlePaths = locales.flatMap((l) => [localePath(l, '/'), ...slugsOf[l].map((slug) => localePath(l, `/sections/${slug}/`))]);

beforeAll(assertBuilt);

const isRedirect = (doc: HTMLElement): boolean => doc.querySelector('meta[http-equiv="refresh"]') !== null;
const meta = (doc: HTMLElement, key: string): string | undefined =>
  (doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`))?.getAttribute('content');

/** Every page a reader can land on (redirect pages of renamed sections aside). */
const pages = pagePaths().filter((p) => !isRedirect(page(p)));

describe('share metadata on every page', () => {
  test.each(pages)('%s has Open Graph and Twitter tags with absolute URLs on the site', (path) => {
    const doc = page(path);
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical?.startsWith(siteUrl), `canonical ${canonical}`).toBe(true);
    expect(meta(doc, 'og:url')).toBe(canonical);
    for (const key of ['og:url', 'og:image', 'twitter:image']) expect(meta(doc, key)?.startsWith(siteUrl), key).toBe(true);
    expect(meta(doc, 'twitter:image')).toBe(meta(doc, 'og:image'));

    const description = meta(doc, 'description');
    expect(meta(doc, 'og:description')).toBe(description);
    expect(meta(doc, 'twitter:description')).toBe(description);
    // The full title, as the page's h1 reads (<title> may use a short form to stay within 70 characters).
    expect(meta(doc, 'og:title')).toBe(doc.querySelector('h1')!.text.trim());
    expect(meta(doc, 'twitter:title')).toBe(meta(doc, 'og:title'));

    expect(meta(doc, 'og:type')).toBe(articlePaths.includes(path) ? 'article' : 'website');
    const locale = localeOf(path);
    expect(meta(doc, 'og:site_name')).toBe(ui[locale].siteTitle);
    expect(meta(doc, 'og:locale')).toBe(localeInfo[locale].ogLocale);
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect([meta(doc, 'og:image:width'), meta(doc, 'og:image:height'), meta(doc, 'og:image:type')]).toEqual(['1200', '630', 'image/png']);
    expect(meta(doc, 'og:image:alt')?.length).toBeGreaterThan(10);
    expect(meta(doc, 'twitter:image:alt')).toBe(meta(doc, 'og:image:alt'));
  });

  test.each(pages)('%s names a share image that is a 1200×630 PNG in dist', (path) => {
    const image = new URL(meta(page(path), 'og:image')!);
    const file = join(distDir, image.pathname);
    expect(existsSync(file), image.pathname).toBe(true);
    expect(pngSize(readFileSync(file))).toEqual({ width: 1200, height: 630 });
  });

  test.each(locales)('%s: the explainer and each section have their own image; other pages share the explainer’s, all in the edition', (locale) => {
    const imageOf = (path: string) => new URL(meta(page(path), 'og:image')!).pathname;
    expect(imageOf(localePath(locale, '/'))).toBe(localePath(locale, '/share/index.png'));
    for (const slug of slugsOf[locale]) expect(imageOf(localePath(locale, `/sections/${slug}/`))).toBe(localePath(locale, `/share/${slug}.png`));
    const others = pages.filter((p) => localeOf(p) === locale && !articlePaths.includes(p));
    expect(others.length).toBeGreaterThan(0);
    for (const path of others) expect(imageOf(path), path).toBe(localePath(locale, '/share/index.png'));
  });

  test.each(locales)('%s: one share image per section plus the explainer’s, and no other', (locale) => {
    const images = readdirSync(join(distDir, localePath(locale, '/share'))).sort();
    expect(images).toEqual(['index.png', ...slugsOf[locale].map((slug) => `${slug}.png`)].sort());
  });

  test('a Chinese page describes its card in Chinese, and its card is a Chinese one (not the English card)', () => {
    for (const path of pages.filter((p) => localeOf(p) === 'zh')) {
      const alt = meta(page(path), 'og:image:alt')!;
      expect(alt, path).toMatch(/^“[^”]+”。/);
      expect(hasCjk(alt.replace(/^“[^”]+”/, '')), path).toBe(true);
      expect(alt, path).toMatch(/。$/);
    }
    const zh = readFileSync(join(distDir, 'zh', 'share', 'index.png'));
    expect(zh.equals(readFileSync(join(distDir, 'share', 'index.png')))).toBe(false);
  });
});

describe('the English cards', () => {
  // Drawn from the same words with the same DejaVu fonts as before the Chinese cards came: byte for byte the PNGs of
  // a build of 17d53da. A change to an English title, figure or the card's layout changes a digest: look at the new
  // card, then update the file (vitest -u).
  test('are byte-identical to the recorded cards (SHA-256 of each PNG)', async () => {
    const digests = readdirSync(join(distDir, 'share'))
      .sort()
      .map((name) => `${createHash('sha256').update(readFileSync(join(distDir, 'share', name))).digest('hex')}  ${name}`);
    await expect(`${digests.join('\n')}\n`).toMatchFileSnapshot('__snapshots__/share-cards-en.sha256');
  });
});

describe('Article JSON-LD', () => {
  const jsonLd = (path: string) => page(path).querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.text));

  test.each(articlePaths)('%s is an Article with its headline, URL, image, dates and source', (path) => {
    const doc = page(path);
    const [data, ...rest] = jsonLd(path);
    expect(rest).toEqual([]);
    expect(data['@context']).toBe('https://schema.org');
    expect(data['@type']).toBe('Article');
    expect(data.headline).toBe(meta(doc, 'og:title'));
    expect(data.description).toBe(meta(doc, 'description'));
    expect(data.url).toBe(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(data.image.url).toBe(meta(doc, 'og:image'));
    expect([data.datePublished, data.dateModified]).toEqual([changelog[changelog.length - 1]!.date, changelog[0]!.date]);
    const home = new URL(localePath(localeOf(path), '/'), siteUrl).href;
    expect(data.publisher).toEqual({ '@type': 'Organization', name: ui[localeOf(path)].siteTitle, url: home });
    expect(data.isBasedOn['@type']).toBe('NewsArticle');
    expect(data.isBasedOn.datePublished).toBeUndefined();
    if (path === localePath(localeOf(path), '/')) expect(data.isPartOf).toBeUndefined();
    else expect(data.isPartOf.url).toBe(home);
  });

  test('other pages carry none', () => {
    for (const path of pages.filter((p) => !articlePaths.includes(p))) expect(jsonLd(path), path).toEqual([]);
  });
});

describe('sitemap.xml and robots.txt', () => {
  const locs = [...readDist('/sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);

  test('the sitemap lists every page, once, by absolute URL (not 404 or redirects)', () => {
    const expected = pages.filter((p) => !p.endsWith('/404.html')).map((p) => new URL(p, siteUrl).href);
    expect([...locs].sort()).toEqual(expected.sort());
    expect(new Set(locs).size).toBe(locs.length);
  });

  test('each entry is dated by the latest update', () => {
    const lastmods = [...readDist('/sitemap.xml').matchAll(/<lastmod>([^<]+)<\/lastmod>/g)].map((m) => m[1]);
    expect(lastmods).toEqual(locs.map(() => changelog[0]!.date));
  });

  test('robots.txt points to it', () => {
    expect(readDist('/robots.txt')).toContain(`Sitemap: ${new URL('/sitemap.xml', siteUrl).href}\n`);
  });
});

describe('published slugs', () => {
  const published = JSON.parse(readFileSync(join(distDir, '..', 'content', 'published-slugs.json'), 'utf8')) as {
    slugs: string[];
    redirects: Record<string, string>;
  };

  test.each(published.slugs)('/sections/%s/ resolves to its section or to a redirect to it', (slug) => {
    const doc = page(`/sections/${slug}/`);
    if (!isRedirect(doc)) {
      expect(doc.querySelector('h1')?.text).toBe(sections.find((s) => s.slug === slug)?.title);
      return;
    }
    const target = published.redirects[slug]!;
    expect(doc.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=/sections/${target}/`);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(new URL(`/sections/${target}/`, siteUrl).href);
    expect(page(`/sections/${target}/`).querySelector('h1')?.text).toBe(sections.find((s) => s.slug === target)?.title);
  });
});
