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
