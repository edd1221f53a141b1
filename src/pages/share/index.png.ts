/** /share/index.png: the whole explainer's share card, drawn at build time. */
import type { APIRoute } from 'astro';
import { explainerShareCard } from '../../share/shareImage';
import { shareCardResponse } from '../../share/sharePng';

export const GET: APIRoute = () => shareCardResponse(explainerShareCard('en'));
