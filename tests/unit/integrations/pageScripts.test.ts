/** src/integrations/pageScripts.mjs: the one answer to "which scripts does this page run", for the CSP, the budgets and the benchmark. */
import { expect, test } from 'vitest';
import { importSpecifiers, inlineStyles, pageScripts } from '../../../src/integrations/pageScripts.mjs';

test('a page runs its external and inline scripts, classic or module; JSON-LD and other data blocks are not scripts', () => {
  const html =
    '<script>a()</script><script type="module">b()</script><script type="module" src="/x.js"></script><script src=/y.js></script>' +
    '<script type="application/ld+json">{"@type":"Article"}</script><script type="text/plain">c()</script>' +
    '<script type="text/javascript">d()</script><style>p{}</style>';
  expect(pageScripts(html)).toEqual({ src: ['/x.js', '/y.js'], inline: ['a()', 'b()', 'd()'] });
  expect(inlineStyles(html)).toEqual(['p{}']);
});

test('imports are followed through static and dynamic import specifiers of built code', () => {
  expect(importSpecifiers('import{a as b}from"./theme.DaaV7vCF.js";import "/_astro/live.js";const m=import("./download.js");import(`./tip.js`)')).toEqual([
    './theme.DaaV7vCF.js',
    '/_astro/live.js',
    './download.js',
    './tip.js',
  ]);
});
