/**
 * Pure helpers of `npm run bench` (scripts/bench.mjs): no files, no browser, so
 * tests/unit/scripts/bench-lib.test.ts can check them directly.
 */
import { gzipSync } from 'node:zlib';
import { inlineStyles, pageScripts } from '../src/integrations/pageScripts.mjs';

/** Gzip at level 9, one file or block at a time: the size the benchmark and the byte budgets (tests/helpers/budget.ts) count. */
export const gzipBytes = (data) => gzipSync(data, { level: 9 }).length;

/** UTF-8 bytes of a string (the HTML has Chinese, so characters ≠ bytes). */
export const rawBytes = (data) => (typeof data === 'string' ? Buffer.byteLength(data) : data.length);

/** Middle value; the mean of the two middle values for an even count. */
export function median(values) {
  if (values.length === 0) throw new Error('median of nothing');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** How much larger `value` is than `reference`, in percent (negative when smaller), to one decimal. */
export function percentAbove(value, reference) {
  if (!(reference > 0)) throw new Error(`percentAbove: the reference must be above 0, not ${reference}`);
  return Math.round((1000 * (value - reference)) / reference) / 10;
}

export const byteKinds = ['html', 'css', 'js', 'fonts', 'images', 'other'];

const extensionKinds = {
  '.html': 'html',
  '.css': 'css',
  '.js': 'js',
  '.mjs': 'js',
  '.woff2': 'fonts',
  '.woff': 'fonts',
  '.ttf': 'fonts',
  '.otf': 'fonts',
  '.svg': 'images',
  '.png': 'images',
  '.ico': 'images',
  '.jpg': 'images',
  '.jpeg': 'images',
  '.gif': 'images',
  '.webp': 'images',
  '.avif': 'images',
};

/**
 * Which kind a loaded resource counts as. Chromium's resource type decides, except that
 * it reports the favicon as "other": an extension we know wins over "other", so icons count as images.
 */
export function kindOf(resourceType, path) {
  const byType = { document: 'html', stylesheet: 'css', script: 'js', font: 'fonts', image: 'images' }[resourceType];
  if (byType) return byType;
  const ext = path.match(/\.[a-z0-9]+$/i)?.[0].toLowerCase();
  return (ext && extensionKinds[ext]) ?? 'other';
}

/** Executable inline scripts and inline styles, as bytes to report beside the files a page loads. */
export const inlineBlocks = (html) => [
  ...pageScripts(html).inline.map((code) => ({ kind: 'js', code })),
  ...inlineStyles(html).map((code) => ({ kind: 'css', code })),
];

/**
 * Totals by kind. `files` are what the page loaded ({ kind, raw, gzip }); `inline` blocks are
 * reported beside them (inlineCss, inlineJs) but not added to the total, since their bytes are
 * already inside the HTML document.
 */
export function summarize(files, inline = []) {
  const empty = () => ({ count: 0, raw: 0, gzip: 0 });
  const byKind = Object.fromEntries(byteKinds.map((k) => [k, empty()]));
  const total = empty();
  for (const f of files) {
    for (const bucket of [byKind[f.kind], total]) {
      bucket.count += 1;
      bucket.raw += f.raw;
      bucket.gzip += f.gzip;
    }
  }
  const inlineOf = (kind) =>
    inline
      .filter((b) => b.kind === kind)
      .reduce((s, b) => ({ count: s.count + 1, raw: s.raw + b.raw, gzip: s.gzip + b.gzip }), empty());
  return { byKind, inlineCss: inlineOf('css'), inlineJs: inlineOf('js'), total };
}

const rawTextElements = new Set(['script', 'style', 'textarea', 'title']);

/**
 * Offset of every start tag in the HTML source, in order. A small tokenizer, not a regex, so that
 * a "<" inside a quoted attribute, a comment or a script's code is not taken for a tag.
 */
export function startTags(html) {
  const lower = html.toLowerCase();
  const tags = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const name = html.slice(lt + 1).match(/^[a-zA-Z][a-zA-Z0-9-]*/)?.[0];
    if (!name) {
      i = lt + 1; // </closing>, <!DOCTYPE> or a stray "<"
      continue;
    }
    // Walk the attributes, skipping quoted values, to the ">" that ends the tag.
    let j = lt + 1 + name.length;
    let quote = '';
    for (; j < html.length; j++) {
      const c = html[j];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    tags.push({ name: name.toLowerCase(), start: lt, end: j + 1 });
    i = j + 1;
    if (rawTextElements.has(name.toLowerCase())) {
      const close = lower.indexOf(`</${name.toLowerCase()}`, i);
      i = close < 0 ? html.length : close;
    }
  }
  return tags;
}

/**
 * The same HTML with `attr="<source offset>"` added to every start tag in <body>, so the browser
 * can say which source position an element came from (elements made by JavaScript have none).
 */
export function markStartTags(html, attr = 'data-bench-offset') {
  const tags = startTags(html);
  const bodyStart = tags.find((t) => t.name === 'body')?.start ?? 0;
  let out = '';
  let last = 0;
  for (const tag of tags) {
    if (tag.start < bodyStart) continue;
    const at = tag.start + 1 + tag.name.length;
    out += html.slice(last, at) + ` ${attr}="${tag.start}"`;
    last = at;
  }
  return out + html.slice(last);
}

/**
 * First-screen HTML: the document from its first byte up to, not including, the start tag of the
 * first element (in source order) whose top is at or below the fold. `cutOffset` is that element's
 * source offset; without one (the whole page fits) it is the whole document.
 */
export function firstScreen(html, cutOffset) {
  const prefix = cutOffset == null ? html : html.slice(0, cutOffset);
  return { raw: rawBytes(prefix), gzip: gzipBytes(prefix), ofRaw: rawBytes(html), cutAtChar: cutOffset ?? html.length };
}

/**
 * What the HTML itself asks for: module and classic scripts, stylesheets, images and icons.
 * Share images are only in <meta> tags, which no browser loads, so they are not here.
 */
export function referencedUrls(html) {
  const urls = [];
  const attr = (tag, name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1];
  urls.push(...pageScripts(html).src);
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    if ((rel.includes('stylesheet') || rel.includes('icon')) && attr(tag, 'href')) urls.push(attr(tag, 'href'));
  }
  for (const [tag] of html.matchAll(/<img\b[^>]*>/gi)) if (attr(tag, 'src')) urls.push(attr(tag, 'src'));
  return urls;
}

