/** Article JSON-LD, the sitemap and robots.txt, against hand-written expectations. */
import { beforeEach, describe, expect, test } from 'vitest';
import { articleJsonLd, dateModified, datePublished, defaultShare, explainerShare, jsonForScript, sectionShare } from '../../../src/share/shareMeta';
import { explainerShareCard } from '../../../src/share/shareImage';
import { robotsTxt, sitemapXml } from '../../../src/lib/sitemap';
import { changelog } from '../../../src/data/index';
import { site } from '../../../src/lib/site';

describe('articleJsonLd', () => {
  test('a Chinese section is in zh-Hans, part of the Chinese edition, published by it', () => {
    const zh = articleJsonLd({ siteUrl: 'https://example.org', headline: 'h', description: 'd', path: '/zh/sections/a/', imagePath: '/zh/share/a.png', partOfExplainer: true, locale: 'zh' });
    expect(zh).toMatchObject({ inLanguage: 'zh-Hans', isPartOf: { url: 'https://example.org/zh/' }, publisher: { url: 'https://example.org/zh/' } });
    expect((zh.publisher as { name: string }).name).toMatch(/^[\p{Script=Han}\d]+$/u);
  });

  let section: ReturnType<typeof articleJsonLd>;
  beforeEach(() => {
    section = articleJsonLd({
      siteUrl: 'https://example.org',
      headline: '2024 in numbers',
      description: 'What each figure says.',
      path: '/sections/in-numbers/',
      imagePath: '/share/in-numbers.png',
      partOfExplainer: true,
      locale: 'en',
    });
  });

  test('describes a section as an Article with absolute URLs, the changelog’s dates and the site as publisher', () => {
    const organisation = { '@type': 'Organization', name: site.publisher, url: 'https://example.org/' };
    expect(section).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: '2024 in numbers',
      description: 'What each figure says.',
      url: 'https://example.org/sections/in-numbers/',
      mainEntityOfPage: 'https://example.org/sections/in-numbers/',
      image: { '@type': 'ImageObject', url: 'https://example.org/share/in-numbers.png', width: 1200, height: 630 },
      datePublished: changelog[changelog.length - 1]!.date,
      dateModified: changelog[0]!.date,
      author: organisation,
      publisher: organisation,
      isPartOf: { '@type': 'Article', headline: site.title, url: 'https://example.org/' },
    });
  });

  test('is based on the source report, described (it has no headline) with its publisher, and undated', () => {
    // The English item carries no date, so no datePublished is claimed for it.
    expect(section.isBasedOn).toEqual({
      '@type': 'NewsArticle',
      description: 'English news item reporting an interview with Huang Wenjun (New Society)',
      publisher: { '@type': 'Organization', name: 'China News Network, reproduced by an outlook new era site' },
      inLanguage: 'en',
    });
  });

  test('the explainer itself is part of nothing', () => {
    const explainer = articleJsonLd({ siteUrl: 'https://example.org', headline: site.title, description: 'd', path: '/', imagePath: '/share/index.png', partOfExplainer: false, locale: 'en' });
    expect(explainer).not.toHaveProperty('isPartOf');
    expect(explainer.url).toBe('https://example.org/');
  });

  test('dates: first publication is the oldest changelog entry, the update the newest', () => {
    expect(datePublished() <= dateModified()).toBe(true);
    expect(dateModified()).toBe(changelog[0]!.date);
  });

  test('jsonForScript cannot close its <script> element', () => {
    expect(jsonForScript({ a: '</script><b>' })).toBe('{"a":"\\u003c/script>\\u003cb>"}');
    expect(JSON.parse(jsonForScript({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});

describe('sitemap and robots.txt', () => {
  test('the sitemap lists each path as an absolute URL with the last update', () => {
    expect(sitemapXml('https://example.org/', ['/', '/sections/a/', '/data/?x&y'], '2026-01-02')).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://example.org/</loc><lastmod>2026-01-02</lastmod></url>',
        '  <url><loc>https://example.org/sections/a/</loc><lastmod>2026-01-02</lastmod></url>',
        '  <url><loc>https://example.org/data/?x&#38;y</loc><lastmod>2026-01-02</lastmod></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  test('robots.txt allows everything and names the sitemap by absolute URL', () => {
    expect(robotsTxt('https://example.org')).toBe('User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n');
  });
});

describe('page share metadata', () => {
  test('the explainer and a section are articles; other pages share the explainer’s card but are not', () => {
    const section = { data: { slug: 'in-numbers', title: '2024 in numbers', keyFigure: 'livelihoodAmount' } } as Parameters<typeof sectionShare>[0];
    expect(explainerShare('en')).toEqual({ card: explainerShareCard('en'), article: true });
    expect(defaultShare('en')).toEqual({ card: explainerShareCard('en'), article: false });
    const share = sectionShare(section);
    expect(share.article).toBe(true);
    expect(share.card).toMatchObject({ imagePath: '/share/in-numbers.png', title: '2024 in numbers', figure: { text: 'about 51.7 billion yuan' } });
  });

  test('a Chinese page shares its edition’s card: a Chinese section its own, the others the Chinese explainer’s', () => {
    const section = { collection: 'sectionsZh', data: { slug: 'in-numbers', title: '数字', keyFigure: 'livelihoodAmount' } } as Parameters<typeof sectionShare>[0];
    expect(sectionShare(section).card).toMatchObject({ locale: 'zh', imagePath: '/zh/share/in-numbers.png', title: '数字', figure: { text: '约517亿元' } });
    expect(explainerShare('zh').card).toMatchObject({ locale: 'zh', imagePath: '/zh/share/index.png' });
    expect(defaultShare('zh')).toEqual({ card: explainerShareCard('zh'), article: false });
    const english = { collection: 'sections', data: section.data } as Parameters<typeof sectionShare>[0];
    expect(sectionShare(english).card.imagePath).toBe('/share/in-numbers.png');
  });

  test('an article says it is in British English, and claims no date for an undated source', () => {
    const article = articleJsonLd({ siteUrl: 'https://example.org', headline: 'h', description: 'd', path: '/sections/a/', imagePath: '/share/a.png', partOfExplainer: true, locale: 'en' });
    expect(article.inLanguage).toBe('en-GB');
    expect(Object.keys(article.isBasedOn as object)).not.toContain('datePublished');
    expect(Object.keys(article.isBasedOn as object)).not.toContain('headline');
  });

  test('the publisher’s address is the site’s root, whatever the page', () => {
    const article = articleJsonLd({ siteUrl: 'https://example.org/sections/', headline: 'h', description: 'd', path: '/sections/a/', imagePath: '/share/a.png', partOfExplainer: true, locale: 'en' });
    expect(article.url).toBe('https://example.org/sections/a/');
    expect(article.publisher).toMatchObject({ url: 'https://example.org/' });
    expect(article.isPartOf).toMatchObject({ url: 'https://example.org/' });
  });
});
