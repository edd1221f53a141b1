import type { APIRoute } from 'astro';
import { sourceTexts } from '../../data/sourceText';

/** The English item exactly as published, for anyone who wants to check it with their own tools. */
export const GET: APIRoute = () =>
  new Response(sourceTexts['interview-en'], { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
