/** /robots.txt: crawling allowed everywhere, and where the sitemap is. */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/sitemap';

export const GET: APIRoute = ({ site }) => new Response(robotsTxt(site!), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
