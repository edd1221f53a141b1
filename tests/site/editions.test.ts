/**
 * The two editions as a search engine and a reader switching language see them: every page in one
 * edition has its counterpart in the other at the mirrored address, each names itself and the other with
 * reciprocal hreflang links and its own canonical, says its language, links to its counterpart, and both
 * are in the sitemap. A Chinese address that has no page answers with the Chinese 404 page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { assertBuilt, distDir, page, pagePaths, readDist } from '../helpers/dist';

const siteUrl = new URL(process.env.SITE_URL ?? 'http://localhost:4321').href;
const isRedirect = (doc: HTMLElement): boolean => doc.querySelector('meta[http-equiv="refresh"]') !== null;
const notFound = ['/404.html', '/zh/404.html'];

beforeAll(assertBuilt);

const readerPages = () => pagePaths().filter((p) => !notFound.includes(p) && !isRedirect(page(p)));
const english = () => readerPages().filter((p) => !p.startsWith('/zh/'));
const chinese = () => readerPages().filter((p) => p.startsWith('/zh/'));
const absolute = (path: string) => new URL(path, siteUrl).href;

describe('every page has its counterpart', () => {
  test('the Chinese edition mirrors every English address, and adds none', () => {
    expect(english().length).toBeGreaterThanOrEqual(13);
    expect(chinese().map((p) => p.slice('/zh'.length)).sort()).toEqual(english().sort());
  });

  test.each(readerPages())('%s says its language, names both editions reciprocally and links to its counterpart', (path) => {
    const doc = page(path);
    const isZh = path.startsWith('/zh/');
    const [en, zh] = isZh ? [path.slice('/zh'.length), path] : [path, `/zh${path}`];
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(isZh ? 'zh-Hans' : 'en');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(absolute(path));
    const alternates = Object.fromEntries(doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    expect(alternates).toEqual({ en: absolute(en), 'zh-Hans': absolute(zh), 'x-default': absolute(en) });
    // The counterpart lists this page back (reciprocity), from its own file.
    const back = page(isZh ? en : zh).querySelector(`link[rel="alternate"][hreflang="${isZh ? 'zh-Hans' : 'en'}"]`)?.getAttribute('href');
    expect(back).toBe(absolute(path));
    expect(doc.querySelector('meta[property="og:locale"]')?.getAttribute('content')).toBe(isZh ? 'zh_CN' : 'en_GB');
    expect(doc.querySelector('meta[property="og:locale:alternate"]')?.getAttribute('content')).toBe(isZh ? 'en_GB' : 'zh_CN');
    // WeChat and QQ build a link card from the microdata where they ignore Open Graph: the same title, text and image.
    for (const [prop, og] of [['name', 'og:title'], ['description', 'og:description'], ['image', 'og:image']]) {
      expect(doc.querySelector(`meta[itemprop="${prop}"]`)?.getAttribute('content'), prop).toBe(doc.querySelector(`meta[property="${og}"]`)?.getAttribute('content'));
    }
    const link = doc.querySelector('a.edition-link');
    expect(link?.getAttribute('href')).toBe(isZh ? en : zh);
    expect([link?.getAttribute('hreflang'), link?.getAttribute('lang')]).toEqual(isZh ? ['en', 'en'] : ['zh-Hans', 'zh-Hans']);
  });

  test('a Chinese page’s <title> is Chinese and reads on its own, as WeChat shows it', () => {
    for (const path of chinese()) {
      const title = page(path).querySelector('title')!.text;
      expect(title, path).toMatch(/\p{Script=Han}/u);
      expect(title, path).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});

describe('both editions are found', () => {
  test('the sitemap lists every page of both editions', () => {
    const locs = [...readDist('/sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.sort()).toEqual(readerPages().map(absolute).sort());
  });

  test('each edition has its own 404 page, in its language, where hosts look for it, with no hreflang', () => {
    for (const path of notFound) {
      const doc = page(path);
      expect(doc.querySelector('html')?.getAttribute('lang'), path).toBe(path.startsWith('/zh/') ? 'zh-Hans' : 'en');
      expect(doc.querySelectorAll('link[rel="alternate"][hreflang]'), path).toHaveLength(0);
    }
    expect(page('/zh/404.html').querySelector('h1')?.text).toBe('找不到页面');
    expect(existsSync(join(distDir, 'zh', '404'))).toBe(false);
  });
});
