/**
 * /sitemap.xml: every page a reader can land on, in every edition. Not listed: the 404 pages, and the
 * redirect pages of renamed sections (they point at pages that are listed).
 */
import type { APIRoute } from 'astro';
import { lastUpdated } from '../data/index';
import { getSections, sectionPath } from '../mdx/sections';
import { sitemapXml } from '../lib/sitemap';
import { localePath, locales } from '../lib/locale';

export const GET: APIRoute = async ({ site }) => {
  const paths: string[] = [];
  for (const locale of locales) {
    const sections = await getSections(locale);
    // A new top-level page goes here too; tests/site/share.test.ts fails until it does.
    const [home, data, source] = ['/', '/data/', '/source/'].map((path) => localePath(locale, path));
    paths.push(home!, ...sections.map(sectionPath), data!, source!);
  }
  return new Response(sitemapXml(site!, paths, lastUpdated), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
