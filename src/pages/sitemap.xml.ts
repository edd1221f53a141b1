/**
 * /sitemap.xml: every page a reader can land on. Not listed: 404.html, and the redirect
 * pages of renamed sections (they point at pages that are listed).
 */
import type { APIRoute } from 'astro';
import { lastUpdated } from '../data/index';
import { getSections, sectionPath } from '../mdx/sections';
import { sitemapXml } from '../lib/sitemap';

export const GET: APIRoute = async ({ site }) => {
  const sections = await getSections();
  // A new top-level page goes here too; tests/site/share.test.ts fails until it does.
  const paths = ['/', ...sections.map(sectionPath), '/data/', '/source/'];
  return new Response(sitemapXml(site!, paths, lastUpdated), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
