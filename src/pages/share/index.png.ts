/** /share/index.png: the whole explainer's share card, drawn at build time. */
import type { APIRoute } from 'astro';
import { explainerShareCard, shareImageSvg } from '../../share/shareImage';
import { renderSharePng } from '../../share/sharePng';

export const GET: APIRoute = () =>
  new Response(renderSharePng(shareImageSvg(explainerShareCard())), { headers: { 'Content-Type': 'image/png' } });
