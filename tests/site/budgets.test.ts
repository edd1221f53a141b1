/** Deterministic byte and element budgets of the built site (timings live in the benchmark, not here). */
import { beforeAll, expect, test } from 'vitest';
import { gzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { assertBuilt, page, pagePaths, readDist } from '../helpers/dist';
import { getFigure } from '../../src/data/index';
import { figureText } from '../../src/data/display';
import { gzipBytes, pageAssets, pageWeight, scriptsRun } from '../helpers/budget';

beforeAll(assertBuilt);

const kb = 1024;

test('all client JavaScript on / (scripts, their imports and inline scripts) is at most 6 KB gzip', () => {
  const scripts = scriptsRun('/');
  expect(scripts.length).toBeGreaterThan(0);
  const total = scripts.reduce((sum, s) => sum + gzipBytes(s.code), 0);
  expect(total).toBeLessThanOrEqual(6 * kb);
  // D3 draws at build time only: the browser gets none of it.
  expect(scripts.map((s) => s.name).filter((name) => /d3/.test(name))).toEqual([]);
  expect(scripts.map((s) => s.code).join('\n')).not.toMatch(/d3-geo|geoPath|forceSimulation|selectAll/);
});

/** Stated budgets, gzip: the whole page (HTML, scripts, styles, icons, images, fonts) and its HTML alone. */
const budgets: Record<string, { total: number; html: number }> = {
  // The whole explainer with nine charts (two layouts each, inline SVG): 49.5 KB of HTML on 1 December 2026.
  '/': { total: 150 * kb, html: 52 * kb },
  '/data/': { total: 40 * kb, html: 20 * kb },
  // The same in Chinese: 54.3 KB of HTML on 6 December 2026 (Chinese text gzips less tightly than English).
  '/zh/': { total: 150 * kb, html: 56 * kb },
  '/zh/data/': { total: 40 * kb, html: 20 * kb },
};
const otherPages = { total: 40 * kb, html: 30 * kb };

test('/ loads at most 150 KB gzip in all, share images aside', () => {
  const weight = pageWeight('/');
  // It really counts the parts: the HTML, the scripts and the icon.
  expect(weight.html).toBeGreaterThan(10 * kb);
  expect(weight.scripts).toBeGreaterThan(0);
  expect(pageAssets('/')).toContain('/favicon.svg');
  expect(weight.total).toBe(weight.html + weight.scripts + weight.assets);
  expect(weight.total).toBeLessThanOrEqual(150 * kb);
});

test.each(pagePaths())('%s is within its stated budget (gzip)', (path) => {
  const budget = budgets[path] ?? otherPages;
  const weight = pageWeight(path);
  expect(weight.html, 'HTML').toBeLessThanOrEqual(budget.html);
  expect(weight.total, 'everything the page loads').toBeLessThanOrEqual(budget.total);
});

test('the key figures of / arrive in the first 14 KB of gzipped HTML (one round trip), head and its inline <style> included', () => {
  const html = Buffer.from(readDist('/'));
  const start = html.indexOf('<dl class="key-figures"');
  expect(start, 'the key-figures strip').toBeGreaterThan(0);
  const end = html.indexOf('</dl>', start) + '</dl>'.length;
  const prefix = html.subarray(0, end);
  // The cut is after the head and its styles, and holds the four figures (in the data module's words).
  expect(prefix.indexOf('</head>')).toBeGreaterThan(0);
  expect(prefix.indexOf('<style')).toBeGreaterThan(0);
  const text = prefix.toString().replace(/<[^>]+>/g, '');
  for (const id of ['livelihoodCases', 'livelihoodAmount', 'migrantWorkerCases', 'migrantWorkerAmount']) {
    expect(text, id).toContain(figureText(getFigure(id), { bare: true }));
  }
  expect(gzipSync(prefix, { level: 9 }).length).toBeLessThanOrEqual(14 * kb);
});

/** Elements in and under `el`, itself included. */
const elementsIn = (el: HTMLElement): number => 1 + el.querySelectorAll('*').length;

/**
 * The charts' share of the DOM of `/` (the layouts of every chart, their SVG and frame; the data tables aside,
 * closed disclosures counted by axe and Lighthouse alike but not laid out): a grid is a path per colour, a line of
 * text one <text>, a mark carries its own detail, and the case path is drawn in one layout. 1,527 chart elements,
 * 1,327 of them SVG, before that; 617 and 444 after, most of them one <text> per line of words in two layouts
 * (451 SVG once Figure 3 drew both its shares at once, each set large).
 */
const chartBudget = { svg: 460, charts: 625 };

test(`the charts on / stay within ${chartBudget.charts} elements, ${chartBudget.svg} of them SVG`, () => {
  const root = page('/');
  const figures = root.querySelectorAll('figure.chart');
  expect(figures.length).toBe(9);
  const svg = root.querySelectorAll('svg.chart-svg').reduce((n, s) => n + elementsIn(s), 0);
  const tables = root.querySelectorAll('figure.chart details.chart-data').reduce((n, d) => n + elementsIn(d), 0);
  const charts = figures.reduce((n, f) => n + elementsIn(f), 0) - tables;
  // It counts what is there: every chart has its SVGs and its table.
  expect(svg).toBeGreaterThan(9 * 2 * 5);
  expect(tables).toBeGreaterThan(9 * 5);
  expect(svg, 'SVG elements').toBeLessThanOrEqual(chartBudget.svg);
  expect(charts, 'chart elements, tables aside').toBeLessThanOrEqual(chartBudget.charts);
});

/**
 * DOM elements as served (template content aside: it is not in the document until a panel copies it). Lighthouse
 * flags pages over 1,500. / was 3,860 and is 2,231 (notes one per sentence, charts as paths, one <text> a line,
 * markers without a <sup> around them, the case path in one layout, the case types tabled once); its remaining bulk
 * is the layouts of nine charts (about 460), their data tables (about 360) and the notes (about 300). The budgets
 * hold what has been won; section pages are at most 520.
 */
const elementBudgets: Record<string, number> = {
  '/': 2_280,
  '/data/': 650,
  // 2,338 on 6 December 2026: / plus about 100 English names and words in the Chinese text, each marked lang="en"
  // (a screen reader then reads them in English), and this site's translation beside each English sentence in a note.
  '/zh/': 2_400,
  '/zh/data/': 650,
};
const otherPageElements = 550;

test.each(pagePaths())('%s stays within its DOM element budget', (path) => {
  const root = page(path);
  const inTemplates = root.querySelectorAll('template').reduce((n, t) => n + t.querySelectorAll('*').length, 0);
  const elements = root.querySelectorAll('*').length - inTemplates;
  // It counts the document: every page has a head, a header, a main and a footer.
  expect(elements).toBeGreaterThan(50);
  expect(elements).toBeLessThanOrEqual(elementBudgets[path] ?? otherPageElements);
});
