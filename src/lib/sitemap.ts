/** The sitemap and robots.txt as text. Pure: the site URL and page paths are passed in. */
import { absoluteUrl } from './site';

const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A sitemaps.org urlset: one absolute <loc> per page, each with the site's last update. */
export function sitemapXml(siteUrl: string | URL, paths: readonly string[], lastModified: string): string {
  const urls = paths.map((path) => `  <url><loc>${escapeXml(absoluteUrl(siteUrl, path))}</loc><lastmod>${lastModified}</lastmod></url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

/** Everything may be crawled; the sitemap is named by its absolute URL, as the protocol requires. */
export const robotsTxt = (siteUrl: string | URL): string => `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteUrl, '/sitemap.xml')}\n`;
