/** Bytes a page needs, for the byte budgets: its scripts (following imports) and its HTML. */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipBytes } from '../../scripts/bench-lib.mjs';
import { importSpecifiers, pageScripts } from '../../src/integrations/pageScripts.mjs';
import { distDir, readDist } from './dist';

export { gzipBytes };

/** Every JavaScript file or inline script a page runs, each once, with its code (imports followed). */
export function scriptsRun(sitePath: string): { name: string; code: string }[] {
  const { src, inline } = pageScripts(readDist(sitePath));
  const files = new Map<string, string>();
  const follow = (url: string) => {
    if (files.has(url)) return;
    const code = readFileSync(join(distDir, url), 'utf8');
    files.set(url, code);
    for (const spec of importSpecifiers(code)) follow(posix.join(posix.dirname(url), spec));
  };
  src.forEach(follow);
  for (const code of inline) importSpecifiers(code).forEach(follow);
  return [...inline.map((code, i) => ({ name: `inline #${i + 1}`, code })), ...[...files].map(([name, code]) => ({ name, code }))];
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
  const scripts = scriptsRun(sitePath).reduce((sum, s) => sum + gzipBytes(s.code), 0);
  const assets = pageAssets(sitePath).reduce((sum, url) => sum + gzipBytes(readFileSync(join(distDir, url))), 0);
  return { html, scripts, assets, total: html + scripts + assets };
}
