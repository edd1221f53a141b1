/** /zh/share/index.png: the whole Chinese explainer's share card, drawn at build time with the Noto Sans SC subset. */
import type { APIRoute } from 'astro';
import { explainerShareCard } from '../../../share/shareImage';
import { shareCardResponse } from '../../../share/sharePng';

export const GET: APIRoute = () => shareCardResponse(explainerShareCard('zh'));
