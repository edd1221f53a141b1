/** The pure parts of `npm run bench` (scripts/bench-lib.mjs): what counts as what, and where the first screen ends. */
import { describe, expect, test } from 'vitest';
import {
  firstScreen,
  gzipBytes,
  inlineBlocks,
  kindOf,
  markStartTags,
  median,
  percentAbove,
  referencedUrls,
  startTags,
  summarize,
} from '../../../scripts/bench-lib.mjs';

test('median of three build times is the middle one; of an even count, the mean of the middle two', () => {
  expect(median([9.9, 11.1, 9.4])).toBe(9.9);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(() => median([])).toThrow();
});

test('percentAbove: how much larger a value is than its reference, to a tenth of a percent', () => {
  expect(percentAbove(1117, 835)).toBe(33.8);
  expect(percentAbove(755, 872)).toBe(-13.4);
  expect(percentAbove(900, 900)).toBe(0);
  expect(() => percentAbove(1, 0)).toThrow(/reference must be above 0/);
});

describe('kindOf', () => {
  test.each([
    ['document', '/', 'html'],
    ['script', '/_astro/a.js', 'js'],
    ['stylesheet', '/_astro/a.css', 'css'],
    ['font', '/f.woff2', 'fonts'],
    ['image', '/a.png', 'images'],
    // Chromium reports the favicon as "other": an icon still counts as an image.
    ['other', '/favicon.svg', 'images'],
    ['other', '/data/figures.json', 'other'],
  ])('%s %s → %s', (type, path, kind) => expect(kindOf(type, path)).toBe(kind));
});

test('inline blocks: executable scripts and styles, not JSON-LD or external scripts', () => {
  const html =
    '<script type="application/ld+json">{"a":1}</script><script>var t=1</script>' +
    '<script type="module">import "./x.js"</script><script type="module" src="/a.js"></script><style>p{}</style>';
  expect(inlineBlocks(html)).toEqual([
    { kind: 'js', code: 'var t=1' },
    { kind: 'js', code: 'import "./x.js"' },
    { kind: 'css', code: 'p{}' },
  ]);
});

test('referenced URLs: scripts, stylesheets, icons and images, never share images in meta tags', () => {
  const html =
    '<meta property="og:image" content="/share/index.png"><link rel="canonical" href="/">' +
    '<link rel="icon" href="/favicon.svg"><link rel="stylesheet" href="/a.css"><script src="/a.js"></script><img src="/b.png" alt="">';
  expect(referencedUrls(html).sort()).toEqual(['/a.css', '/a.js', '/b.png', '/favicon.svg']);
});

test('summarize adds loaded files by kind; inline blocks are shown but not added twice', () => {
  const files = [
    { kind: 'html', raw: 100, gzip: 40 },
    { kind: 'js', raw: 50, gzip: 20 },
    { kind: 'js', raw: 30, gzip: 10 },
  ];
  const s = summarize(files, [{ kind: 'css', raw: 20, gzip: 8 }]);
  expect(s.byKind.js).toEqual({ count: 2, raw: 80, gzip: 30 });
  expect(s.byKind.css).toEqual({ count: 0, raw: 0, gzip: 0 });
  expect(s.inlineCss).toEqual({ count: 1, raw: 20, gzip: 8 });
  expect(s.total).toEqual({ count: 3, raw: 180, gzip: 70 });
});

describe('first screen', () => {
  const html =
    '<!DOCTYPE html><html><head><title>a < b</title><script>if (a<b) {}</script></head>' +
    '<body><!-- <p> --><h1 title="x > y">Hi</h1><p>below</p></body></html>';

  test('start tags are found by a tokenizer: not inside comments, scripts, titles or quoted attributes', () => {
    const names = startTags(html).map((t) => t.name);
    expect(names).toEqual(['html', 'head', 'title', 'script', 'body', 'h1', 'p']);
    const p = startTags(html).find((t) => t.name === 'p')!;
    expect(html.slice(p.start, p.end)).toBe('<p>');
  });

  test('marking adds each body tag’s source offset and changes nothing else', () => {
    const marked = markStartTags(html, 'data-o');
    const p = startTags(html).find((t) => t.name === 'p')!;
    expect(marked).toContain(`<p data-o="${p.start}">below`);
    expect(marked).toContain('<h1 data-o="');
    expect(marked).not.toContain('<head data-o');
    expect(marked.replace(/ data-o="\d+"/g, '')).toBe(html);
  });

  test('the prefix ends just before the cut element, measured in UTF-8 bytes and gzip -9', () => {
    const page = '<body><h1>中文</h1><p>below</p></body>';
    const cut = page.indexOf('<p>');
    const fs = firstScreen(page, cut);
    expect(fs.raw).toBe(Buffer.byteLength('<body><h1>中文</h1>')); // 6 bytes for the two characters
    expect(fs.gzip).toBe(gzipBytes('<body><h1>中文</h1>'));
    // No element below the fold: the whole page is the first screen.
    expect(firstScreen(page, undefined).raw).toBe(Buffer.byteLength(page));
  });
});
