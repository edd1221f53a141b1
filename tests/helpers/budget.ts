/** Bytes a page needs, for the byte budgets: its scripts (following imports) and its HTML. */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir } from './server';
import { readDist } from './dist';

export const gzipBytes = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

/** Every JavaScript file or inline script a page runs, each once, with its code. */
export function pageScripts(sitePath: string): { name: string; code: string }[] {
  const html = readDist(sitePath);
  const seen = new Map<string, string>();
  const inline: { name: string; code: string }[] = [];
  const follow = (url: string) => {
    if (seen.has(url)) return;
    const code = readFileSync(join(distDir, url), 'utf8');
    seen.set(url, code);
    for (const [, spec] of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
      follow(posix.join(posix.dirname(url), spec!));
    }
  };
  for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/type="application\/(ld\+)?json"/.test(attrs!)) continue;
    const src = attrs!.match(/src="([^"]+)"/)?.[1];
    if (src) follow(src);
    else {
      inline.push({ name: `inline #${inline.length + 1}`, code: body! });
      for (const [, spec] of body!.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) follow(spec!);
    }
  }
  return [...inline, ...[...seen].map(([name, code]) => ({ name, code }))];
}

/** Files a page loads besides its scripts: stylesheets, icons, images, fonts (share images are only in meta tags: not loaded). */
export function pageAssets(sitePath: string): string[] {
  const html = readDist(sitePath);
  const links = [...html.matchAll(/<link\b[^>]*\brel="(?:stylesheet|icon|preload)"[^>]*>/g)].map(([tag]) => tag.match(/href="([^"]+)"/)?.[1]);
  const images = [...html.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)].map(([, src]) => src);
  return [...new Set([...links, ...images].filter((url): url is string => !!url && url.startsWith('/')))];
}

/** Everything a page loads, gzip: its HTML, every script it runs and every asset it fetches. */
export function pageWeight(sitePath: string): { html: number; scripts: number; assets: number; total: number } {
  const html = gzipBytes(readDist(sitePath));
  const scripts = pageScripts(sitePath).reduce((sum, s) => sum + gzipBytes(s.code), 0);
  const assets = pageAssets(sitePath).reduce((sum, url) => sum + gzipBytes(readFileSync(join(distDir, url))), 0);
  return { html, scripts, assets, total: html + scripts + assets };
}
