/**
 * Security of the built pages: a Content Security Policy, and safe links to other hosts.
 *
 * The Content Security Policy of the built pages. The site is static HTML, so each page
 * carries its policy in a <meta http-equiv="Content-Security-Policy"> written after the build:
 * scripts and styles load from the site itself or are inline blocks allowed by their SHA-256
 * hash. No 'unsafe-inline', no 'unsafe-eval', nothing from another host.
 *
 * A hash cannot allow a style attribute, an event-handler attribute or a javascript: URL, so
 * a page with one fails the build, naming the file and the tag.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { filesUnder } from './files';
import { inlineStyles, pageScripts } from './pageScripts.mjs';

/** CSP source expression for an inline block: 'sha256-<base64>' of its exact text. */
export const hashSource = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Markup a hash-based policy cannot allow: style="…", on…="…" handlers, javascript: URLs. */
export function unhashableInline(html: string): string[] {
  const withoutScripts = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const problems: string[] = [];
  for (const [tag] of withoutScripts.matchAll(/<[a-zA-Z][\w:-]*\s[^>]*>/g)) {
    const shown = tag.length > 120 ? `${tag.slice(0, 117)}...` : tag;
    if (/\sstyle\s*=/i.test(tag)) problems.push(`inline style attribute (use a class): ${shown}`);
    if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`event-handler attribute (use a module script): ${shown}`);
    if (/=\s*["']?\s*javascript:/i.test(tag)) problems.push(`javascript: URL: ${shown}`);
  }
  return problems;
}

/** The policy for one page, given its inline blocks. */
export function policyFor(html: string): string {
  const scripts = pageScripts(html).inline;
  const styles = inlineStyles(html);
  const sources = (texts: string[]) => ["'self'", ...new Set(texts.map(hashSource))].join(' ');
  return [
    "default-src 'none'",
    `script-src ${sources(scripts)}`,
    `style-src ${sources(styles)}`,
    // blob: for the chart PNG export, which draws the chart's SVG through an <img>.
    "img-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // No manifest-src: the site has no manifest, default-src 'none' covers one, and WebKit logs it as unknown.
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with its policy as the first thing after <meta charset>, before any script or style. */
export function withPolicy(html: string, file: string): string {
  const problems = unhashableInline(html);
  if (problems.length) {
    throw new Error(`${file}: the Content Security Policy cannot allow:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
  const charset = html.match(/<meta charset="utf-8"\s*\/?>/i);
  if (!charset) throw new Error(`${file}: no <meta charset="utf-8"> to put the Content Security Policy after`);
  const at = charset.index! + charset[0].length;
  return html.slice(0, at) + policyMeta(policyFor(html)) + html.slice(at);
}

// The policy has no quote or ampersand (keywords, hashes in base64, blob:), so it needs no escaping.
const policyMeta = (policy: string): string => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
const policyMetaPattern = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/g;

/**
 * The policy withPolicy() wrote into a built page, read back so a host can send that exact policy as a
 * header (src/integrations/hosting.ts). Throws unless the page has exactly one.
 */
export function pagePolicy(html: string, file: string): string {
  const found = [...html.matchAll(policyMetaPattern)];
  if (found.length !== 1) throw new Error(`${file}: expected one Content-Security-Policy <meta>, found ${found.length}`);
  return found[0]![1]!;
}

/** Links to other hosts get rel="noopener noreferrer": no access to this page, no Referer sent. */
export function withSafeExternalLinks(html: string, siteOrigin: string): string {
  return html.replace(/<a\b[^>]*>/gi, (tag) => {
    const href = tag.match(/\shref\s*=\s*"([^"]*)"/i)?.[1];
    if (!href || !/^https?:\/\//i.test(href) || new URL(href).origin === siteOrigin) return tag;
    const rel = tag.match(/\srel\s*=\s*"([^"]*)"/i);
    const values = new Set([...(rel?.[1]!.split(/\s+/).filter(Boolean) ?? []), 'noopener', 'noreferrer']);
    const attribute = ` rel="${[...values].join(' ')}"`;
    return rel ? tag.replace(rel[0], attribute) : tag.replace(/^<a\b/i, `<a${attribute}`);
  });
}

/**
 * Astro integration: after the build, marks external links and writes each page's policy
 * into it (last, so the policy hashes the final markup). The dev server sends no policy.
 */
export function securePages(): AstroIntegration {
  let siteOrigin = '';
  return {
    name: 'secure-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteOrigin = new URL(config.site!).origin;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await filesUnder(root)).filter((f) => f.endsWith('.html'));
        for (const file of files) {
          const html = await readFile(join(root, file), 'utf8');
          await writeFile(join(root, file), withPolicy(withSafeExternalLinks(html, siteOrigin), join('dist', file)));
        }
        logger.info(`Content Security Policy and safe external links written into ${files.length} pages`);
      },
    },
  };
}
