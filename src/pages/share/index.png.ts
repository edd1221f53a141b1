/** /share/index.png: the whole explainer's share card, drawn at build time. */
import type { APIRoute } from 'astro';
import { explainerShareCard, shareImageSvg } from '../../lib/shareImage';
import { renderSharePng } from '../../lib/sharePng';

export const GET: APIRoute = () =>
  new Response(renderSharePng(shareImageSvg(explainerShareCard())), { headers: { 'Content-Type': 'image/png' } });
