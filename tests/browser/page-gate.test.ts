/**
 * The per-page gate: every page is loaded once per colour scheme and every per-page check runs on that load.
 * In light colours: the load is clean (no console error, failed or third-party request), nothing scrolls sideways
 * at 320, 360, 375, 768 or 1280 px, axe finds nothing at 375 px and at 1280 px with every disclosure (contents,
 * data tables, notes) open, and the heading outline is sound. In dark colours, which change colours and nothing
 * else (one set of colour tokens, src/styles/tokens.ts), axe runs the rules that colours decide at both widths.
 */
import { afterAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, useBrowser } from '../helpers/browser';
import { pagePaths } from '../helpers/dist';

const { browser, origin } = useBrowser();
const pages = pagePaths();
const colourRules = ['color-contrast', 'link-in-text-block'];

/** The heading outline's problems: not one h1, h1 not first, a level skipped, an empty heading (runs in the page). */
function headingProblems(): string[] {
  const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')]
    .filter((h) => h.checkVisibility() && !h.closest('[aria-hidden="true"]'))
    .map((h) => ({
      level: h.getAttribute('aria-level') ? Number(h.getAttribute('aria-level')) : Number(h.tagName.slice(1)),
      text: (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }));
  const problems: string[] = [];
  const h1s = headings.filter((h) => h.level === 1).length;
  if (h1s !== 1) problems.push(`${h1s} h1`);
  if (headings[0]?.level !== 1) problems.push(`first heading is h${headings[0]?.level}`);
  headings.forEach((h, i) => {
    const before = headings[i - 1];
    if (before && h.level > before.level + 1) problems.push(`h${before.level} "${before.text}" → h${h.level} "${h.text}"`);
    if (!h.text) problems.push(`empty h${h.level} (#${i + 1})`);
  });
  return problems;
}

type Scheme = 'light' | 'dark';
/** One tab per colour scheme, reused from page to page, and what it has heard since its last load. */
const tabs: Partial<Record<Scheme, { page: Page; problems: string[] }>> = {};

/**
 * Loads a page, recording every console error, page error, failed or third-party request and error status.
 * Each colour scheme keeps one tab for every page: a new context per load started a renderer process and compiled
 * the site's scripts and axe afresh every time, half the gate's work. Routing every request turns the tab's HTTP
 * cache off, so each load still fetches everything it needs, and is heard, as a first visit would.
 */
async function load(path: string, colorScheme: Scheme, width: number): Promise<{ page: Page; problems: string[]; status?: number }> {
  let tab = tabs[colorScheme];
  if (!tab) {
    const context = await browser().newContext({ viewport: { width, height: 800 }, colorScheme, reducedMotion: 'reduce' });
    await context.route('**/*', (route) => route.continue());
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
    page.on('response', (r) => r.status() >= 400 && problems.push(`${r.status()}: ${r.url()}`));
    page.on('request', (r) => !r.url().startsWith(origin()) && !r.url().startsWith('data:') && problems.push(`third party: ${r.url()}`));
    tab = tabs[colorScheme] = { page, problems };
  }
  const { page, problems } = tab;
  await page.setViewportSize({ width, height: 800 });
  problems.length = 0;
  const response = await page.goto(origin() + path, { waitUntil: 'load' });
  return { page, problems, status: response?.status() };
}

afterAll(async () => {
  for (const tab of Object.values(tabs)) await tab.page.context().close();
});

const sidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('per-page gate', () => {
  test.each(pages)('%s in light colours: loads cleanly, scrolls sideways at no width, axe-clean at 375 and 1280 px, headings sound', async (path) => {
    const { page, problems, status } = await load(path, 'light', 320);
    expect(status).toBe(200);
    const found: string[] = [];
    for (const width of [320, 360, 375, 768, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await sidewaysScroll(page);
      if (overflow > 0) found.push(`${width} px: scrolls sideways by ${overflow} px`);
      if (width === 375) found.push(...(await axeViolations(page)).map((v) => `375 px: ${v}`));
    }
    found.push(...(await page.evaluate(headingProblems)).map((p) => `headings: ${p}`));
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    found.push(...(await axeViolations(page)).map((v) => `1280 px, details open: ${v}`));
    // Listened for from the first request to the last check.
    found.push(...problems);
    expect(found).toEqual([]);
  });

  test.each(pages)('%s in dark colours: axe finds no colour violation at 375 and 1280 px, disclosures closed and open', async (path) => {
    const { page } = await load(path, 'dark', 375);
    const found = (await axeViolations(page, { rules: colourRules })).map((v) => `375 px: ${v}`);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    found.push(...(await axeViolations(page, { rules: colourRules })).map((v) => `1280 px, details open: ${v}`));
    expect(found).toEqual([]);
  });
});

describe('the gate itself', () => {
  test('sees a skipped heading level, a second h1, an empty heading, sideways scroll, a failed request and what axe finds', async () => {
    const { page, problems } = await load('/404.html', 'light', 375);
    expect(await page.evaluate(headingProblems)).toEqual([]);
    await page.evaluate(() => {
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('beforeend', '<h1>Again</h1><h4>Deep</h4><h5></h5>');
      // Through the CSSOM, which the page's CSP allows (a style attribute it blocks).
      const wide = document.body.appendChild(document.createElement('div'));
      wide.style.width = '2000px';
      wide.textContent = 'A line too wide for any phone';
      // An image without a text alternative and pale text: axe's default and colour runs must see them.
      main.appendChild(document.createElement('img')).width = 40;
      main.querySelector('p')!.style.color = '#aaaaaa';
      return fetch('/no-such-file.js').catch(() => undefined);
    });
    const rulesHit = async (rules?: string[]) => [...new Set((await axeViolations(page, { rules })).map((v) => v.split(' ')[0]))];
    expect(await rulesHit()).toEqual(expect.arrayContaining(['image-alt', 'color-contrast']));
    expect(await rulesHit(colourRules)).toEqual(['color-contrast']);
    const headings = await page.evaluate(headingProblems);
    expect(headings.slice(0, 2)).toEqual(['2 h1', 'h1 "Again" → h4 "Deep"']);
    expect(headings.slice(2)).toEqual([expect.stringMatching(/^empty h5 \(#\d+\)$/)]);
    expect(await sidewaysScroll(page)).toBeGreaterThan(1000);
    await expect.poll(() => problems).toContainEqual(expect.stringMatching(/^404: .*\/no-such-file\.js$/));
  });
});
